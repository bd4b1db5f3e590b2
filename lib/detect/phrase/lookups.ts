/**
 * The sentence's places and companies as a phrase's walk asks for them, by token: a place that
 * starts or ends at one, a company that ends at one, and a company's whole name.
 */
import type { Doc, Hit, PlaceSpan, Sentence } from '../context';
import { tokenIndexAt } from '../context';
import { orgAt, type Org } from '../facts/operator';
import type { Tokens } from '../tokens';
import { NOT_NAMES, PREMODIFIERS } from '../vocab';

export function placeStartsAt(s: Sentence, i: number): boolean {
  return s.places.some((p) => p.first === i);
}

/** The first of the sentence's places whose last token is i. */
export function placeEndingAt(s: Sentence, i: number): PlaceSpan | undefined {
  for (const pl of s.places) if (pl.last === i) return pl;
  return undefined;
}

/** The first of the sentence's company hits whose last token is i. */
export function operatorEndingAt(s: Sentence, i: number): Hit | undefined {
  const tk = s.toks;
  for (const h of s.operators) if (tokenIndexAt(tk, h.end - 1) === i) return h;
  return undefined;
}

/** The first of the capitalised words that end with the possessive at i ("Kestrel Hosting's"). */
export function companyStart(tk: Tokens, i: number): number {
  let f = i;
  while (f > 0 && i - f < 4 && tk.cap(f - 1) && tk.word(f - 1) && !tk.poss(f - 1) && !NOT_NAMES.has(tk.low(f - 1)) && !PREMODIFIERS.has(tk.low(f - 1))) f--;
  return f;
}

/** An org whose last token is `last`, extended left over capitalised words ("Amazon Web Services"). */
export function orgBackFrom(doc: Doc, s: Sentence, first: number, last: number): Org {
  const tk = s.toks;
  const org = orgAt(doc.text, s, first);
  if (org && org.end >= tk.start(last) + tk.text(last).length - 1) return org;
  const start = tk.start(first);
  const end = tk.start(last) + tk.text(last).length;
  const ops = s.operators.filter((h) => h.start >= start && h.end <= end).map((h) => h.ref);
  return { text: doc.text.slice(start, end), ops, start, end };
}
