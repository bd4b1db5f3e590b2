/**
 * Reading a page for the detector without a long task: the text is read in short slices with a
 * turn for the page between them, and sent in sections that end at block boundaries as soon as
 * each is read, so the background detects while the page reads on. One message never carries a
 * multi-megabyte string: serializing one took 65 ms on the page's main thread for the 2 MB of a
 * 100,000-node page (the long task the page-safety e2e test caught).
 *
 * A page with more text than FIRST_LOOK_CHARS gets a first look: its first FIRST_LOOK_CHARS of
 * text are detected as soon as they are read and marked provisionally, then the rest is read; the
 * section that holds it replaces those marks when its own, fuller, detection comes back. On a page
 * longer than a slice, reading waits (FIRST_LOOK_WAIT_MS at most) while the first look is out, so
 * its reply and marks find the page's thread free rather than queued behind reading slices and
 * sections being sent.
 */
import { ask } from '@/lib/browser/content-messaging';
import { TextCollector, type TextSection } from '@/lib/page/collect';
import { ChunkReader, type ChunkSection, type NativeChunk, type PlacedMention } from '@/lib/page/chunks';
import { joinChunks } from '@/lib/page/fold';
import { rangeFor } from '@/lib/page/ranges';
import type { Mention } from '@/lib/catalog/schema';

/** A slice of reading or marking never takes longer than this, so DC Lens never makes a long task. */
export const SLICE_MS = 5;

/**
 * The most text one detect request carries (about 30k words; a section ends at the last block
 * boundary before it). Sections are detected apart, so an article is read whole unless the page's
 * text runs longer than this; serializing this much takes a few ms.
 */
const SECTION_CHARS = 200_000;

/**
 * A long page's first look is its first this many characters, sent once they are read: the top of
 * the page, what the reader sees first (a screen or two of an article after its menus; the first
 * slice alone can hold a few lines of a menu). Every step of its way to the first mark (reading,
 * serializing, detecting in the worker's not yet optimized code) grows with its length.
 */
const FIRST_LOOK_CHARS = 10_000;

/**
 * How long reading waits for the first look's marks before it reads on. A warm worker answers in
 * a few ms, and no CPU is spent meanwhile; a stopped worker takes hundreds of ms to wake, and
 * reading goes on after this.
 */
const FIRST_LOOK_WAIT_MS = 100;

const HAS_TEXT = /\S/;

/**
 * A page with more elements than this, and more text than one slice reads, is read natively in
 * chunks (lib/page/chunks.ts) once its first look is out: on the long realistic page that halves
 * DC Lens's main-thread time; below it, the walk is as fast and reads exactly what tests pin down.
 */
const CHUNKED_ELEMENTS = 10_000;

/** What a read left for later: subtrees hidden then, and the chunks read natively (a change inside may reveal text). */
export interface ReadResult {
  hidden: readonly Element[];
  native: readonly NativeChunk[];
}

const readsNatively = (root: Node): root is Element =>
  typeof (root as Element).checkVisibility === 'function' && (root as Element).getElementsByTagName('*')[CHUNKED_ELEMENTS] !== undefined;

/**
 * After a rendered frame, so the chunks' layout reads find the page laid out by the browser's own
 * rendering, not forced inside a slice. An idle callback, not a frame callback: code run in a frame
 * callback runs inside the frame's task, which lays out the whole page (220 ms on the long
 * realistic page) and would count as DC Lens's long task.
 */
const rendered = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 200 }));

interface Scheduler {
  postTask?: (task: () => void) => Promise<void>;
}

/**
 * A turn for the page: its input, rendering and tasks go first, then reading goes on. Not idle
 * time: a page that animates has idle periods only once a frame, which held reading to a few ms
 * per 16 ms frame. A task queued like any other, not `scheduler.yield()`: a yield's continuation
 * goes before every waiting task, and so did each slice of reading before the detector's replies,
 * which then waited for the whole page to be read (the first marks of a 50k-word page came only
 * after it).
 */
export async function nextTurn(signal: AbortSignal): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.postTask === 'function') await scheduler.postTask(() => undefined);
  else await new Promise<void>((resolve) => setTimeout(resolve, 0));
  signal.throwIfAborted();
}

export interface DetectedSection {
  /** Offsets into the section's text. */
  mentions: Mention[];
  /** A first look at a long page, to be replaced by the section that holds it. */
  provisional: boolean;
  /** Where a mention lies: a text that holds its block (the section's, or its chunk's) and its page range. */
  place: (m: Mention) => PlacedMention | null;
  /** The section's text as the detector read it (made on demand for a long page's: a quote's source). */
  text: () => string;
}

/** Sends a section to be detected: its mentions and where each lies on the page, once they come back. */
function request(collector: TextCollector | ChunkReader, section: TextSection | ChunkSection, url: string) {
  if ('text' in section) {
    // The map of the collector that read it: a page read again has a collector of its own.
    const { map } = collector as TextCollector;
    const { start, text } = section;
    const place = (m: Mention): PlacedMention => ({ text, start: m.start, end: m.end, key: 0, range: () => rangeFor(map, start + m.start, start + m.end) });
    return { reply: ask('detect', { text, url }).then(({ mentions }) => ({ mentions, place })), text: () => text };
  }
  const { chunks, walked } = section;
  const reply = ask('detect.chunks', { chunks, walked, url }).then(({ mentions, lengths }) => {
    if (lengths.length !== chunks.length) throw new Error('DC Lens: bad reply to detect.chunks: not a length per chunk');
    const at = (collector as ChunkReader).placer(section, lengths);
    return { mentions, place: (m: Mention) => at(m.start, m.end) };
  });
  return { reply, text: () => joinChunks(chunks, walked, Infinity)!.text };
}

