/**
 * Aho-Corasick automaton over words: the alphabet is the set of folded words (normalize.ts), so
 * matches start and end at word boundaries by construction, and a plain text costs one table
 * lookup and one multiply per character plus one hash probe per word, whatever the number of
 * patterns. Words are identified by a 32-bit hash; a match is confirmed against the pattern text
 * (see confirm()), so a hash collision can never produce a false match.
 *
 * Runs of separators (spaces, hyphens, quotes, punctuation) count as one; "skip" chars (soft
 * hyphen, zero-width, combining marks) are ignored; case and accents are folded.
 */
import { isStrings, type Strings } from '../codec/string-column';
import { getFoldTable, normalizeWith } from './normalize';

// Local copies of normalize.ts's SEP_CODE / SKIP_CODE: imported bindings compile to property
// loads under some bundlers, which costs the hot loop dearly.
const SEP = 32;
const SKIP = 0;

/** Plain typed arrays and numbers only: structured-clone friendly as it is. */
export interface Automaton {
  /** UTF-16 code unit -> folded code; 32 separator, 0 skip. Shared by all automata. */
  fold: Uint16Array;
  /** Open-addressing transition table, 3 ints per slot: node, word hash, child node (-1 empty). */
  slots: Int32Array;
  fail: Int32Array;
  /** node -> index of the pattern that ends there, or -1. */
  out: Int32Array;
  /** node -> nearest node on the failure chain with an output, or -1. */
  dictLink: Int32Array;
  /** pattern -> number of words, to find where a match starts. */
  patternWords: Uint16Array;
  /** Bitsets over word hashes: first words of patterns; every word of any pattern. A word not in
   * the second resets the automaton to the root, and from the root only the first can lead on. */
  rootFilter: Int32Array;
  wordFilter: Int32Array;
  filterShift: number;
  /** Normalised patterns, for confirming matches and for debugging (read with at(): an adopted index holds a column). */
  patterns: Strings;
  ringMask: number;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Hash of one folded word, the same function the scanner computes char by char. */
function wordHash(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

function filterBit(h: number, shift: number): number {
  return Math.imul(h, 0x2c1b3c6d) >>> shift;
}

function slotOf(node: number, word: number, mask: number): number {
  let x = Math.imul(word ^ Math.imul(node, 0x9e3779b1), 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x & mask;
}

/** The transition table again, sized to hold `edges` at most half full. */
function rehashed(table: Int32Array, parent: Int32Array, edgeWord: Int32Array, nodes: number, edges: number): Int32Array {
  let size = 16;
  while (size < edges * 2) size *= 2;
  if (size * 3 >= table.length) return table;
  const mask = size - 1;
  const slots = new Int32Array(size * 3);
  for (let i = 2; i < slots.length; i += 3) slots[i] = -1;
  for (let v = 1; v < nodes; v++) {
    let slot = slotOf(parent[v], edgeWord[v], mask);
    while (slots[slot * 3 + 2] >= 0) slot = (slot + 1) & mask;
    slots[slot * 3] = parent[v];
    slots[slot * 3 + 1] = edgeWord[v];
    slots[slot * 3 + 2] = v;
  }
  return slots;
}

function lookup(a: Automaton, node: number, word: number, mask: number): number {
  const slots = a.slots;
  let slot = slotOf(node, word, mask);
  for (;;) {
    const t = slots[slot * 3 + 2];
    if (t < 0) return -1;
    if (slots[slot * 3] === node && slots[slot * 3 + 1] === word) return t;
    slot = (slot + 1) & mask;
  }
}

/** Builds the automaton for already normalised patterns (normalizeForMatch); index = pattern id. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const fold = getFoldTable();
  // Every pattern's word hashes in one flat array, pattern pi's at [wordStart[pi], wordStart[pi + 1]):
  // an array of word strings per pattern was most of what a compile of 10,000 aliases allocated here.
  const wordStart = new Int32Array(patterns.length + 1);
  let count = 0;
  patterns.forEach((p, pi) => {
    wordStart[pi] = count;
    if (p.length === 0) return;
    count++;
    for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) === 32) count++;
  });
  wordStart[patterns.length] = count;
  const hashes = new Int32Array(count);
  let hk = 0;
  for (const p of patterns) {
    if (p.length === 0) continue;
    // Each word between single spaces, as p.split(' ') would cut them.
    let from = 0;
    for (let i = p.indexOf(' '); i >= 0; i = p.indexOf(' ', from)) {
      hashes[hk++] = wordHash(p, from, i);
      from = i + 1;
    }
    hashes[hk++] = wordHash(p, from, p.length);
  }
  const totalWords = 1 + count;
  let size = 16;
  while (size < totalWords * 2) size *= 2;
  const mask = size - 1;
  // The transition table is filled while inserting: it is the trie's child index too.
  const table = new Int32Array(size * 3);
  for (let i = 2; i < table.length; i += 3) table[i] = -1;
  const parent = new Int32Array(totalWords);
  const edgeWord = new Int32Array(totalWords);
  const depth = new Int32Array(totalWords);
  const out = new Int32Array(totalWords).fill(-1);
  const words = new Uint16Array(patterns.length);
  let nodes = 1;
  let maxWords = 1;
  let edges = 0;
  for (let pi = 0; pi < patterns.length; pi++) {
    const n = wordStart[pi + 1] - wordStart[pi];
    if (n === 0) continue;
    let node = 0;
    for (let j = wordStart[pi]; j < wordStart[pi + 1]; j++) {
      const h = hashes[j];
      let slot = slotOf(node, h, mask);
      let t = table[slot * 3 + 2];
      while (t >= 0 && (table[slot * 3] !== node || table[slot * 3 + 1] !== h)) {
        slot = (slot + 1) & mask;
        t = table[slot * 3 + 2];
      }
      if (t < 0) {
        t = nodes++;
        table[slot * 3] = node;
        table[slot * 3 + 1] = h;
        table[slot * 3 + 2] = t;
        parent[t] = node;
        edgeWord[t] = h;
        depth[t] = depth[node] + 1;
        edges++;
      }
      node = t;
    }
    if (out[node] < 0) out[node] = pi;
    words[pi] = n;
    if (n > maxWords) maxWords = n;
  }

  // The table was sized for every word of every pattern, before shared prefixes were merged; one
  // sized for the edges there are is a fraction as large (a stored 100k index is half its size).
  const slots = rehashed(table, parent, edgeWord, nodes, edges);

  let bits = 1 << 14;
  while (bits < edges * 16) bits *= 2;
  const filterShift = 32 - Math.log2(bits);
  const wordFilter = new Int32Array(bits >>> 5);
  const rootFilter = new Int32Array(bits >>> 5);
  for (let v = 1; v < nodes; v++) {
    const b = filterBit(edgeWord[v], filterShift);
    wordFilter[b >>> 5] |= 1 << (b & 31);
    if (parent[v] === 0) rootFilter[b >>> 5] |= 1 << (b & 31);
  }
  const fail = new Int32Array(nodes);
  const dictLink = new Int32Array(nodes).fill(-1);
  let ring = 16;
  while (ring <= maxWords) ring *= 2;
  const a: Automaton = {
    fold, rootFilter, wordFilter, filterShift, slots, fail, out: out.slice(0, nodes), dictLink,
    patternWords: words, patterns: [...patterns], ringMask: ring - 1,
  };

  // Failure links in order of depth (a counting sort of the nodes by depth).
  let maxDepth = 0;
  for (let v = 0; v < nodes; v++) if (depth[v] > maxDepth) maxDepth = depth[v];
  const byDepthStart = new Int32Array(maxDepth + 2);
  for (let v = 0; v < nodes; v++) byDepthStart[depth[v] + 1]++;
  for (let d = 1; d <= maxDepth + 1; d++) byDepthStart[d] += byDepthStart[d - 1];
  const order = new Int32Array(nodes);
  const fillAt = byDepthStart.slice();
  for (let v = 0; v < nodes; v++) order[fillAt[depth[v]]++] = v;
  for (let k = 0; k < nodes; k++) {
    const v = order[k];
    if (depth[v] <= 1) continue; // root and its children fail to the root
    const h = edgeWord[v];
    let w = fail[parent[v]];
    let f = lookup(a, w, h, slots.length / 3 - 1);
    while (f < 0 && w !== 0) {
      w = fail[w];
      f = lookup(a, w, h, slots.length / 3 - 1);
    }
    fail[v] = f < 0 ? 0 : f;
  }
  for (let k = 0; k < nodes; k++) {
    const v = order[k];
    if (v === 0) continue;
    const f = fail[v];
    dictLink[v] = a.out[f] >= 0 && f !== 0 ? f : dictLink[f];
  }
  return a;
}

let sharedRing = new Int32Array(16);

/**
 * Scans text[from, to) and pushes one (pattern, start, end) triple per whole-word match into
 * `hits`, in order of match end; offsets are UTF-16 offsets into `text`. One linear pass.
 */
export function scanAutomaton(a: Automaton, text: string, hits: number[], from = 0, to = text.length): void {
  const fold = a.fold;
  const wordFilter = a.wordFilter;
  const rootFilter = a.rootFilter;
  const shift = a.filterShift;
  const rmask = a.ringMask;
  // One ring for every call (a page's sentences ask for thousands of place scans): a match reads
  // only the starts of words this call wrote.
  if (sharedRing.length <= rmask) sharedRing = new Int32Array(rmask + 1);
  const ring = sharedRing;
  let wc = 0;
  let state = 0;
  let i = from;
  // Word by word: skip separators, hash the word, then one transition at its end. Two tight
  // loops instead of one loop with an "in a word?" branch per char (measurably faster in V8).
  while (i < to) {
    let c = fold[text.charCodeAt(i)];
    while (c === SEP || c === SKIP) {
      if (++i >= to) return;
      c = fold[text.charCodeAt(i)];
    }
    ring[++wc & rmask] = i;
    let h = FNV_OFFSET;
    for (;;) {
      if (c !== SKIP) h = Math.imul(h ^ c, FNV_PRIME);
      if (++i >= to) break;
      c = fold[text.charCodeAt(i)];
      if (c === SEP) break;
    }
    const b = Math.imul(h, 0x2c1b3c6d) >>> shift;
    if (((state === 0 ? rootFilter : wordFilter)[b >>> 5] & (1 << (b & 31))) === 0) {
      state = 0;
      continue;
    }
    state = step(a, state, h);
    if (state !== 0) emit(a, state, ring, wc, i, hits);
  }
}

function emit(a: Automaton, state: number, ring: Int32Array, wc: number, end: number, hits: number[]): void {
  const { out, dictLink, patternWords, ringMask } = a;
  let o = out[state] >= 0 ? state : dictLink[state];
  while (o >= 0) {
    const p = out[o];
    hits.push(p, ring[(wc - patternWords[p] + 1) & ringMask], end);
    o = dictLink[o];
  }
}

/** The goto/failure function for one word. */
function step(a: Automaton, state: number, h: number): number {
  const slots = a.slots;
  const mask = slots.length / 3 - 1;
  for (;;) {
    let x = Math.imul(h ^ Math.imul(state, 0x9e3779b1), 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    x ^= x >>> 16;
    let slot = x & mask;
    let t = slots[slot * 3 + 2];
    while (t >= 0 && (slots[slot * 3] !== state || slots[slot * 3 + 1] !== h)) {
      slot = (slot + 1) & mask;
      t = slots[slot * 3 + 2];
    }
    if (t >= 0) return t;
    if (state === 0) return 0;
    state = a.fail[state];
  }
}

/** True when text[start, end) really normalises to the pattern (guards against hash collisions). */
export function confirm(a: Automaton, text: string, pattern: number, start: number, end: number): boolean {
  return normalizeWith(a.fold, text.slice(start, end)) === a.patterns.at(pattern);
}

/** Checks the shape of an automaton received from elsewhere (structured clone, storage). */
export function isAutomaton(x: unknown): x is Automaton {
  const a = x as Automaton;
  return (
    !!a &&
    a.fold instanceof Uint16Array &&
    a.fold.length === 65536 &&
    a.wordFilter instanceof Int32Array &&
    a.rootFilter instanceof Int32Array &&
    a.rootFilter.length === a.wordFilter.length &&
    a.slots instanceof Int32Array &&
    ((a.slots.length / 3) & (a.slots.length / 3 - 1)) === 0 &&
    a.fail instanceof Int32Array &&
    a.out instanceof Int32Array &&
    a.dictLink instanceof Int32Array &&
    a.patternWords instanceof Uint16Array &&
    isStrings(a.patterns, a.patternWords.length)
  );
}
