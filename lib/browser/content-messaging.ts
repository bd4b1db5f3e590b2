/**
 * Messaging for the content script. Same protocol as messaging.ts, but checked with the JSON
 * Schemas generated from its zod schemas (lib/messaging/content-schemas.json), because zod alone
 * would be larger than the whole content-script budget.
 */
import type { z } from 'zod';
import type { BackgroundProtocol, RequestOf, ResponseOf, TabProtocol } from '../messaging/messages';
import { checkJson, checkJsonSliced, type JsonSchema } from '../messaging/json-check';
import schemas from '../messaging/content-schemas.json';
import { sendToBackground, serveMessages, type Sender } from './message-core';

type ContentAsks = 'detect' | 'detect.chunks' | 'card.get' | 'ui.openSave';
type ContentServes = 'tab.mentions' | 'tab.reveal' | 'catalog.changed';

const SCHEMAS = schemas as unknown as Record<string, JsonSchema>;

function check(kind: 'reply' | 'request') {
  return (type: string, value: unknown) => {
    const schema = SCHEMAS[`${kind}:${type}`];
    if (!schema) throw new Error(`DC Lens: no schema for ${kind} ${type}`);
    const problem = checkJson(schema, value);
    if (problem) throw new Error(`DC Lens: bad ${kind} to ${type}: ${problem}`);
    return value;
  };
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A detect reply can carry thousands of mentions: check the envelope at once and the mentions in
 * slices, so checking never makes a long task on the page.
 */
const MENTIONS = ((SCHEMAS['reply:detect'].properties as Record<string, JsonSchema>).mentions);
/**
 * Each detect reply without its mentions' items, checked at once (a long page's also carries its
 * chunks' lengths); the same object each time, so it is compiled once.
 */
const DETECT_ENVELOPES: Record<string, JsonSchema> = Object.fromEntries(
  ['detect', 'detect.chunks'].map((type) => {
    const reply = SCHEMAS[`reply:${type}`];
    return [type, { ...reply, properties: { ...(reply.properties as object), mentions: { type: 'array' } } }];
  }),
);

async function checkDetectReply(type: string, value: unknown): Promise<unknown> {
  const envelope = checkJson(DETECT_ENVELOPES[type], value);
  const problem = envelope ?? (await checkJsonSliced(MENTIONS, (value as { mentions: unknown }).mentions, nextTask, () => performance.now()));
  if (problem) throw new Error(`DC Lens: bad reply to ${type}: ${problem}`);
  return value;
}

export async function ask<K extends ContentAsks>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const detects = Object.hasOwn(DETECT_ENVELOPES, type);
  const reply = await sendToBackground(type, payload, detects ? (_t, v) => v : check('reply'));
  return (detects ? await checkDetectReply(type, reply) : reply) as ResponseOf<K>;
}

export type TabHandlers = {
  [K in ContentServes]?: (payload: z.infer<TabProtocol[K]['request']>, sender: Sender) => Promise<z.input<TabProtocol[K]['response']>> | z.input<TabProtocol[K]['response']>;
};

export function serveTab(handlers: TabHandlers): () => void {
  return serveMessages(handlers as never, check('request'), (e) => (e instanceof Error ? e.message : String(e)));
}

export type { BackgroundProtocol };
