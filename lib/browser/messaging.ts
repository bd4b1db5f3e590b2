/**
 * Messaging for the background, the popup and the manager: every request and reply is parsed with
 * the zod schemas of lib/messages.ts on receipt, so a malformed message is an error, never data.
 * (lib/ is pure except lib/page, which reads the DOM, and lib/browser, which adapts extension APIs.)
 */
import { z } from 'zod';
import {
  BackgroundProtocol,
  TabProtocol,
  type BackgroundProtocol as BackgroundProtocolType,
  type BackgroundRequestType,
  type RequestOf,
  type ResponseOf,
  type TabProtocol as TabProtocolType,
  type TabRequestType,
} from '../messages';
import { sendToBackground, sendToTab, serveMessages, type Sender } from './message-core';

type Protocol = Record<string, { request: z.ZodType; response: z.ZodType }>;

export type TabRequest<K extends TabRequestType> = z.input<TabProtocol[K]['request']>;
export type TabResponse<K extends TabRequestType> = z.infer<TabProtocol[K]['response']>;

export function describeError(error: unknown): string {
  if (error instanceof z.ZodError) return error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

const checker = (protocol: Protocol, part: 'request' | 'response') => (type: string, value: unknown) => protocol[type][part].parse(value);

/** Ask the background (the catalog's owner). */
export async function ask<K extends BackgroundRequestType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  return (await sendToBackground(type, payload, checker(BackgroundProtocol as unknown as Protocol, 'response'))) as ResponseOf<K>;
}

/** Ask the content script of one tab. */
export async function askTab<K extends TabRequestType>(tabId: number, type: K, payload: TabRequest<K>): Promise<TabResponse<K>> {
  return (await sendToTab(tabId, type, payload, checker(TabProtocol as unknown as Protocol, 'response'))) as TabResponse<K>;
}

export type Handlers<P extends Protocol> = {
  [K in keyof P]?: (payload: z.infer<P[K]['request']>, sender: Sender) => Promise<z.input<P[K]['response']>> | z.input<P[K]['response']>;
};

export function serveBackground(handlers: Handlers<BackgroundProtocolType>): () => void {
  return serveMessages(handlers as never, checker(BackgroundProtocol as unknown as Protocol, 'request'), describeError);
}
