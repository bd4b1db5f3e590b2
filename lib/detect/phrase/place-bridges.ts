/**
 * The words between a phrase and the place written after it: a participle ("located in", "to be
 * built near", "built by Meta in"), a street address ("on Pine Road in"), the edge of a town ("on the
 * outskirts of"), a district of it ("the Alliance corridor"). Each gives the index where the place
 * phrase begins or ends, or -1.
 */
import type { Doc, Sentence } from '../context';
import { tokenIndexAt } from '../context';
import { orgAt, type Org } from '../facts/operator';
import type { Tokens } from '../tokens';

/** Nouns of a part of a town: "the Alliance corridor", "the Northgate business district". */
const DISTRICT_NOUN = /^(?:corridor|district|park|estate|zone|quarter|precinct|neighbou?rhood)$/;

/** The last token of "<name> [business|industrial|technology] corridor/district/park" after a place ending at `last`, or -1. */
export function districtEnd(tk: Tokens, last: number): number {
  if (DISTRICT_NOUN.test(tk.low(last))) return last;
  for (let k = last + 1; k <= last + 3 && k < tk.length && tk.word(k); k++) if (DISTRICT_NOUN.test(tk.low(k))) return k;
  return -1;
}

const PARTICIPLES = /^(built|located|based|sited|situated|planned|proposed|constructed|developed|rising)$/;
/** The participles that always place ("located in Spain"); progress words ("under construction in") may rank in a country. */
export const PARTICIPLES_OF_PLACE = /^(built|located|based|sited|situated|planned|proposed|constructed|developed)$/;

/**
 * "to be built in", "being built near", "located in", "under construction in", "now rising in",
 * "going up near", "headed to": the index of the preposition, or -1.
 */
export function placeBridge(tk: Tokens, j: number): number {
  let k = j;
  if (tk.low(k) === 'now' || tk.low(k) === 'currently') k++;
  if (tk.low(k) === 'to' && tk.low(k + 1) === 'be') k += 2;
  else if (tk.low(k) === 'being') k++;
  if (tk.low(k) === 'headed' && tk.low(k + 1) === 'to') return k + 1;
  if (tk.low(k) === 'under' && /^(construction|development)$/.test(tk.low(k + 1))) k++;
  else if ((tk.low(k) === 'going' || tk.low(k) === 'coming') && tk.low(k + 1) === 'up') k++;
  else if (tk.low(k) === 'taking' && tk.low(k + 1) === 'shape') k++;
  else if (!PARTICIPLES.test(tk.low(k))) return -1;
  return /^(in|near|at|outside)$/.test(tk.low(k + 1)) ? k + 1 : -1;
}

/** Participles whose "by" names who builds, runs or owns the facility. */
const AGENT_PARTICIPLES = /^(?:built|operated|run|owned|developed|constructed|planned|proposed)$/;

/**
 * "built by Meta in Kuna", "being developed by Kestrel Hosting near Tulsa", "to be operated by
 * Edged in Aurora": the company after "by" and the index of the preposition of place after it.
 */
export function agentBridge(doc: Doc, s: Sentence, j: number): { org: Org; prep: number } | null {
  const tk = s.toks;
  let k = j;
  if (tk.low(k) === 'now' || tk.low(k) === 'currently') k++;
  if (tk.low(k) === 'to' && tk.low(k + 1) === 'be') k += 2;
  else if (tk.low(k) === 'being') k++;
  if (!AGENT_PARTICIPLES.test(tk.low(k)) || tk.low(k + 1) !== 'by' || !tk.cap(k + 2)) return null;
  // A company the lexicon does not know is its capitalised words ("Kestrel Hosting").
  let org = orgAt(doc.text, s, k + 2);
  if (!org) {
    let e = k + 2;
    while (e + 1 < tk.length && e < k + 5 && tk.cap(e + 1) && tk.word(e + 1)) e++;
    org = { text: doc.text.slice(tk.start(k + 2), tk.end(e)), ops: [], start: tk.start(k + 2), end: tk.end(e) };
  }
  const after = tokenIndexAt(tk, org.end - 1) + 1;
  return /^(in|near|outside)$/.test(tk.low(after)) ? { org, prep: after } : null;
}

/** The last word of a street's name. */
const STREET_WORD = /^(road|rd|street|st|way|drive|dr|avenue|ave|boulevard|blvd|lane|ln|highway|hwy|parkway|pkwy|pike|circle|court|ct|place|trail|turnpike|freeway|expressway)$/;
const NUMBERED_ROAD = /^(route|interstate|highway|exit|i|us|sr)$/;

/**
 * "on Pine Road", "at 1200 Innovation Way", "off Route 9", "along Industrial Parkway", "on County
 * Road 12", "near Exit 4 of Interstate 35": the index of an address's last token, or -1.
 */
export function streetEnd(tk: Tokens, j: number): number {
  if (!/^(on|at|off|along|near)$/.test(tk.low(j))) return -1;
  let k = j + 1;
  if (tk.num(k)) k++; // a house number
  let words = 0;
  for (; k < tk.length && words < 5; k++, words++) {
    if (NUMBERED_ROAD.test(tk.low(k)) && tk.cap(k) && tk.num(k + 1)) {
      // "Route 9", "Exit 4 of Interstate 35"
      k++;
      if (tk.low(k + 1) === 'of' && NUMBERED_ROAD.test(tk.low(k + 2)) && tk.num(k + 3)) k += 3;
      return k;
    }
    if (!tk.cap(k) || !tk.word(k)) return -1;
    if (STREET_WORD.test(tk.low(k)) && words > 0) return tk.num(k + 1) ? k + 1 : k;
  }
  return -1;
}

/** "on the outskirts of C", "just outside C", "in unincorporated C": the index of the last word before the town, or -1. */
export function edgeOfTown(tk: Tokens, j: number): number {
  if (tk.low(j) === 'on' && tk.low(j + 1) === 'the' && /^(outskirts|edge|fringes?)$/.test(tk.low(j + 2)) && tk.low(j + 3) === 'of') return j + 3;
  if (tk.low(j) === 'just' && tk.low(j + 1) === 'outside') return j + 1;
  if (tk.low(j) === 'in' && tk.low(j + 1) === 'unincorporated') return j + 1;
  return -1;
}
