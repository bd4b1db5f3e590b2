// @vitest-environment jsdom
/**
 * The page reader's first look: while it is out, reading waits (no slice runs, no section is sent),
 * so its reply finds the page's thread free; a first look that does not come back in time does not
 * hold the rest of the page. The detect requests are answered by a stand-in for the background.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAndDetect } from '../../../entrypoints/content/page-reader';

const replies: Array<(value: { mentions: [] }) => void> = [];
const asked: string[] = [];

vi.mock('../../../lib/browser/content-messaging', () => ({
  ask: (_type: string, { text }: { text: string }) => {
    asked.push(text);
    // The first request (the first look) answers when the test says; the rest at once.
    if (asked.length === 1) return new Promise((resolve) => replies.push(resolve));
    return Promise.resolve({ mentions: [] });
  },
}));

/** A page that takes many 5 ms slices to read in jsdom: about 300,000 characters. */
function longPage(): HTMLElement {
  const root = document.createElement('article');
  const sentence = 'Officials said the plan would be reviewed again next year as costs and demand kept changing.';
  root.innerHTML = Array.from({ length: 3000 }, (_, i) => `<p>${sentence} <a href="#p${i}">More</a> on item ${i}.</p>`).join('');
  return root;
}

const until = async (test: () => boolean, ms = 10_000) => {
  for (const end = Date.now() + ms; !test(); ) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};

afterEach(() => {
  replies.length = 0;
  asked.length = 0;
  vi.restoreAllMocks();
});

describe('the first look', () => {
  it('holds reading while it is out, then the rest of the page is read and sent', async () => {
    const root = longPage();
    const turns = vi.spyOn(globalThis, 'setTimeout');
    const reading = readAndDetect(root, 'https://news.example/a', new AbortController().signal, async () => undefined);
    await until(() => asked.length === 1);
    expect(asked[0].length).toBeLessThanOrEqual(10_000);
    // Turns between slices are zero-delay timeouts here (jsdom has no scheduler.postTask).
    const turnsThen = turns.mock.calls.filter(([, ms]) => !ms).length;
    // Well inside the reader's 100 ms hold, so a loaded machine does not reach its end.
    await new Promise((r) => setTimeout(r, 15));
    expect(turns.mock.calls.filter(([, ms]) => !ms).length).toBe(turnsThen);
    expect(asked).toHaveLength(1);
    replies[0]({ mentions: [] });
    await reading;
    expect(turns.mock.calls.filter(([, ms]) => !ms).length).toBeGreaterThan(turnsThen);
    // Sections after the first look cover the whole page.
    expect(asked.slice(1).reduce((n, s) => n + s.length, 0)).toBeGreaterThan(250_000);
  });

  it('does not hold the rest of the page when it does not come back in time', async () => {
    const reading = readAndDetect(longPage(), 'https://news.example/a', new AbortController().signal, async () => undefined);
    await until(() => asked.length > 1);
    expect(replies).toHaveLength(1);
    replies[0]({ mentions: [] });
    await reading;
  });
});

describe('before the load event', () => {
  // jsdom reads far slower than a browser: a slow clock lets the one slice before load reach the
  // first look, as it does in a browser within a millisecond or two.
  const slowClock = () => {
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 0.001));
  };

  it('sends only the first look, and reads the rest once the page has loaded', async () => {
    slowClock();
    const root = longPage();
    let load!: () => void;
    const loaded = new Promise<void>((resolve) => (load = resolve));
    const reading = readAndDetect(root, 'https://news.example/a', new AbortController().signal, async () => undefined, loaded);
    await until(() => asked.length === 1);
    expect(asked[0].length).toBeLessThanOrEqual(10_000);
    replies[0]({ mentions: [] });
    await new Promise((r) => setTimeout(r, 20));
    expect(asked).toHaveLength(1);
    load();
    await reading;
    expect(asked.slice(1).reduce((n, s) => n + s.length, 0)).toBeGreaterThan(250_000);
  });

  it('reads a page that changed before its load event again, from its start', async () => {
    slowClock();
    const root = longPage();
    document.body.append(root);
    let load!: () => void;
    const loaded = new Promise<void>((resolve) => (load = resolve));
    const reading = readAndDetect(root, 'https://news.example/a', new AbortController().signal, async () => undefined, loaded);
    await until(() => asked.length === 1);
    // The page's own script rewrites its opening paragraphs while it loads.
    for (const p of Array.from(root.querySelectorAll('p')).slice(0, 50)) p.textContent = 'Rewritten by the page.';
    load();
    replies[0]({ mentions: [] });
    await reading;
    const sent = asked.slice(1).join('');
    expect(sent.startsWith('Rewritten by the page.')).toBe(true);
    expect(sent.split('Rewritten by the page.')).toHaveLength(51);
    root.remove();
  });
});
