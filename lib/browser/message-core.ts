/**
 * Sending and serving DC Lens messages, whatever checks them: zod in the background and extension
 * pages (messaging.ts), generated JSON Schemas in the content script (content-messaging.ts).
 * A check throws (or returns an error string) when a message doesn't fit its schema.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Self } from '../messaging/caller';

export type Reply = { dcLens: 1; ok: true; value: unknown } | { dcLens: 1; ok: false; error: string };
export type Sender = Browser.runtime.MessageSender;
/** Returns the checked value, or throws with a readable reason. */
export type Check = (type: string, value: unknown) => unknown;

export function isEnvelope(m: unknown): m is { dcLens: 1; type: string; payload: unknown } {
  return typeof m === 'object' && m !== null && (m as { dcLens?: unknown }).dcLens === 1 && typeof (m as { type?: unknown }).type === 'string';
}

export function unwrapReply(type: string, reply: unknown, check: Check): unknown {
  const r = reply as Reply | undefined;
  if (!r || r.dcLens !== 1) throw new Error(`DC Lens: no reply to ${type}`);
  if (!r.ok) throw new Error(r.error);
  return check(type, r.value);
}

export async function sendToBackground(type: string, payload: unknown, check: Check): Promise<unknown> {
  return unwrapReply(type, await browser.runtime.sendMessage({ dcLens: 1, type, payload }), check);
}

export async function sendToTab(tabId: number, type: string, payload: unknown, check: Check): Promise<unknown> {
  return unwrapReply(type, await browser.tabs.sendMessage(tabId, { dcLens: 1, type, payload }), check);
}

type AnyHandler = (payload: never, sender: Sender) => unknown;
/** Null when `sender` may send `type`, else the reason it is refused (logged, and the reply). */
export type Gate = (type: string, sender: Sender) => string | null;

/** This extension, as lib/messaging/caller.ts's rules need it. */
export const self = (): Self => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/') });

/** Answers the envelopes whose type has a handler; ignores everything else (other extensions' messages). */
export function serveMessages(
  handlers: Partial<Record<string, AnyHandler>>,
  check: Check,
  describe: (e: unknown) => string,
  gate?: Gate,
): () => void {
  // The reply goes through sendResponse (the listener returns true to keep the channel open): Chrome
  // answers a returned promise only through webextension-polyfill, which the content script does
  // without (wxt.config.ts). A caller that passes no sendResponse (the tests' fake browser) gets the promise.
  const listener = (message: unknown, sender: Sender, sendResponse?: (reply: Reply) => void): Promise<Reply> | true | undefined => {
    if (!isEnvelope(message)) return undefined;
    const answer = (reply: Promise<Reply>) => (sendResponse ? (void reply.then(sendResponse), true as const) : reply);
    const { type, payload } = message;
    // Only DC Lens's own contexts may ask; a web page can't reach runtime.onMessage, but be explicit.
    if (!Object.hasOwn(handlers, type) || sender.id !== browser.runtime.id) return undefined;
    const refused = gate?.(type, sender);
    if (refused) {
      console.warn(`DC Lens: refused a message from ${sender.url ?? 'an unknown sender'}: ${refused}`);
      return answer(Promise.resolve({ dcLens: 1, ok: false, error: `refused: ${refused}` }));
    }
    const handler = handlers[type]!;
    return answer((async (): Promise<Reply> => {
      try {
        const value = await handler(check(type, payload) as never, sender);
        return { dcLens: 1, ok: true, value };
      } catch (error) {
        return { dcLens: 1, ok: false, error: describe(error) };
      }
    })());
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
