/**
 * Messaging for the content script. Same protocol as messaging.ts, but checked with the JSON
 * Schemas generated from its zod schemas (lib/messaging/content-schemas.json), because zod alone
 * would be larger than the whole content-script budget.
 */
import type { z } from 'zod';
import type { BackgroundProtocol, RequestOf, ResponseOf, TabProtocol } from '../messages';
import { checkJson, type JsonSchema } from '../messaging/json-check';
import schemas from '../messaging/content-schemas.json';
import { sendToBackground, serveMessages, type Sender } from './message-core';

type ContentAsks = 'detect' | 'card.get' | 'ui.openSave';
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

export async function ask<K extends ContentAsks>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return (await sendToBackground(type, payload, check('reply'))) as ResponseOf<K>;
}

export type TabHandlers = {
  [K in ContentServes]?: (payload: z.infer<TabProtocol[K]['request']>, sender: Sender) => Promise<z.input<TabProtocol[K]['response']>> | z.input<TabProtocol[K]['response']>;
};

export function serveTab(handlers: TabHandlers): () => void {
  return serveMessages(handlers as never, check('request'), (e) => (e instanceof Error ? e.message : String(e)));
}

export type { BackgroundProtocol };
