/**
 * Modifiers before the head that punctuation holds together: hyphenated codes ("FRA-3") and words
 * ("AI-focused", "Meta-owned"), a bracketed abbreviation ("(IBX)") and a short abbreviation with its
 * dot inside a name ("Ft. Pierce").
 */
import { tokenIndexAt } from '../context';
import { parseOrdinalAt } from '../facts/ordinal';
import type { Tokens } from '../tokens';
import { DC_MODIFIERS, DETERMINERS, NON_DC_MODIFIERS, NOT_NAMES } from '../vocab';
import { operatorEndingAt, orgBackFrom } from './lookups';
import { NOT_MINE, READ, STOP, type PhraseWalk, type Step } from './walk';

/** "Meta-owned", "Google-operated": the company before the hyphen runs the facility. */
const OWNED = /^(?:owned|operated|run|developed)$/;

/** "its FRA-3 campus": a hyphenated code (letters, hyphen, number, written together) is a name. */
export function readHyphenatedCode(w: PhraseWalk): Step {
  const { tk, i, p } = w;
  if (!(tk.num(i) && tk.glued(i) && i >= 2 && tk.text(i - 1) === '-' && tk.glued(i - 1) && /^\p{Lu}{2,4}$/u.test(tk.text(i - 2)) && /^\d{1,3}$/.test(tk.text(i)) && !NOT_NAMES.has(tk.low(i - 2)) && !/^(?:[kmgt]wh?|kv|mva)$/.test(tk.low(i - 2)))) return NOT_MINE;
  // "EU-WEST-2": more capitalised parts written on before it are the code's too.
  let first = i - 2;
  while (first >= 2 && tk.text(first - 1) === '-' && tk.glued(first - 1) && tk.glued(first) && /^[A-Z]{2,4}$/.test(tk.text(first - 2))) first -= 2;
  p.name = p.name ? `${w.doc.text.slice(tk.start(first), tk.end(i))} ${p.name}` : w.doc.text.slice(tk.start(first), tk.end(i));
  w.start = first;
  w.i = first - 1;
  return READ;
}

/** "carrier-neutral", "AI-focused": read the compound from its last part. (A unit ending here, "160-acre", was read before.) */
export function skipToCompoundStart(w: PhraseWalk): Step {
  const { tk, i } = w;
  if (!(tk.word(i) && tk.text(i - 1) === '-' && tk.glued(i) && tk.glued(i - 1) && tk.word(i - 2))) return NOT_MINE;
  w.i--;
  return READ;
}

/** Hyphenated adjective: "AI-focused", "state-of-the-art", "second-largest". */
export function readHyphenatedWord(w: PhraseWalk): Step {
  const { tk, i, p } = w;
  if (!(tk.text(i) === '-' && i > 0 && tk.word(i - 1) && tk.glued(i))) return NOT_MINE;
  let k = i - 1;
  while (k - 1 >= 0 && tk.text(k - 1) === '-' && tk.glued(k)) k -= 2;
  for (let m = k; m < w.hi; m += 2) {
    if (NON_DC_MODIFIERS.has(tk.low(m))) p.nonDc = true;
    if (DC_MODIFIERS.has(tk.low(m))) p.dcModifier = true;
  }
  // "the Meta-owned Kuna data center", "a Google-operated campus": the company runs it.
  const owner = OWNED.test(tk.low(i + 1)) ? operatorEndingAt(w.s, i - 1) : undefined;
  if (owner) p.operator ??= orgBackFrom(w.doc, w.s, tokenIndexAt(tk, owner.start), i - 1);
  w.start = k;
  w.i = k - 1;
  return READ;
}

/** "fifth International Business Exchange (IBX) data center": skip the bracketed abbreviation. */
export function readBrackets(w: PhraseWalk): Step {
  const { tk, s, i, p } = w;
  if (tk.text(i) !== ')') return NOT_MINE;
  let k = i - 1;
  while (k >= 0 && k > i - 5 && tk.text(k) !== '(') k--;
  if (!(k >= 0 && tk.text(k) === '(')) return STOP;
  // "the Asia Pacific (Hanoi) Region": a place in the brackets is where the facility is.
  const close = i;
  p.prePlace ??= s.places.find((pl) => pl.first === k + 1 && pl.last === close - 1 && pl.kind !== 'area') ?? null;
  w.start = k;
  w.i = k - 1;
  // The words of the name stop at an article or a company ("The AWS Mexico (Central) Region").
  while (w.i >= 0 && (nameWordBeforeBrackets(w, w.i) || abbreviationDot(tk, w.i))) {
    w.start = w.i;
    w.i--;
  }
  // An abbreviation that is itself a facility word ("(IBX)") follows its own expansion,
  // which names the kind of building, not this one.
  const headInBrackets = s.heads.some((h) => h.start >= tk.end(k) && h.end <= tk.start(close) && h !== w.hit);
  if (headInBrackets) p.dcModifier = true;
  else if (w.start < k) p.name ??= w.doc.text.slice(tk.start(w.start), tk.start(k)).trim();
  return READ;
}

function nameWordBeforeBrackets(w: PhraseWalk, x: number): boolean {
  const tk = w.tk;
  return tk.cap(x) && tk.word(x) && !tk.poss(x) && !parseOrdinalAt(tk, x) && !DETERMINERS.has(tk.low(x)) && !w.s.operators.some((h) => h.end === tk.end(x));
}

/** "the Acme Ft. Pierce data center": a short abbreviation with its dot inside a name. */
export function readAbbreviationInName(w: PhraseWalk): Step {
  const { tk, i, p } = w;
  if (!(p.name && !w.s.title && abbreviationDot(tk, i) && !NOT_NAMES.has(tk.low(i - 1)))) return NOT_MINE;
  p.name = `${tk.text(i - 1)}. ${p.name}`;
  w.start = i - 1;
  w.i -= 2;
  return READ;
}

/** "Ste." in "Harbor Ste. Marie": the dot of a short capitalised abbreviation inside a name. */
function abbreviationDot(tk: Tokens, i: number): boolean {
  return tk.text(i) === '.' && tk.glued(i) && tk.has(i - 1) && tk.cap(i - 1) && tk.word(i - 1) && tk.text(i - 1).length <= 3;
}
