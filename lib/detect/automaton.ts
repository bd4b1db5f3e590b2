/**
 * Aho-Corasick automaton over folded text (see normalize.ts), matching whole words only.
 *
 * Every pattern is stored as SEP word SEP ... SEP, and the text is read as if padded with a
 * separator on both sides, so a match can only start and end at word boundaries and all outputs
 * fire on a separator. Runs of separators collapse to one. The shallow part of the automaton
 * (depth <= 3, where a plain text spends nearly all its time) is a dense transition table; the
 * deep part is sparse (sorted edges + failure links), which keeps a 10k-alias automaton small
 * enough to send to a content script by structured clone.
 */
import { SEP_CODE, SKIP_CODE, getFoldTable } from './normalize';

export const SYM_SEP = 0;
export const SYM_SKIP = 1;
export const SYM_OTHER = 2;
const FIRST_LETTER_SYM = 3;
const DENSE_DEPTH = 6;

/** Plain typed arrays and numbers only: structured-clone friendly as it is. */
export interface Automaton {
  /** UTF-16 code unit -> symbol (0 separator, 1 skip, 2 other word char, 3+ alphabet). */
  symbolOf: Uint8Array;
  alphabetSize: number;
  /** Nodes 0..denseCount-1 have a full transition row here (failures already applied). */
  denseCount: number;
  dense: Int32Array;
  edgeStart: Int32Array;
  edgeSym: Uint8Array;
  edgeTarget: Int32Array;
  fail: Int32Array;
  /** node -> index of the pattern that ends there, or -1. */
  out: Int32Array;
  /** node -> nearest node on the failure chain with an output, or -1. */
  dictLink: Int32Array;
  /** pattern -> number of words, to find where a match starts. */
  patternWords: Uint16Array;
  ringMask: number;
}

/** Builds the automaton for already normalised patterns (normalizeForMatch); index = pattern id. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const fold = getFoldTable();
  const symOfFolded = new Int16Array(65536).fill(-1);
  let nextSym = FIRST_LETTER_SYM;
  for (const p of patterns) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c === SEP_CODE || symOfFolded[c] >= 0) continue;
      // More than 253 distinct letters only happens with CJK-heavy aliases; those chars stay OTHER.
      if (nextSym < 256) symOfFolded[c] = nextSym++;
    }
  }
  const A = nextSym;
  const symbolOf = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const f = fold[c];
    symbolOf[c] = f === SKIP_CODE ? SYM_SKIP : f === SEP_CODE ? SYM_SEP : symOfFolded[f] >= 0 ? symOfFolded[f] : SYM_OTHER;
  }

  // Trie with children in one Map keyed by node * 256 + symbol.
  const child = new Map<number, number>();
  const kids: number[][] = [[]];
  const depth: number[] = [0];
  const ownOut: number[] = [-1];
  const words = new Uint16Array(patterns.length);
  let maxWords = 1;
  const addNode = (parent: number, sym: number): number => {
    const key = parent * 256 + sym;
    let n = child.get(key);
    if (n === undefined) {
      n = kids.length;
      kids.push([]);
      depth.push(depth[parent] + 1);
      ownOut.push(-1);
      child.set(key, n);
      kids[parent].push(sym, n);
    }
    return n;
  };
  patterns.forEach((p, pi) => {
    if (p.length === 0) return;
    let node = addNode(0, SYM_SEP);
    let w = 1;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c === SEP_CODE) w++;
      const s = c === SEP_CODE ? SYM_SEP : symOfFolded[c] >= 0 ? symOfFolded[c] : SYM_OTHER;
      node = addNode(node, s);
    }
    node = addNode(node, SYM_SEP);
    if (ownOut[node] < 0) ownOut[node] = pi;
    words[pi] = w;
    if (w > maxWords) maxWords = w;
  });

  // Breadth-first renumbering: shallow nodes first, so "dense" is a prefix of the node ids.
  const n = kids.length;
  const order = new Int32Array(n);
  const newId = new Int32Array(n);
  order[0] = 0;
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const u = order[head++];
    const k = kids[u];
    for (let j = 0; j < k.length; j += 2) order[tail++] = k[j + 1];
  }
  for (let i = 0; i < n; i++) newId[order[i]] = i;

  const edgeStart = new Int32Array(n + 1);
  let edgeCount = 0;
  for (let i = 0; i < n; i++) {
    edgeStart[i] = edgeCount;
    edgeCount += kids[order[i]].length / 2;
  }
  edgeStart[n] = edgeCount;
  const edgeSym = new Uint8Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const old = order[i];
    out[i] = ownOut[old];
    const k = kids[old];
    const pairs: Array<[number, number]> = [];
    for (let j = 0; j < k.length; j += 2) pairs.push([k[j], newId[k[j + 1]]]);
    pairs.sort((a, b) => a[0] - b[0]);
    let e = edgeStart[i];
    for (const [s, t] of pairs) {
      edgeSym[e] = s;
      edgeTarget[e++] = t;
    }
  }

  let denseCount = 0;
  while (denseCount < n && depth[order[denseCount]] <= DENSE_DEPTH) denseCount++;

  const goto = (u: number, s: number): number => {
    for (let e = edgeStart[u]; e < edgeStart[u + 1]; e++) if (edgeSym[e] === s) return edgeTarget[e];
    return -1;
  };
  const fail = new Int32Array(n);
  const dictLink = new Int32Array(n).fill(-1);
  const dense = new Int32Array(denseCount * A);
  for (let u = 0; u < n; u++) {
    // Children of u get their failure link; u's own link is already known (BFS order).
    for (let e = edgeStart[u]; e < edgeStart[u + 1]; e++) {
      const v = edgeTarget[e];
      const s = edgeSym[e];
      let f = -1;
      if (u !== 0) {
        let w = fail[u];
        for (;;) {
          const t = goto(w, s);
          if (t >= 0) {
            f = t;
            break;
          }
          if (w === 0) break;
          w = fail[w];
        }
      }
      fail[v] = f < 0 ? 0 : f;
      const fv = fail[v];
      dictLink[v] = out[fv] >= 0 ? fv : dictLink[fv];
    }
    if (u < denseCount) {
      for (let s = 0; s < A; s++) {
        const t = goto(u, s);
        dense[u * A + s] = t >= 0 ? t : u === 0 ? 0 : dense[fail[u] * A + s];
      }
    }
  }

  let ring = 16;
  while (ring <= maxWords) ring *= 2;
  return { symbolOf, alphabetSize: A, denseCount, dense, edgeStart, edgeSym, edgeTarget, fail, out, dictLink, patternWords: words, ringMask: ring - 1 };
}

/**
 * Scans text[from, to) and pushes one (pattern, start, end) triple per whole-word match into
 * `hits`, in order of match end. Offsets are UTF-16 offsets into `text`. One linear pass.
 */
