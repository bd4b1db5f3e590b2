/**
 * The company a request comes from: "The county received a site plan from Cologix for land in
 * Ashburn, where the company wants to build a 36 MW data center". Council and planning news names
 * the applicant after "from"; the facility the request is for is the applicant's, whoever the
 * sentence's subject is (a county, a board, a utility).
 */
import type { Sentence } from '../context';
import { orgAt, type Org } from './operator';

const REQUEST = /^(?:plan|plans|application|applications|request|requests|proposal|proposals|permit|permits|bid|bids|petition|petitions|filing|filings|submission|submissions)$/;

/** The company named right after "REQUEST from" before `pos` in sentence s, or null. */
export function applicantBefore(text: string, s: Sentence, pos: number): Org | null {
  const tk = s.toks;
  for (let k = 1; k + 1 < tk.length && tk.start(k) < pos; k++) {
    if (tk.low(k) !== 'from' || !REQUEST.test(tk.low(k - 1))) continue;
    const org = orgAt(text, s, k + 1);
    if (org && org.end <= pos) return org;
  }
  return null;
}
