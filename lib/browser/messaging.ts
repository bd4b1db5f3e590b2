/**
 * The one place that sends and receives DC Lens messages. Every request and reply is parsed with
 * the schemas of lib/messages.ts on receipt, so a malformed message is an error, never data.
 * (lib/ is pure except lib/page, which reads the DOM, and lib/browser, which adapts extension APIs.)
 */
import { browser, type Browser } from 'wxt/browser';
import { z } from 'zod';
import {
  BackgroundProtocol,
  Envelope,
  TabProtocol,
  type BackgroundRequestType,
  type RequestOf,
  type ResponseOf,
  type TabRequestType,
} from '../messages';

type Protocol = Record<string, { request: z.ZodType; response: z.ZodType }>;
type Reply = { dcLens: 1; ok: true; value: unknown } | { dcLens: 1; ok: false; error: string };

export type TabRequest<K extends TabRequestType> = z.input<TabProtocol[K]['request']>;
export type TabResponse<K extends TabRequestType> = z.infer<TabProtocol[K]['response']>;

function describe(error: unknown): string {
  if (error instanceof z.ZodError) return error.issues.map((i) => `${i.path.join('.') || 'message'}: ${i.message}`).join('; ');
  return error instanceof Error ? error.message : String(error);
}

async function unwrap<T>(protocol: Protocol, type: string, reply: unknown): Promise<T> {
  const r = reply as Reply | undefined;
  if (!r || r.dcLens !== 1) throw new Error(`DC Lens: no reply to ${type}`);
  if (!r.ok) throw new Error(r.error);
  return protocol[type].response.parse(r.value) as T;
}

/** Ask the background (the catalog's owner). */
export async function ask<K extends BackgroundRequestType>(type: K, payload: RequestOf<K>): Promise<ResponseOf<K>> {
  const reply = await browser.runtime.sendMessage({ dcLens: 1, type, payload });
  return unwrap(BackgroundProtocol as unknown as Protocol, type, reply);
}

/** Ask the content script of one tab. */
export async function askTab<K extends TabRequestType>(tabId: number, type: K, payload: TabRequest<K>): Promise<TabResponse<K>> {
  const reply = await browser.tabs.sendMessage(tabId, { dcLens: 1, type, payload });
  return unwrap(TabProtocol as unknown as Protocol, type, reply);
}

type Handlers<P extends Protocol> = {
  [K in keyof P]?: (payload: z.infer<P[K]['request']>, sender: Browser.runtime.MessageSender) => Promise<z.input<P[K]['response']>> | z.input<P[K]['response']>;
};

function serve<P extends Protocol>(protocol: P, handlers: Handlers<P>, accept: (sender: Browser.runtime.MessageSender) => boolean): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender): Promise<Reply> | undefined => {
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) return undefined;
    const { type, payload } = envelope.data;
    const handler = handlers[type as keyof P];
    if (!handler || !Object.hasOwn(protocol, type) || !accept(sender)) return undefined;
    return (async (): Promise<Reply> => {
      try {
        const request = protocol[type].request.parse(payload);
        const value = await handler(request as never, sender);
        return { dcLens: 1, ok: true, value };
      } catch (error) {
        return { dcLens: 1, ok: false, error: describe(error) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

/** Only DC Lens's own pages and content scripts may talk to the background. */
const fromThisExtension = (sender: Browser.runtime.MessageSender) => sender.id === browser.runtime.id;

export function serveBackground(handlers: Handlers<typeof BackgroundProtocol & Protocol>): () => void {
  return serve(BackgroundProtocol as unknown as Protocol, handlers as Handlers<Protocol>, fromThisExtension);
}

export function serveTab(handlers: Handlers<typeof TabProtocol & Protocol>): () => void {
  return serve(TabProtocol as unknown as Protocol, handlers as Handlers<Protocol>, fromThisExtension);
}

export { describe as describeError };
