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

/**
 * Plain typed arrays and numbers only: structured-clone friendly as it is, and stored as it is
 * (lib/detect/index-format.ts). The trie is kept as sorted child ranges, not a hash table: nodes are
 * numbered breadth first and each node's children are consecutive, in order of word hash, so the
 * children of node v are the nodes firstChild[v] .. firstChild[v + 1] - 1 and a step is a search in
 * that range. Two numbers per node: the hash table it replaces held three per slot at under half
 * full (12.6 MB of a 100k-site index, 75% of a woken worker's read spent on empty slots). The root,
 * which has thousands of children, keeps a small hash table of its own.
 *
 * Breadth-first numbering also puts every failure and dictionary link below its node (a link goes
 * to a shorter suffix, so to a shallower node), which the scan relies on to end on damaged bytes.
 */
export interface Automaton {
  /** UTF-16 code unit -> folded code; 32 separator, 0 skip. Shared by all automata. */
  fold: Uint16Array;
  /** node -> its first child; the children of v are firstChild[v] .. firstChild[v + 1] - 1 (length: nodes + 1). */
  firstChild: Int32Array;
  /** node -> hash of the word on the edge into it (root: 0); ascending (signed) among siblings. */
  edgeWord: Int32Array;
  /** The root's children by word hash: open addressing, 2 ints per slot (word hash, node; node 0 = empty). */
  rootSlots: Int32Array;
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

/** The child of `node` along word hash `h`, or -1. */
function childOf(a: Automaton, node: number, h: number): number {
  if (node === 0) {
    const slots = a.rootSlots;
    const mask = (slots.length >>> 1) - 1;
    let slot = slotOf(0, h, mask);
    for (;;) {
      const t = slots[slot * 2 + 1];
      if (!(t > 0)) return -1;
      if (slots[slot * 2] === h) return t;
      slot = (slot + 1) & mask;
    }
  }
  const edgeWord = a.edgeWord;
  let lo = a.firstChild[node];
  let hi = a.firstChild[node + 1];
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const w = edgeWord[mid];
    if (w < h) lo = mid + 1;
    else if (w > h) hi = mid;
    else return mid;
  }
  return -1;
}

/**
 * The trie built by insertion (nodes numbered as they were made, `parent` and `edgeWord` per node)
 * renumbered breadth first, siblings in order of word hash. Returns old node -> new node too.
 */
function sortedTrie(parent: Int32Array, edgeWord: Int32Array, nodes: number): { firstChild: Int32Array; word: Int32Array; renumber: Int32Array } {
  // Each node's children, grouped by parent (a counting sort), then each group by word hash.
  const kidStart = new Int32Array(nodes + 1);
  for (let v = 1; v < nodes; v++) kidStart[parent[v] + 1]++;
  for (let v = 0; v < nodes; v++) kidStart[v + 1] += kidStart[v];
  const kids = new Int32Array(Math.max(nodes - 1, 0));
  const fillAt = kidStart.slice(0, nodes);
  for (let v = 1; v < nodes; v++) kids[fillAt[parent[v]]++] = v;
  const byWord = (x: number, y: number) => edgeWord[x] - edgeWord[y] || x - y;
  for (let v = 0; v < nodes; v++) {
    if (kidStart[v + 1] - kidStart[v] > 1) kids.subarray(kidStart[v], kidStart[v + 1]).sort(byWord);
  }
  // Breadth first: the queue is the new order, so a node's new number is its place in it.
  const order = new Int32Array(nodes);
  const renumber = new Int32Array(nodes);
  const firstChild = new Int32Array(nodes + 1);
  let tail = 1;
  for (let k = 0; k < nodes; k++) {
    const v = order[k];
    renumber[v] = k;
    firstChild[k] = tail;
    for (let j = kidStart[v]; j < kidStart[v + 1]; j++) order[tail++] = kids[j];
  }
  firstChild[nodes] = tail;
  const word = new Int32Array(nodes);
  for (let k = 1; k < nodes; k++) word[k] = edgeWord[order[k]];
  return { firstChild, word, renumber };
}

