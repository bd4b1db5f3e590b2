/**
 * The right side of a phrase: what follows the head and is the facility's, read left to right in
 * up to three rounds: its place (right-places.ts), "with <N> MW", "of <town>", "of <company>",
 * "worth <money>", "called <name>", "(<code>)".
 */
import { tokenIndexAt } from '../context';
import { parseCapacityAt } from '../facts/capacity';
import { parseGpusAt } from '../facts/gpus';
import { parseMoneyAt } from '../facts/money';
import { orgAt } from '../facts/operator';
import { parsePlacePhrase } from '../facts/place';
import { orgBackFrom } from './lookups';
import {
  readAddressOrEdge,
  readLandItStandsOn,
  readLandName,
  readPlaceAfterCommaParticiple,
  readPlaceAfterParticiple,
  readPlaceAfterPreposition,
  readPlaceOfRelativeClause,
  readPlaceSetOff,
} from './right-places';
import { NOT_MINE, READ, readTo, STOP, type PhraseWalk, type Step } from './walk';

const NAME_INTRO = new Set(['called', 'named', 'dubbed', 'codenamed', 'code-named', 'nicknamed']);

/** Reads the post-modifiers after the head into w.p, moving w.end to the phrase's last token. */
export function readRight(w: PhraseWalk): void {
  if (w.possessiveHead || w.workOnIt) return;
  for (let round = 0; round < 3 && w.j < w.tk.length; round++) {
    const step =
      readAddressOrEdge(w) ||
      readPlaceAfterPreposition(w) ||
      readLandName(w) ||
      readPlaceAfterParticiple(w) ||
      readWithOrOf(w) ||
      readWorth(w) ||
      readNameIntro(w) ||
      readBracketedName(w) ||
      skipCommaBeforeNameIntro(w) ||
      readPlaceAfterCommaParticiple(w) ||
      readLandItStandsOn(w) ||
      readPlaceOfRelativeClause(w) ||
      readPlaceSetOff(w) ||
      STOP;
    if (step === STOP) break;
  }
}

/** "with 300 MW", "housing 100,000 GPUs", "of 1 GW"; "the campus of Incheon"; "the campus of Kestrel Compute". */
function readWithOrOf(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  const low = tk.low(j);
  if (!(low === 'with' || low === 'of' || low === 'housing' || low === 'featuring' || low === 'packing')) return NOT_MINE;
  const r = readQuantity(w, j + 1);
  if (r >= 0) return readTo(w, r);
  // "its data centre of Pune", "the campus of Incheon": translated news puts the town after "of".
  const town = low === 'of' && !p.place && !p.prePlace ? parsePlacePhrase(doc.text, s, j + 1) : null;
  if (town && town.place?.kind === 'city' && town.first === j + 1 && tk.cap(j + 1) && w.head.kind !== 'region') {
    p.place = town;
    return readTo(w, town.last);
  }
  // "the proposed 1 GW campus of Kestrel Compute in Saskatchewan": the company it belongs to.
  const owner = low === 'of' && !p.operator ? orgAt(doc.text, s, j + 1) : null;
  if (owner && owner.start === tk.start(j + 1)) {
    p.operator = owner;
    return readTo(w, tokenIndexAt(tk, owner.end - 1));
  }
  return STOP;
}

/** After "with"/"of": a capacity or a GPU count. Returns the last token index, or -1. */
function readQuantity(w: PhraseWalk, i: number): number {
  const { tk, p } = w;
  let k = i;
  if (tk.low(k) === 'a' || tk.low(k) === 'an') k++;
  if (tk.has(k) && /^(total|planned|initial|combined|maximum|power|it|critical)$/.test(tk.low(k))) k++;
  if (tk.has(k) && /^(capacity|load)$/.test(tk.low(k)) && tk.low(k + 1) === 'of') k += 2;
  if (tk.has(k) && /^(up|more|over|nearly|about|around|approximately|roughly|some|almost)$/.test(tk.low(k))) {
    k++;
    if (tk.has(k) && /^(to|than)$/.test(tk.low(k))) k++;
  }
  const c = parseCapacityAt(tk, k);
  if (c) {
    p.capacityMW ??= c.mw;
    let last = c.last;
    if (tk.low(last + 1) === 'of' && /^(capacity|power)$/.test(tk.low(last + 2))) last += 2;
    return last;
  }
  const g = parseGpusAt(tk, k);
  if (g) {
    p.gpus ??= g.count;
    return g.last;
  }
  return -1;
}

