// @vitest-environment jsdom
/**
 * The content card flow in jsdom, end to end inside one process: the content script's mentions and
 * card controller on a page, WXT's fake browser carrying their messages, and behind it the real
 * background (caller gate, zod, handlers) over a fake-indexeddb catalog and a compiled detector.
 * Keyboard or hover opens a card, card.get fills it in the closed shadow root, Esc closes it, and
 * "Is it one of these?" asks the background to open the save form on the mention's stable id.
 * jsdom has no layout: boxes, caret hit-testing and scrolling are stubbed, nothing else.
 */
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CatalogDb } from '../../../lib/catalog/db';
import type { CatalogService } from '../../../lib/catalog/service';
import { compileIndex, type DetectorIndex } from '../../../lib/detect/index';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { parseSettings } from '../../../lib/settings';
import { CardController } from '../../../entrypoints/content/card-controller';
import { PageMentions, type MarkedMention } from '../../../entrypoints/content/mentions';
import { OPERATORS, SITES } from '../catalog/fixture';
import { serveFixtureCatalog } from '../support/served-catalog';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const PAGE_URL = 'https://news.example/tokyo';
const NEW_MENTION = 'its sixth data center in Tokyo';
const KNOWN_MENTION = 'Colossus 2 in Memphis, Tennessee';
const ARTICLE = `<article>
  <p>Alibaba Cloud said on Tuesday it will open ${NEW_MENTION} next year.</p>
  <p>Elsewhere, xAI keeps expanding ${KNOWN_MENTION}.</p>
</article>`;

let index: DetectorIndex;
let db: CatalogDb;
let service: CatalogService;
let stopServing: () => void;
let shadow: ShadowRoot | null;
let mentions: PageMentions;
let cards: CardController;
let session: AbortController;
const sent: Array<{ type: string; payload: unknown }> = [];

beforeAll(() => {
  index = compileIndex(lexiconFromCatalog(SITES, OPERATORS));
  // No layout in jsdom: every range is one 100 x 20 box at the top left, the card opens in it.
  const box = { left: 10, top: 10, right: 110, bottom: 30, width: 100, height: 20, x: 10, y: 10, toJSON: () => ({}) } as DOMRect;
  Range.prototype.getBoundingClientRect = () => box;
  Range.prototype.getClientRects = () => [box] as unknown as DOMRectList;
  Element.prototype.scrollIntoView = () => undefined;
  // The card's shadow root is closed to the page; the test keeps the one the card host attaches.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    shadow = attach.call(this, init);
    return shadow;
  };
});

beforeEach(async () => {
  fakeBrowser.reset();
  ({ db, service, stop: stopServing } = await serveFixtureCatalog(index, true));
  // A content script's messages reach the background with its tab and page as the sender.
  const sender = { id: fakeBrowser.runtime.id, url: PAGE_URL, tab: { id: 7 } } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
  sent.length = 0;
  fakeBrowser.runtime.sendMessage = (async (message: { type: string; payload: unknown }) => {
    sent.push({ type: message.type, payload: message.payload });
    return (await fakeBrowser.runtime.onMessage.trigger(message, sender)).find(Boolean);
  }) as typeof fakeBrowser.runtime.sendMessage;
  vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);

  document.body.innerHTML = ARTICLE;
  shadow = null;
  mentions = new PageMentions(window);
  cards = new CardController(window, mentions, parseSettings({ hoverDelayMs: 50 }));
  session = new AbortController();
  cards.listen(session.signal);
  await mentions.scan(document.body, session.signal);
});

afterEach(() => {
  session.abort();
  stopServing();
  service.dispose();
  db.close();
});

const markOf = (text: string): MarkedMention => {
  const m = mentions.all.find((x) => x.mention.text === text);
  if (!m) throw new Error(`"${text}" is not marked; marked: ${mentions.all.map((x) => x.mention.text).join(' | ')}`);
  return m;
};
const card = () => shadow?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
const cardHost = () => document.querySelector('[data-dc-lens="card"]');
const key = (init: KeyboardEventInit) => act(() => void document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })));

async function until(what: string, ok: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

describe('the content card flow', () => {
  it('marks the page through the background: one new mention, one known', () => {
    expect(markOf(NEW_MENTION).mention.status).toBe('new');
    expect(markOf(KNOWN_MENTION).mention).toMatchObject({ status: 'known', entityId: 'xai-colossus-2' });
    expect(sent.map((m) => m.type)).toEqual(['detect']);
  });

  it('Alt+Shift+N opens the first mention\'s card with focus in it, filled from card.get; Esc closes it and gives focus back', async () => {
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    await key({ key: 'N', code: 'KeyN', altKey: true, shiftKey: true });
    await until('the card to load', () => !!card() && card()!.getAttribute('aria-busy') === null);
    expect(card()!.getAttribute('aria-label')).toContain(NEW_MENTION);
    expect(shadow!.activeElement).toBe(card());
    expect(sent.filter((m) => m.type === 'card.get')).toHaveLength(1);
    expect(card()!.textContent).toContain('Is it one of these?');
    expect(card()!.textContent).toContain('Alibaba Cloud Tokyo Data Center 5');

    await key({ key: 'Escape', code: 'Escape' });
    expect(cardHost()).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('hovering a known mention opens its site\'s card after the dwell; the pointer leaving closes it', async () => {
    const known = markOf(KNOWN_MENTION);
    const node = known.range.startContainer;
    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => ({ offsetNode: node, offset: known.range.startOffset + 1 });
    await act(() => void document.dispatchEvent(new MouseEvent('mousemove', { clientX: 50, clientY: 20, bubbles: true })));
    await until('the known card', () => card()?.textContent?.includes('xAI Colossus 2') ?? false);
    const ask = sent.find((m) => m.type === 'card.get')!.payload as { mention: { entityId: string } };
    expect(ask.mention.entityId).toBe('xai-colossus-2');

    (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = () => null;
    await act(() => void document.dispatchEvent(new MouseEvent('mousemove', { clientX: 600, clientY: 600, bubbles: true })));
    await until('the card to close', () => cardHost() === null);
  });

  it('"Is it one of these?" asks the background to open the save form on the mention\'s id, which a rescan keeps', async () => {
    const fresh = markOf(NEW_MENTION);
    cards.reveal(fresh);
    await until('the candidates', () => (shadow?.querySelectorAll('button[data-site-id]').length ?? 0) > 0);
    const pick = [...shadow!.querySelectorAll<HTMLButtonElement>('button[data-site-id]')].at(-1)!;
    await act(() => pick.click());
    await until('ui.openSave', () => vi.mocked(fakeBrowser.windows.create).mock.calls.length > 0);

    expect(sent.find((m) => m.type === 'ui.openSave')!.payload).toEqual({ mentionId: fresh.id, candidateId: pick.dataset.siteId });
    const url = new URL(vi.mocked(fakeBrowser.windows.create).mock.calls[0][0]!.url as string);
    expect(Object.fromEntries(url.searchParams)).toEqual({ tab: '7', save: fresh.id, candidate: pick.dataset.siteId });

    // The page is read again (a catalog change): new objects, the same ids.
    mentions.clear();
    await mentions.scan(document.body, session.signal);
    expect(mentions.get(fresh.id)?.mention.text).toBe(NEW_MENTION);
    expect(mentions.get(fresh.id)).not.toBe(fresh);
  });
});
