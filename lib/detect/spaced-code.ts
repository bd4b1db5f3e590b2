/**
 * A facility code set apart by a space ("LHR 17") reads like many other things ("Unit 4", "Row 12",
 * "Gate 3" in capitals); run together or hyphenated ("LHR17", "LHR-17") it does not.
 */
import type { Hit, Sentence } from './context';
import { firstUse } from './cheap-regexp';

/** Capitals, a space, then the number ("LHR 17"; not "Building 7", a name): the spelling that needs more than its operator nearby. */
const spaced = firstUse(() => /^\p{Lu}{1,5}[ \t\u00a0]+\d/u);
const GAP = /^[ \t\u00a0]*$/;
const POSSESSIVE_GAP = /^['’]?s?[ \t\u00a0]*$/;

/** "LHR 17" (not "LHR17", "LHR-17"). */
export function writtenApart(written: string): boolean {
  return spaced().test(written);
}

/**
 * A spaced code is a code beside its head word or right after its own company ("its LHR 17 data
 * center", "Kestrel's LHR 17"); true for any other spelling.
 */
export function spacedCodeAnchored(text: string, s: Sentence, hit: Hit, siteOps: readonly number[]): boolean {
  if (!writtenApart(text.slice(hit.start, hit.end))) return true;
  if (s.heads.some((h) => h.start >= hit.end && GAP.test(text.slice(hit.end, h.start)))) return true;
  return s.operators.some((o) => siteOps.includes(o.ref) && o.end <= hit.start && POSSESSIVE_GAP.test(text.slice(o.end, hit.start)));
}