export function scanAutomaton(a: Automaton, text: string, hits: number[], from = 0, to = text.length): void {
  const { symbolOf, dense, denseCount, edgeStart, edgeSym, edgeTarget, fail, out, dictLink, patternWords } = a;
  const A = a.alphabetSize;
  const mask = a.ringMask;
  const ring = new Int32Array(mask + 1);
  const sepNode = dense[SYM_SEP];
  let wc = 0;
  let state = sepNode; // the virtual separator before the text
  let prevSep = true;
  for (let i = from; i <= to; i++) {
    let s: number;
    if (i < to) {
      s = symbolOf[text.charCodeAt(i)];
      if (s > SYM_SKIP) {
        // Inside a word that no pattern continues: nothing can happen before the next separator.
        if (state === 0) continue;
        if (prevSep) {
          prevSep = false;
          ring[++wc & mask] = i;
        }
      } else if (s === SYM_SKIP || prevSep) {
        continue;
      } else {
        prevSep = true;
      }
    } else {
      if (prevSep) break;
      s = SYM_SEP;
    }
    if (state < denseCount) {
      state = dense[state * A + s];
    } else {
      for (;;) {
        let e = edgeStart[state];
        const end = edgeStart[state + 1];
        while (e < end && edgeSym[e] !== s) e++;
        if (e < end) {
          state = edgeTarget[e];
          break;
        }
        state = fail[state];
        if (state < denseCount) {
          state = dense[state * A + s];
          break;
        }
      }
    }
    if (s === SYM_SEP) {
      let o = out[state] >= 0 ? state : dictLink[state];
      while (o >= 0) {
        const p = out[o];
        hits.push(p, ring[(wc - patternWords[p] + 1) & mask], i);
        o = dictLink[o];
      }
    }
  }
}

/** Checks the shape of an automaton received from elsewhere (structured clone, storage). */
export function isAutomaton(x: unknown): x is Automaton {
  const a = x as Automaton;
  return (
    !!a &&
    a.symbolOf instanceof Uint8Array &&
    a.symbolOf.length === 65536 &&
    a.dense instanceof Int32Array &&
    a.edgeStart instanceof Int32Array &&
    a.edgeSym instanceof Uint8Array &&
    a.edgeTarget instanceof Int32Array &&
    a.fail instanceof Int32Array &&
    a.out instanceof Int32Array &&
    a.dictLink instanceof Int32Array &&
    a.patternWords instanceof Uint16Array &&
    a.dense.length === a.denseCount * a.alphabetSize &&
    a.edgeStart.length === a.fail.length + 1
  );
}
