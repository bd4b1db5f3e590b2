/**
 * Clauses of a roundup sentence: "Kestrel broke ground on a 20MW site in Nairobi, while Vrelo
 * opened one in Lagos and Nimbus said its Accra campus would double to 60MW" is three clauses,
 * each about its own facility. Token indexes only; no text is read.
 */
import type { Tokens } from './tokens';
import { SUBJECT_VERBS } from './facts/operator';

const ALWAYS_JOINS = /^(?:while|whereas|meanwhile)$/;

/** True when token k starts a new clause: ";", "while", "whereas", or "and"/"but" before "<Company> <verb>". */
export function clauseJoinAt(tk: Tokens, k: number): boolean {
  if (tk.text(k) === ';') return true;
  const low = tk.low(k);
  if (ALWAYS_JOINS.test(low)) return true;
  if (low !== 'and' && low !== 'but') return false;
  // ", and will have 100MW" goes on about the same subject; "and Nimbus said" starts its own clause.
  if (!tk.cap(k + 1)) return false;
  for (let v = k + 2; v < Math.min(tk.length, k + 6); v++) if (SUBJECT_VERBS.test(tk.low(v)) && !tk.cap(v)) return true;
  return false;
}

/** [from, to], the token range of the clause holding tokens first..last. */
export function clauseAround(tk: Tokens, first: number, last: number): [number, number] {
  let from = first;
  while (from > 0 && !clauseJoinAt(tk, from - 1)) from--;
  let to = last;
  while (to + 1 < tk.length && !clauseJoinAt(tk, to + 1)) to++;
  return [from, to];
}
