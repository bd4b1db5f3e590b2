/**
 * A facility's company stated after it in its own sentence, where a code name opens the sentence
 * and no company comes before it: a predicate possessive ("Project Tundra, a 600 MW campus near
 * Cloquet, is Google's, filings show") or the company reporting on it at the sentence's end
 * ("Project Osprey will be a 600 MW campus in Salina, Meta said"), also through its person ("…, a
 * Meta spokesperson said", "…, said Jane Doe, a Meta vice president").
 */
import { tokenIndexAt } from './context';
import type { Draft } from './draft';
import type { Doc } from './context';
import { orgAt, type Org } from './facts/operator';

const COPULA = /^(?:is|was|will|would|remains)$/;
const REPORTS = /^(?:said|says|announced|confirmed|disclosed|stated|told)$/;
/** What may follow "OP said" before the sentence ends: a time, "in a statement", a source. */
const REPORT_TAIL = /^(?:\s+(?:on|in|last|this|late|early|earlier|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|a|an|the|statement|filing|filings|release|news|press|week|month|year|investors|analysts|reporters|shareholders|officials|regulators|lawmakers|\w+day)\b)*\s*[.!]?["”’]?\s*$/i;

/** The token after the mention and an appositive set off by commas (", a 600 MW campus near Cloquet,"), or -1. */
function afterAppositive(d: Draft): number {
  const tk = d.sentence.toks;
  const k = tokenIndexAt(tk, d.end - 1) + 1;
  if (tk.text(k) !== ',') return k;
  let j = k + 1;
  while (j < tk.length && j - k < 24 && tk.text(j) !== ',' && tk.text(j) !== ';') j++;
  return tk.text(j) === ',' ? j + 1 : -1;
}

/** The mention is what its sentence says something is: "X is …", "X will be …". */
function copulaAt(d: Draft, k: number): boolean {
  const tk = d.sentence.toks;
  if (k < 0 || !COPULA.test(tk.low(k))) return false;
  return (tk.low(k) !== 'will' && tk.low(k) !== 'would') || tk.low(k + 1) === 'be';
}

/** "…, is Google's, filings show": the possessive predicate after the mention (and its appositive). */
function possessivePredicate(doc: Doc, d: Draft): Org | null {
  const s = d.sentence;
  const tk = s.toks;
  let k = afterAppositive(d);
  if (!copulaAt(d, k)) return null;
  k++;
  if (tk.low(k - 1) === 'will' || tk.low(k - 1) === 'would') {
    if (tk.low(k) !== 'be') return null;
    k++;
  }
  const org = orgAt(doc.text, s, k);
  if (!org) return null;
  const last = tokenIndexAt(tk, org.end - 1);
  // "is Google's, filings show", "is Meta's." — the company's alone, not "is Google's largest campus".
  if (!tk.poss(last) || (tk.has(last + 1) && tk.word(last + 1))) return null;
  return plain(org);
}

/**
 * "Project Osprey will be a 600 MW campus in Salina, Meta said.": a company saying what the facility
 * is, at the sentence's end, when the sentence names no company before it ("A data center in Salina
 * will strain the grid, the utility said" says what it does, not what it is). A catalog company
 * reporting what the facility does is its own ("The Kuna data center will add 40 MW next year,
 * Meta said on Monday", "…, according to Meta"): a utility or a county the catalog does not list as
 * an operator is not taken that way.
 */
function reportingCompany(doc: Doc, d: Draft, catalogOnly: boolean): Org | null {
  const s = d.sentence;
  const tk = s.toks;
  const says = copulaAt(d, afterAppositive(d));
  let comma = -1;
  for (let i = tk.length - 1; i >= 0 && tk.start(i) >= d.end; i--) {
    if (tk.text(i) === ',') {
      comma = i;
      break;
    }
  }
  if (comma < 0) return null;
  // "… is full,” Google said": the quote closes after the comma.
  let k = comma + 1;
  if (QUOTE.test(tk.text(k))) k++;
  const spoken = speakerAt(doc, d, k) ?? speakerAfterSaid(doc, d);
  if (!spoken) return null;
  const { org, tail } = spoken;
  if (tail < 0 || !REPORT_TAIL.test(doc.text.slice(tail, s.end))) return null;
  if ((!says || catalogOnly) && org.ops.length === 0) return null;
  // Another company in the sentence (a possessive, a subject, a partner) speaks for the facility first.
  if (s.operators.some((o) => o.start < org.start)) return null;
  return org;
}

type Spoken = { org: Org; tail: number };

/** At most this many words name a speaker ("Jane Porter") or a role ("vice president"). */
const SPEAKER_WORDS = 3;

/**
 * The company that reports from token k: "Meta said", "according to Meta", "a Meta spokesperson
 * said", "Meta's Jane Doe said". `tail` is where what may follow the report starts.
 */
function speakerAt(doc: Doc, d: Draft, k: number): Spoken | null {
  const s = d.sentence;
  const tk = s.toks;
  const according = tk.low(k) === 'according' && tk.low(k + 1) === 'to';
  if (according) k += 2;
  const described = /^(?:a|an)$/.test(tk.low(k));
  if (described) k++;
  const org = orgAt(doc.text, s, k);
  if (!org) return null;
  let verb = tokenIndexAt(tk, org.end - 1) + 1;
  if (according && !described) return { org, tail: tk.end(verb - 1) };
  if (described) {
    // "a Google spokesperson said", "according to a Meta filing": the company's person or paper.
    const from = verb;
    while (verb < from + SPEAKER_WORDS && tk.word(verb) && !tk.cap(verb) && !REPORTS.test(tk.low(verb))) verb++;
    if (verb === from) return null;
    if (according) return { org, tail: tk.end(verb - 1) };
  } else if (tk.poss(verb - 1)) {
    // "Meta's Jane Doe said": the company's person, named.
    const from = verb;
    while (verb < from + SPEAKER_WORDS && tk.word(verb) && tk.cap(verb)) verb++;
    if (verb === from) return null;
  }
  return REPORTS.test(tk.low(verb)) ? { org: plain(org), tail: tk.end(verb) } : null;
}

/**
 * '"…," said Meta.', "…, said Jane Doe, a Meta vice president.", '"…," said Meta, which opened it
 * in 2019.': the company after an inverted "said", itself or as the speaker's employer.
 */
function speakerAfterSaid(doc: Doc, d: Draft): Spoken | null {
  const s = d.sentence;
  const tk = s.toks;
  let k = tokenIndexAt(tk, d.end - 1) + 1;
  while (k < tk.length && !(tk.text(k) === ',' && /^(?:said|says)$/.test(tk.low(QUOTE.test(tk.text(k + 1)) ? k + 2 : k + 1)))) k++;
  if (k >= tk.length) return null;
  k += QUOTE.test(tk.text(k + 1)) ? 3 : 2;
  const org = orgAt(doc.text, s, k);
  if (org) {
    const next = tokenIndexAt(tk, org.end - 1) + 1;
    // "said Meta, which opened it in 2019": a relative clause about the company ends the sentence.
    if (tk.text(next) === ',' && /^(?:which|who)$/.test(tk.low(next + 1))) return { org, tail: s.end };
    return { org, tail: tk.end(next - 1) };
  }
  // "said Jane Doe, a Meta vice president": a name, then the company the appositive gives.
  const from = k;
  while (k < from + SPEAKER_WORDS && tk.word(k) && tk.cap(k)) k++;
  if (k === from || tk.text(k) !== ',') return null;
  const employer = speakerRole(doc, d, k + 1);
  return employer ? { org: employer, tail: s.end } : null;
}

/** ", a Meta vice president." / ", Meta's head of data centers.": the employer in a speaker's appositive that ends the sentence. */
function speakerRole(doc: Doc, d: Draft, k: number): Org | null {
  const s = d.sentence;
  const tk = s.toks;
  if (/^(?:a|an|the)$/.test(tk.low(k))) k++;
  const org = orgAt(doc.text, s, k);
  if (!org) return null;
  let j = tokenIndexAt(tk, org.end - 1) + 1;
  const from = j;
  while (j < tk.length && tk.word(j) && !tk.cap(j)) j++;
  if (j === from || (tk.has(j) && !/^[.!"”’]$/.test(tk.text(j)))) return null;
  return plain(org);
}

/** "Meta's" as the company's name: the possessive's ending off its text and its span. */
function plain(org: Org): Org {
  const text = org.text.replace(/['’]s?$/, '');
  return text.length === org.text.length ? org : { ...org, text, end: org.end - (org.text.length - text.length) };
}

const QUOTE = /^["”’“‘]$/;
/** What may open the sentence before the mention: an article, a quote mark, or "its" (then only a catalog company reports). */
const OPENING = /^["“‘']?(?:(the|a|an)|(its|their))?$/i;

/** The company stated after the mention, for a mention that opens its sentence. */
export function ownerStatedAfter(doc: Doc, d: Draft): Org | null {
  const opening = OPENING.exec(doc.text.slice(d.sentence.start, d.start).trim());
  if (!opening) return null;
  const pronoun = !!opening[2];
  return (pronoun ? null : possessivePredicate(doc, d)) ?? reportingCompany(doc, d, pronoun);
}
