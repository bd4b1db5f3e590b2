/**
 * Ordinals said of a facility rather than in front of it: "… is its seventh site in the region",
 * "KX4, the company's ninth in Leeds", "the third in a series of …". The ordinal follows a
 * possessive or "the" and precedes a facility word, "in", "of" or "such" within a few words.
 */
import type { Sentence } from '../context';
import { spellingTest, type Tokens } from '../tokens';
import { parseOrdinalAt, type ParsedOrdinal } from './ordinal';
import { copulaComplement } from './said-to-be';
import { COMPOUND_NOUNS } from '../vocab';

const OWNER = /^(its|their|our|the|his|her)$/;
/** OWNER, answered once per spelling: it is asked of every token of every sentence read for an ordinal. */
const isOwner = spellingTest((tk, i) => OWNER.test(tk.low(i)));
const FACILITY_WORD = /^(data|datacenter|datacentre|facility|facilities|site|campus|building|centre|center|region|in|of|such|for|to|outside|after|hyperscale|colocation|cloud|ai|new|dc|idc|location|project|one|around|across|within|worldwide|globally|overall|nationally|anywhere)$/;
/** "the first phase", "the second quarter", "the third time": the ordinal counts something else. */
const NOT_FACILITY = /^(phase|quarter|half|time|times|step|stage|round|year|years|tranche|part|day|week|month|wave|batch|floor|level|largest|biggest|place|deal|investment|acquisition|company|firm|operator|country|customer|tenant|ever)$/;

const PART_HEAD = /^(data|datacenter|datacentre|centre|center|hall|halls|building|facility|site)$/;
const WITHIN = /^(at|within|inside|on)$/;

/** "the third hall at its campus", "the first data hall within the site": a part of the larger site counted. */
function partOfLarger(tk: Tokens, from: number): boolean {
  let k = from;
  while (k < tk.length && PART_HEAD.test(tk.low(k))) k++;
  return k > from && k < tk.length && WITHIN.test(tk.low(k));
}

/** "its first data centre call for applications", "the first data center moratorium": the ordinal counts the later noun. */
function modifiesANoun(tk: Tokens, from: number): boolean {
  let k = from;
  if (tk.low(k) === 'data' && /^cent(?:er|re)s?$/.test(tk.low(k + 1))) k += 2;
  else if (/^datacent(?:er|re)s?$/.test(tk.low(k))) k += 1;
  else return false;
  return k < tk.length && tk.word(k) && !tk.glued(k) && COMPOUND_NOUNS.has(tk.low(k));
}

/** Parts a campus is counted in: "Work on the first building starts" is not the campus's ordinal. */
const CAMPUS_PART = /^(building|buildings|hall|halls|tower|towers|block|blocks|module|modules)$/;

/**
 * "The second project on the agenda was a new fire station", "The second project is an expansion
 * of AirTrunk's JHB2": said to be no data center, or a facility named after it, "the second X"
 * counts a list. The clause is read from its words, one space apart.
 */
function countsAList(s: Sentence, tk: Tokens, head: number): boolean {
  let after = '';
  for (let j = head + 1; j < tk.length; j++) after += ' ' + tk.text(j);
  const said = copulaComplement(after);
  return !!said && (!said.dc || s.sites.some((h) => h.start > tk.start(head)));
}

export function predicateOrdinal(s: Sentence, taken: (pos: number) => boolean, ofCampus = false): ParsedOrdinal | null {
  const tk = s.toks;
  for (let i = 1; i < tk.length; i++) {
    if (!isOwner(tk, i - 1) && !tk.poss(i - 1)) continue;
    const ord = parseOrdinalAt(tk, i);
    if (!ord || taken(tk.start(i))) continue;
    const next = ord.last + 1;
    if (next >= tk.length) continue;
    const low = tk.low(next);
    if (NOT_FACILITY.test(low) || (ofCampus && CAMPUS_PART.test(low))) continue;
    if (!FACILITY_WORD.test(low) && !(tk.text(next) === ',' || tk.text(next) === '.')) continue;
    if (partOfLarger(tk, ord.last + 1) || modifiesANoun(tk, next)) continue;
    // "The second project on the agenda was a new fire station": a list's counter, not a facility's ordinal.
    if (tk.low(i - 1) === 'the' && countsAList(s, tk, next)) continue;
    return ord;
  }
  return null;
}