/** The root's children (nodes 1 .. firstChild[1] - 1) in a hash table at most half full. */
function rootTable(firstChild: Int32Array, word: Int32Array): Int32Array {
  const n = firstChild.length > 1 ? firstChild[1] - 1 : 0;
  let size = 16;
  while (size < n * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size * 2);
  for (let v = 1; v <= n; v++) {
    let slot = slotOf(0, word[v], mask);
    while (slots[slot * 2 + 1] > 0) slot = (slot + 1) & mask;
    slots[slot * 2] = word[v];
    slots[slot * 2 + 1] = v;
  }
  return slots;
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
  // A hash table of the edges while inserting (the trie's child index until it is sorted below).
  // A slot's node is never the root (0), so 0 marks an empty slot: the table needs no filling.
  const table = new Int32Array(size * 3);
  const parent = new Int32Array(totalWords);
  const edgeWord = new Int32Array(totalWords);
  const endOf = new Int32Array(totalWords).fill(-1);
  const words = new Uint16Array(patterns.length);
  let nodes = 1;
  let maxWords = 1;
  for (let pi = 0; pi < patterns.length; pi++) {
    const n = wordStart[pi + 1] - wordStart[pi];
    if (n === 0) continue;
    let node = 0;
    for (let j = wordStart[pi]; j < wordStart[pi + 1]; j++) {
      const h = hashes[j];
      let slot = slotOf(node, h, mask);
      let t = table[slot * 3 + 2];
      while (t > 0 && (table[slot * 3] !== node || table[slot * 3 + 1] !== h)) {
        slot = (slot + 1) & mask;
        t = table[slot * 3 + 2];
      }
      if (t === 0) {
        t = nodes++;
        table[slot * 3] = node;
        table[slot * 3 + 1] = h;
        table[slot * 3 + 2] = t;
        parent[t] = node;
        edgeWord[t] = h;
      }
      node = t;
    }
    if (endOf[node] < 0) endOf[node] = pi;
    words[pi] = n;
    if (n > maxWords) maxWords = n;
  }

  const { firstChild, word, renumber } = sortedTrie(parent, edgeWord, nodes);
  const out = new Int32Array(nodes);
  for (let v = 0; v < nodes; v++) out[renumber[v]] = endOf[v];

  let bits = 1 << 14;
  while (bits < (nodes - 1) * 16) bits *= 2;
  const filterShift = 32 - Math.log2(bits);
  const wordFilter = new Int32Array(bits >>> 5);
  const rootFilter = new Int32Array(bits >>> 5);
  const rootKids = nodes > 1 ? firstChild[1] : 1;
  for (let v = 1; v < nodes; v++) {
    const b = filterBit(word[v], filterShift);
    wordFilter[b >>> 5] |= 1 << (b & 31);
    if (v < rootKids) rootFilter[b >>> 5] |= 1 << (b & 31);
  }
  const fail = new Int32Array(nodes);
  const dictLink = new Int32Array(nodes).fill(-1);
  let ring = 16;
  while (ring <= maxWords) ring *= 2;
  const a: Automaton = {
    fold, rootFilter, wordFilter, filterShift, firstChild, edgeWord: word, rootSlots: rootTable(firstChild, word), fail, out, dictLink,
    patternWords: words, patterns: [...patterns], ringMask: ring - 1,
  };

  // Failure links in breadth-first order, which is the numbering: a node's parent and every
  // shallower node already have theirs. The root's children fail to the root.
  for (let u = 1; u < nodes; u++) {
    for (let v = firstChild[u]; v < firstChild[u + 1]; v++) {
      const h = word[v];
      let w = fail[u];
      let f = childOf(a, w, h);
      while (f < 0 && w !== 0) {
        w = fail[w];
        f = childOf(a, w, h);
      }
      fail[v] = f < 0 ? 0 : f;
    }
  }
  for (let v = 1; v < nodes; v++) {
    const f = fail[v];
    dictLink[v] = out[f] >= 0 && f !== 0 ? f : dictLink[f];
  }
  return a;
}

let sharedRing = new Int32Array(16);

/**
 * Scans text[from, to) and pushes one (pattern, start, end) triple per whole-word match into
 * `hits`, in order of match end; offsets are UTF-16 offsets into `text`. One linear pass.
 *
 * `capitalStarts`: only matches whose first char is not ASCII other than A-Z are wanted (places:
 * the caller drops "mobile", "reading"). A word written so is then not hashed or looked up when
 * it could only start a match: at the root. Every match that starts elsewhere is still found, in
 * the same order (a state is left for the root only after every longer suffix failed), so the
 * hits are exactly the full scan's minus some of those the caller drops.
 */
export function scanAutomaton(a: Automaton, text: string, hits: number[], from = 0, to = text.length, capitalStarts = false): void {
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
    if (capitalStarts && state === 0) {
      const first = text.charCodeAt(i);
      if (first < 65 || (first > 90 && first < 128)) {
        // Stay at the root, as for a word no pattern starts with.
        while (++i < to && fold[text.charCodeAt(i)] !== SEP);
        continue;
      }
    }
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
    // A link always goes to a lower node (breadth-first numbering); on damaged bytes one that does
    // not ends the chain instead of looping (the later checks then drop the copy).
    const next = dictLink[o];
    o = next < o ? next : -1;
  }
}

