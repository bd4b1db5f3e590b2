/**
 * "The Chinese company said its Tokyo data center …", "The hyperscaler said its …": a subject
 * that describes a company instead of naming it refers to a company named earlier, and the
 * description says which when the article names several: the catalog knows each operator's
 * kind (cloud, colocation, AI lab, telecom) and home country. Only the catalog's facts are
 * used, never a list of companies: "the search giant" says nothing the catalog knows.
 */
import type { Doc, Hit, Sentence } from '../context';
import { DEMONYMS } from '../data/regions';
import { previousSentence } from '../sentences';
import { ANAPHOR_NOUNS, clauseStart, orgOfHit, type Org } from './operator';

/** What a description asks of a company: its home country and one of its kinds. */
interface Described {
  country: string;
  kinds: readonly string[];
}

const CLOUD = ['hyperscale_cloud'];
/** Words of a company's trade, and the catalog kinds they describe. */
const TRADE_KINDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['hyperscaler', CLOUD],
  ['hyperscale', CLOUD],
  ['cloud', CLOUD],
  ['colocation', ['colocation']],
  ['colo', ['colocation']],
  ['telecom', ['telecom']],
  ['telco', ['telecom']],
  ['carrier', ['telecom']],
  ['ai', ['ai_lab']],
]);

const COUNTRY_OF_DEMONYM: ReadonlyMap<string, string> = new Map([
  ...DEMONYMS.map(([name, code]): [string, string] => [name.toLowerCase(), code]),
  ['u.s.', 'US'],
  ['us', 'US'],
  ['uk', 'GB'],
  ['u.k.', 'GB'],
]);


/**
 * The description of sentence s's subject when it opens with "the" and says a country or a
 * trade ("The Chinese company", "The U.S. cloud giant", "The hyperscaler"), else null.
 */
function descriptionAt(s: Sentence, from: number): Described | null {
  const tk = s.toks;
  if (tk.low(from) !== 'the') return null;
  let country = '';
  let kinds: readonly string[] = [];
  for (let k = from + 1; k < Math.min(tk.length, from + 6); k++) {
    const low = tk.low(k);
    // "the two-term U.S. firm": a word joined by hyphens describes too.
    if (tk.text(k) === '-' && tk.glued(k)) continue;
    const two = `${low} ${tk.low(k + 1)}`;
    if (COUNTRY_OF_DEMONYM.has(two)) {
      country = COUNTRY_OF_DEMONYM.get(two)!;
      k++;
      continue;
    }
    if (COUNTRY_OF_DEMONYM.has(low) && tk.cap(k)) country = COUNTRY_OF_DEMONYM.get(low)!;
    else if (TRADE_KINDS.has(low)) kinds = TRADE_KINDS.get(low)!;
    // "the hyperscaler" is its own noun.
    // The noun that made the subject a reference (operator.ts's ANAPHOR_NOUNS) ends the description.
    if (ANAPHOR_NOUNS.has(low)) return country || kinds.length ? { country, kinds } : null;
    if (!tk.word(k)) return null;
  }
  return null;
}

const overlaps = (a: Hit, b: Hit) => a.start < b.end && b.start < a.end;

function fits(doc: Doc, op: number, want: Described): boolean {
  const ops = doc.index.operators;
  return (!want.country || ops.countries.at(op) === want.country) && (!want.kinds.length || want.kinds.includes(ops.kinds.at(op)!));
}

/**
 * The company sentence s's described subject refers to: the last one named in the ten sentences
 * before (within three paragraphs: a description that fits reaches further back than "the
 * company" does) that fits the description. Undefined when the subject describes no country or
 * trade or two companies of one sentence fit it, null when no company named before fits.
 */
export function describedCompany(doc: Doc, s: Sentence): Org | null | undefined {
  const want = descriptionAt(s, clauseStart(s.toks));
  if (!want) return undefined;
  let cur: [number, number] | null = [s.start, s.end];
  let breaks = 0;
  for (let n = 0; n < 10; n++) {
    const prevStart = cur[0];
    cur = previousSentence(doc.text, cur[0]);
    if (!cur) return null;
    if (/\n\s*\n/.test(doc.text.slice(cur[1], prevStart)) && ++breaks > 3) return null;
    const prev = doc.sentenceAt(cur[0]);
    const fitting = prev.operators.filter((o) => fits(doc, o.ref, want));
    if (!fitting.length) continue;
    // "Facebook and Google … The US giant said": two companies of the sentence fit, neither is meant more.
    if (fitting.some((o) => o.ref !== fitting[0].ref && !overlaps(o, fitting[0]))) return undefined;
    // Of names at one place, the longest ("Alibaba Cloud", not "Alibaba").
    return orgOfHit(doc, fitting.reduce((a, b) => (b.end - b.start > a.end - a.start ? b : a)));
  }
  return null;
}