/**
 * Reads `root`, sends each section to the background as soon as it is read and hands every
 * detected section to `mark`, one at a time in document order (a first look before the rest).
 * `map` turns section offsets (plus `section.start`) into text nodes. Returns the subtrees left
 * unread because they were hidden.
 *
 * With `loaded` (the page's load event, not yet come), only the first slice runs now: a long
 * page's first look goes out while the page finishes loading, and the rest waits for `loaded`.
 * The round trip to the worker, most of the way to the first mark, then overlaps the page's own
 * load. A page that changed meanwhile is read again from its start.
 */
export async function readAndDetect(
  root: Node,
  url: string,
  signal: AbortSignal,
  mark: (detected: DetectedSection) => Promise<void>,
  loaded?: Promise<void>,
): Promise<ReadResult> {
  const now = () => performance.now();
  const native = readsNatively(root);
  let collector: TextCollector | ChunkReader = new TextCollector(root, now, native);
  let marking = Promise.resolve();
  let markedBefore = false;
  /** Returns when this section is marked (`marking` at that point), or undefined when nothing was sent. */
  const send = (section: TextSection | ChunkSection | null, provisional: boolean): Promise<void> | undefined => {
    // A long page's chunks are sent only when they hold text.
    if (!section || ('text' in section && !HAS_TEXT.test(section.text))) return undefined;
    const { reply, text } = request(collector, section, url);
    marking = marking.then(async () => {
      const { mentions, place } = await reply;
      // Replies that came in together would otherwise be marked one after another in one task. The
      // first is marked in the task its reply came in: nothing was marked before it there, and a
      // turn then waits behind the reading slices queued meanwhile (the first mark came 10-20 ms later).
      if (long && markedBefore) await nextTurn(signal);
      markedBefore = true;
      if (!signal.aborted && (mentions.length > 0 || !provisional)) await mark({ mentions, provisional, place, text });
    });
    // A failure fails the scan where `marking` is awaited, at the end; until then it is not unhandled.
    reply.catch(() => undefined);
    marking.catch(() => undefined);
    return marking;
  };
  let long = false;
  let looked = false;
  let firstLook: Promise<void> | undefined;
  const look = () => {
    if (looked || collector.read < FIRST_LOOK_CHARS) return;
    looked = true;
    firstLook = send(collector.peek(FIRST_LOOK_CHARS), true);
  };
  /** Waits for the first look's marks (FIRST_LOOK_WAIT_MS at most) once it is out; false when none is. */
  const awaitLook = async () => {
    const out = firstLook;
    if (!out) return false;
    firstLook = undefined;
    await settled(out, FIRST_LOOK_WAIT_MS);
    signal.throwIfAborted();
    return true;
  };
  // Reading stops once the first look is read, so it goes out then, not at the end of the slice
  // (the background detects it while the page reads on); the first slice then reads on for the
  // rest of its time. A page with less text than a first look goes in one message.
  const firstSlice = performance.now();
  let done = collector.step(SLICE_MS, FIRST_LOOK_CHARS);
  if (!done && collector.read >= FIRST_LOOK_CHARS) look();
  const changed = loaded && (await changedUntil(root, loaded));
  signal.throwIfAborted();
  if (!done && native) {
    // Read again from its start, natively; the first look's marks stay until its section's replace them.
    await rendered();
    signal.throwIfAborted();
    collector = new ChunkReader(root, now);
    done = false;
  } else if (changed) {
    collector = new TextCollector(root, now);
    done = false;
  } else if (!loaded && !done && looked) done = collector.step(SLICE_MS - (performance.now() - firstSlice));
  while (!done) {
    long = true;
    look();
    if (!(await awaitLook())) await nextTurn(signal);
    for (let s = collector.take(SECTION_CHARS); s; s = collector.take(SECTION_CHARS)) {
      send(s, false);
      await nextTurn(signal);
    }
    done = collector.step(SLICE_MS, looked ? Infinity : FIRST_LOOK_CHARS);
  }
  // A page read whole in its first slice sends the rest at once: its marks would wait a round trip.
  for (let s = collector.take(SECTION_CHARS, true); s; s = collector.take(SECTION_CHARS, true)) {
    // Joining and serializing a section take a few ms: on a long page, not in the same task as a slice.
    if (long) await nextTurn(signal);
    send(s, false);
  }
  await marking;
  return { hidden: collector.hidden, native: collector instanceof ChunkReader ? collector.native : [] };
}

/**
 * Waits for `loaded`; true when the page changed meanwhile (nodes, text or attributes anywhere in
 * its document), so that what was read of it may no longer be what it shows.
 */
async function changedUntil(root: Node, loaded: Promise<void>): Promise<boolean> {
  let changed = false;
  const observer = new MutationObserver(() => {
    changed = true;
    observer.disconnect();
  });
  observer.observe(root.ownerDocument?.documentElement ?? root, { childList: true, subtree: true, characterData: true, attributes: true });
  await loaded;
  observer.disconnect();
  return changed || observer.takeRecords().length > 0;
}

/** Waits until `work` settles (its failure is reported where it is awaited), or `ms` at most. */
function settled(work: Promise<unknown>, ms: number): Promise<unknown> {
  return Promise.race([work.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, ms))]);
}
