/**
 * Facts as the article wrote them, made readable for the card, the popup and the scanner: the
 * detector keeps values as written ("£190m", "Azure"); these add what a reader needs.
 */
import type { MentionFacts } from '../catalog/schema';

const ABBREVIATED = /^(\D{0,4}?)(\d+(?:[.,]\d+)?)\s?(k|m|mn|bn|b|tn)\b(.*)$/i;
const SPELLED: Record<string, string> = { k: 'thousand', m: 'million', mn: 'million', bn: 'billion', b: 'billion', tn: 'trillion' };

/** "£190m" -> "£190m (£190 million)": the amount as written, spelled out once for readers. */
export function spelledAmount(written: string): string {
  const m = ABBREVIATED.exec(written);
  if (!m || m[4].trim().startsWith('(')) return written;
  return `${written} (${m[1]}${m[2]} ${SPELLED[m[3].toLowerCase()]}${m[4]})`;
}

/** "Azure" -> "Azure (Microsoft)": a brand as written, with the company it belongs to. */
export function withCompany(written: string, company: string): string {
  const words = (x: string) => x.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2);
  const w = new Set(words(written));
  return words(company).some((x) => w.has(x)) ? written : `${written} (${company})`;
}

interface FactsOfMention {
  facts: MentionFacts;
  operatorIds: readonly string[];
}

/** A mention's facts as a reader sees them: amounts spelled out, a brand with its company. */
export function readableFacts(m: FactsOfMention, companyName: (operatorId: string) => string | undefined): MentionFacts {
  const f = m.facts;
  const company = m.operatorIds.length === 1 ? companyName(m.operatorIds[0]) : undefined;
  return {
    ...f,
    operator: f.operator && company ? withCompany(f.operator, company) : f.operator,
    investment: f.investment && spelledAmount(f.investment),
  };
}
