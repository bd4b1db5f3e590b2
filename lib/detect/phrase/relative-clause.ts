/**
 * A relative clause right after a phrase that says who builds or runs the facility: "the Kuna data
 * center, which Meta first proposed in 2023", "a new data center that Kestrel is developing in Lubbock".
 */
import type { Doc, Sentence } from '../context';
import { orgAt, type Org } from '../facts/operator';
import type { Tokens } from '../tokens';
import { NOT_NAMES } from '../vocab';

const BUILDS_OR_RUNS = /^(?:build|builds|building|built|develop|develops|developing|developed|construct|constructs|constructing|constructed|plan|plans|planning|planned|open|opens|opening|opened|operate|operates|operating|operated|run|runs|running|propose|proposes|proposing|proposed)$/;

/** The verb of a relative clause at j ("that Kestrel is developing", "it is building") that builds or runs a facility, or -1. */
export function relativeClauseVerb(tk: Tokens, j: number): number {
  let k = j;
  if (/^(?:that|which)$/.test(tk.low(k))) k++;
  else if (!/^(?:it|they|we)$/.test(tk.low(k)) && !(tk.cap(k) && tk.word(k))) return -1;
  for (let n = 0; n < 6 && tk.has(k); n++, k++) {
    if (!tk.word(k)) return -1;
    if (BUILDS_OR_RUNS.test(tk.low(k))) return k;
  }
  return -1;
}

/** "that Novva is developing": capitalised words from `first` up to an auxiliary or the verb at v, as a company the catalog may not know. */
export function capitalisedRun(doc: Doc, tk: Tokens, first: number, v: number): Org | null {
  let k = first;
  while (k < v && tk.cap(k) && tk.word(k) && !NOT_NAMES.has(tk.low(k))) k++;
  if (k === first || !(k === v || /^(?:is|are|was|were|has|have|had|will|would|plans|plan)$/.test(tk.low(k)))) return null;
  return { text: doc.text.slice(tk.start(first), tk.end(k - 1)), ops: [], start: tk.start(first), end: tk.end(k - 1) };
}

const RUNS_IT = /^(?:proposed|proposes|operates|operated|runs|ran|owns|owned|built|builds|developed|develops|opened|opens|acquired|bought|planned|plans|announced)$/;

/**
 * "the Kuna data center, which Meta first proposed in 2023", "the Cheyenne data center that
 * Microsoft operates": a company that a relative clause right after the phrase says runs it.
 */
export function companyOfRelativeClause(doc: Doc, s: Sentence, k: number): Org | null {
  const tk = s.toks;
  if (tk.has(k) && tk.text(k) === ',') k++;
  if (!tk.has(k)) return null;
  // "the Henrico data center Lumen runs": the clause may go without its "that", the verb then right after the company.
  const bare = !/^(?:that|which)$/.test(tk.low(k));
  if (bare && tk.text(k - 1) === ',') return null;
  const at = bare ? k : k + 1;
  const org = s.operators.some((h) => h.start === tk.start(at)) ? orgAt(doc.text, s, at) : null;
  if (!org) return null;
  let v = at;
  while (v < tk.length && tk.start(v) < org.end) v++;
  if (!bare && /^(?:first|originally|already|now|still|once|later|recently|has|had|have)$/.test(tk.low(v))) v++;
  return tk.has(v) && RUNS_IT.test(tk.low(v)) ? org : null;
}
