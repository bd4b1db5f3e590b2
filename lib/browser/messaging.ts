/**
 * Messaging for the background, the popup and the manager: every request and reply is parsed with
 * the zod schemas of lib/messaging/messages.ts on receipt, so a malformed message is an error, never data.
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
  type TabRequestType,
  tabEnvelope,
} from '../messaging/messages';
import { browser } from 'wxt/browser';
import { callerRole, refusalOf } from '../messaging/caller';
import { self, sendToBackground, sendToTab, serveMessages, type Sender } from './message-core';
import { report } from './report';

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

/** Serves the background's requests; content scripts get only ContentToBackground (lib/messaging/caller.ts). */
export function serveBackground(handlers: Handlers<BackgroundProtocolType>): () => void {
  const gate = (type: string, sender: Sender) => refusalOf(type, callerRole(sender, self()));
  return serveMessages(handlers as never, checker(BackgroundProtocol as unknown as Protocol, 'request'), describeError, gate);
}

/** Sends one event to the content scripts of every tab; tabs without DC Lens (or closing) are skipped. */
export async function tellEveryTab<K extends TabRequestType>(type: K, payload: TabRequest<K>): Promise<void> {
  const message = tabEnvelope(type, payload);
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, message).catch(ignoreNoReceiver))));
}

/** A tab with no content script (about:, a store page, still loading) has no receiver: not a failure. */
function ignoreNoReceiver(error: unknown): void {
  if (/receiving end does not exist|could not establish connection|no matching message handler/i.test(String(error))) return;
  report('telling a tab', error);
}