/**
 * The goto/failure function for one word. It repeats childOf's two lookups (the root's hash slots,
 * a binary search among a node's children) inline: this runs for every word of every page, and a
 * call per lookup cost measurably more there.
 */
function step(a: Automaton, state: number, h: number): number {
  const { firstChild, edgeWord, rootSlots, fail } = a;
  const rootMask = (rootSlots.length >>> 1) - 1;
  for (;;) {
    if (state === 0) {
      let x = Math.imul(h, 0x85ebca6b);
      x ^= x >>> 13;
      x = Math.imul(x, 0xc2b2ae35);
      x ^= x >>> 16;
      let slot = x & rootMask;
      for (;;) {
        const t = rootSlots[slot * 2 + 1];
        if (!(t > 0)) return 0;
        if (rootSlots[slot * 2] === h) return t;
        slot = (slot + 1) & rootMask;
      }
    }
    let lo = firstChild[state];
    let hi = firstChild[state + 1];
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const w = edgeWord[mid];
      if (w < h) lo = mid + 1;
      else if (w > h) hi = mid;
      else return mid;
    }
    // As in emit(): a failure link goes to a lower node, so the chain ends at the root.
    const f = fail[state];
    state = f < state ? f : 0;
  }
}

/** True when text[start, end) really normalises to the pattern (guards against hash collisions). */
export function confirm(a: Automaton, text: string, pattern: number, start: number, end: number): boolean {
  return normalizeWith(a.fold, text.slice(start, end)) === a.patterns.at(pattern);
}

/**
 * Checks the shape of an automaton received from elsewhere (structured clone, storage): types and
 * lengths. What the node numbers say is checked by checkAutomatonLinks, over every node.
 */
export function isAutomaton(x: unknown): x is Automaton {
  const a = x as Automaton;
  if (!a || !(a.fail instanceof Int32Array)) return false;
  const nodes = a.fail.length;
  const rootSlots = a.rootSlots;
  return (
    a.fold instanceof Uint16Array &&
    a.fold.length === 65536 &&
    a.wordFilter instanceof Int32Array &&
    a.rootFilter instanceof Int32Array &&
    a.rootFilter.length === a.wordFilter.length &&
    a.firstChild instanceof Int32Array &&
    a.firstChild.length === nodes + 1 &&
    a.edgeWord instanceof Int32Array &&
    a.edgeWord.length === nodes &&
    rootSlots instanceof Int32Array &&
    rootSlots.length >= 2 &&
    ((rootSlots.length >>> 1) & ((rootSlots.length >>> 1) - 1)) === 0 &&
    a.out instanceof Int32Array &&
    a.out.length === nodes &&
    a.dictLink instanceof Int32Array &&
    a.dictLink.length === nodes &&
    a.patternWords instanceof Uint16Array &&
    isStrings(a.patterns, a.patternWords.length)
  );
}

/**
 * Throws unless every node number in `a` says what a built automaton's does: children ranges in
 * order after their parent, siblings ascending, links to lower nodes, outputs naming patterns,
 * the root's table naming exactly its children. O(nodes); a woken worker runs it after its first
 * answer (lib/codec/later-checks.ts), the scan being safe meanwhile (it cannot loop on bad links).
 */
export function checkAutomatonLinks(a: Automaton): void {
  const { firstChild, edgeWord, fail, out, dictLink, rootSlots } = a;
  const nodes = fail.length;
  const patterns = a.patternWords.length;
  const bad = (what: string) => new Error(`automaton: bad ${what}`);
  if (nodes < 1 || firstChild[0] !== 1 || firstChild[nodes] !== nodes) throw bad('child ranges');
  for (let v = 0; v < nodes; v++) {
    const from = firstChild[v];
    const to = firstChild[v + 1];
    if (to < from || from <= v) throw bad('child ranges');
    for (let c = from + 1; c < to; c++) if (!(edgeWord[c - 1] < edgeWord[c])) throw bad('sibling order');
    if (v > 0 && !(fail[v] >= 0 && fail[v] < v)) throw bad('failure link');
    if (v > 0 ? !(dictLink[v] >= -1 && dictLink[v] < v) : dictLink[v] !== -1) throw bad('dictionary link');
    if (!(out[v] >= -1 && out[v] < patterns)) throw bad('output');
  }
  const rootKids = firstChild[1] - 1;
  let found = 0;
  for (let s = 0; s < rootSlots.length; s += 2) {
    const t = rootSlots[s + 1];
    if (t === 0) continue;
    if (!(t >= 1 && t <= rootKids) || edgeWord[t] !== rootSlots[s] || childOf(a, 0, rootSlots[s]) !== t) throw bad('root table');
    found++;
  }
  if (found !== rootKids) throw bad('root table');
}
