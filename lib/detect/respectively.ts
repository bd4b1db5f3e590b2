/**
 * "A's Kuna data center and its Cheyenne data center will add 300 MW and 200 MW, respectively":
 * as many figures as facilities, in the same order. Each facility takes its own figure, where the
 * sentence readers gave each the first (or none).
 */
import { tokenIndexAt, type Sentence } from './context';
import type { Draft } from './draft';
import { findCapacities } from './facts/capacity';
import { findMoney } from './facts/money';

const RESPECTIVELY = /\brespectively\b|,\s*resp\.\s/i;

/** Pairs the sentence's facilities with its figures after them, in order, when it says "respectively". */
export function pairRespectively(text: string, s: Sentence, inSentence: Draft[]): void {
  // One facility per draft: appositions and repeats of one name would count twice.
  const inOrder = [...inSentence].sort((a, b) => a.start - b.start);
  const facilities = inOrder.filter((d, k) => k === 0 || d.start >= inOrder[k - 1].end);
  if (facilities.length < 2 || !RESPECTIVELY.test(text.slice(s.start, s.end))) return;
  const tk = s.toks;
  const after = tokenIndexAt(tk, facilities[facilities.length - 1].end - 1) + 1;
  const caps = findCapacities(tk, after);
  if (caps.length === facilities.length) facilities.forEach((d, k) => (d.facts.capacityMW = caps[k].mw));
  const money = findMoney(text, tk, after);
  if (money.length === facilities.length) facilities.forEach((d, k) => (d.facts.investment = money[k].text));
}