/** "worth $2 billion", "costing €500 million". */
function readWorth(w: PhraseWalk): Step {
  const { tk, j } = w;
  if (!((tk.low(j) === 'worth' || tk.low(j) === 'costing') && tk.has(j + 1))) return NOT_MINE;
  const m = parseMoneyAt(w.doc.text, tk, j + 1);
  if (!m) return STOP;
  w.p.money ??= m;
  return readTo(w, m.last);
}

/** "called Stargate", "known as Fairwater 2". */
function readNameIntro(w: PhraseWalk): Step {
  const { tk, j } = w;
  if (!(NAME_INTRO.has(tk.low(j)) || (tk.low(j) === 'known' && tk.low(j + 1) === 'as'))) return NOT_MINE;
  const k = tk.low(j) === 'known' ? j + 2 : j + 1;
  const nm = readName(w, k);
  if (!nm) return STOP;
  w.p.name = nm.text;
  return readTo(w, nm.last);
}

/** "(XY3)", "(Meta)": a name or a company in brackets. */
function readBracketedName(w: PhraseWalk): Step {
  const { s, tk, j, p } = w;
  if (tk.text(j) !== '(') return NOT_MINE;
  const nm = readName(w, j + 1);
  if (!(nm && tk.text(nm.last + 1) === ')')) return STOP;
  // "the <town> campus (XY3)": a code in brackets names it more exactly than the town before the head.
  if (p.name && !/\d/.test(p.name) && /^\p{Lu}{2,}[-\s]?\d{1,3}\p{Lu}?$/u.test(nm.text)) p.name = nm.text;
  // "the Kuna data center (Meta)": a company in brackets runs it; it does not name it.
  const company = s.operators.find((h) => h.start === tk.start(j + 1) && h.end === tk.end(nm.last));
  if (company) p.operator ??= orgBackFrom(w.doc, s, j + 1, nm.last);
  else p.name ??= nm.text;
  return readTo(w, nm.last + 1);
}

/** ", called …", ", known as …": the comma before a name. */
function skipCommaBeforeNameIntro(w: PhraseWalk): Step {
  const { tk, j } = w;
  if (!(tk.text(j) === ',' && tk.has(j + 1) && /^(called|named|dubbed|known|codenamed)$/.test(tk.low(j + 1)))) return NOT_MINE;
  w.j++;
  return READ;
}

/** A name or code: capitalised words or a code with digits ("TY11", "Fairwater 2"), or a quoted string. */
function readName(w: PhraseWalk, i: number): { text: string; last: number } | null {
  const tk = w.tk;
  let k = i;
  const quoted = tk.has(k) && /^["“‘']$/.test(tk.text(k));
  if (quoted) k++;
  const first = k;
  while (k < tk.length && k < first + 4 && tk.word(k) && (tk.cap(k) || /\d/.test(tk.text(k)) || (quoted && tk.word(k)))) {
    k++;
    // "QRO-2", "KD-LOS1": a code's hyphen, glued on both sides, keeps it one name.
    if (tk.text(k) === '-' && tk.glued(k) && tk.glued(k + 1) && tk.word(k + 1) && /\d/.test(tk.text(k + 1))) k++;
  }
  if (k === first) return null;
  let last = k - 1;
  if (quoted && tk.has(k) && /^["”’']$/.test(tk.text(k))) last = k;
  const text = w.doc.text.slice(tk.start(first), tk.start(k - 1) + tk.text(k - 1).length);
  return { text, last };
}
