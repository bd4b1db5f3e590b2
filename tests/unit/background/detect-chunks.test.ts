/**
 * A long page's section reaches the background as the chunks innerText gave, and the background
 * folds and joins them (lib/page/fold.ts) before detecting: served as a content script's message
 * through WXT's fake browser (caller gate, zod, handler), over a compiled detector. The reply says
 * each chunk's length in the text, so the page maps offsets back by chunk; a malformed or oversized
 * section is refused before anything is folded or detected.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { compileIndex } from '../../../lib/detect/index';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { MAX_DETECT_CHARS, MAX_DETECT_CHUNKS } from '../../../lib/messaging/messages';
import { OPERATORS, SITES } from '../catalog/fixture';
import { serveFixtureCatalog } from '../support/served-catalog';
import type { CatalogDb } from '../../../lib/catalog/db';
import type { CatalogService } from '../../../lib/catalog/service';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const URL = 'https://news.example/tokyo';
/** As innerText gives a chunk: lines, a paragraph's blank line, a table cell's tab, indentation. */
const CHUNKS = [
  'Cloud news\nAlibaba Cloud said on Tuesday it will open its sixth data center in Tokyo next year.\n\n  Costs were not given.',
  'Region\tCapacity\nElsewhere, xAI keeps expanding Colossus 2 in Memphis, Tennessee.',
];
/** The same chunks folded as the page folded them before, joined as blocks. */
const FOLDED = [
  'Cloud news\n\nAlibaba Cloud said on Tuesday it will open its sixth data center in Tokyo next year.\n\nCosts were not given.',
  'Region\n\nCapacity\n\nElsewhere, xAI keeps expanding Colossus 2 in Memphis, Tennessee.',
];

let db: CatalogDb;
let service: CatalogService;
let stopServing: () => void;

beforeAll(async () => {
  fakeBrowser.reset();
  const index = compileIndex(lexiconFromCatalog(SITES, OPERATORS));
  ({ db, service, stop: stopServing } = await serveFixtureCatalog(index, false));
});

afterAll(() => {
  stopServing();
  service.dispose();
  db.close();
});

type Reply = { ok: true; value: { mentions: Array<{ start: number; end: number; text: string }>; lengths?: number[] } } | { ok: false; error: string };

/** Sends `payload` as a content script of a tab on URL does. */
async function detect(payload: unknown, type = 'detect.chunks'): Promise<Reply> {
  const sender = { id: fakeBrowser.runtime.id, url: URL, tab: { id: 7 } } as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];
  const replies = await fakeBrowser.runtime.onMessage.trigger({ dcLens: 1, type, payload }, sender);
  return replies.find(Boolean) as unknown as Reply;
}

const value = (reply: Reply) => {
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
};

describe('detect, a section sent as chunks', () => {
  it('detects in the chunks folded and joined, as in the same text sent whole, and says each chunk’s length', async () => {
    const whole = value(await detect({ text: FOLDED.join('\n\n'), url: URL }, 'detect'));
    const chunked = value(await detect({ chunks: CHUNKS, walked: [], url: URL }));
    expect(whole.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['its sixth data center in Tokyo']));
    expect(chunked.mentions).toEqual(whole.mentions);
    expect(chunked.lengths).toEqual(FOLDED.map((t) => t.length));
    expect(whole.lengths).toBeUndefined();
  });

  it('leaves a chunk read by the walk as it came', async () => {
    const walked = 'Region\tCapacity  Elsewhere, xAI keeps expanding Colossus 2 in Memphis, Tennessee.';
    const reply = value(await detect({ chunks: [CHUNKS[0], walked], walked: [1], url: URL }));
    expect(reply.lengths).toEqual([FOLDED[0].length, walked.length]);
    const whole = value(await detect({ text: `${FOLDED[0]}\n\n${walked}`, url: URL }, 'detect'));
    expect(reply.mentions).toEqual(whole.mentions);
  });

  it('refuses a malformed section before detecting', async () => {
    for (const payload of [
      { chunks: [CHUNKS[0], 7], walked: [], url: URL },
      { chunks: CHUNKS, walked: [2], url: URL },
      { chunks: CHUNKS, walked: [-1], url: URL },
      { chunks: CHUNKS, url: URL },
      { chunks: CHUNKS, walked: [], url: URL, extra: 1 },
      { text: FOLDED.join('\n\n'), url: URL },
    ]) {
      const reply = await detect(payload);
      expect(reply.ok, JSON.stringify(payload)).toBe(false);
    }
  });

  it('refuses too many chunks, or more text in all than one text may carry', async () => {
    expect((await detect({ chunks: Array.from({ length: MAX_DETECT_CHUNKS + 1 }, () => 'a'), walked: [], url: URL })).ok).toBe(false);
    const half = 'a'.repeat(MAX_DETECT_CHARS / 2);
    expect((await detect({ chunks: [half, `${half}a`], walked: [], url: URL })).ok).toBe(false);
    // Under the limit as sent, over it once every line break is a block separator.
    const lines = 'a\n'.repeat(MAX_DETECT_CHARS / 4 + 1000) + 'a'.repeat(MAX_DETECT_CHARS / 4);
    const reply = await detect({ chunks: [lines], walked: [], url: URL });
    expect(reply.ok ? reply.value.lengths : reply.error).toMatch(/over 10000000 characters/);
  });

  it('takes as many chunks as allowed', async () => {
    const reply = value(await detect({ chunks: Array.from({ length: MAX_DETECT_CHUNKS }, () => 'a'), walked: [0], url: URL }));
    expect(reply.lengths).toHaveLength(MAX_DETECT_CHUNKS);
  });
});
