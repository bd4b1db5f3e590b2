/**
 * A facility's share beside a larger figure in one sentence: which capacities or GPU counts are
 * the company's total rather than the facility's.
 */
import type { Tokens } from '../tokens';

/** A figure's token range. */
interface Figure {
  first: number;
  last: number;
}

/** Words that make the figure after them a part of a larger one said in the sentence. */
const INCLUDING = /^(?:including|includes|include|included)$/;
const SHARE_VERB = /^(?:accounted|accounting|accounts|account)$/;
const GROUP_TOTAL = /^(?:combined|collective|aggregate|total)$/;
/** Several facilities (not a campus's buildings or halls, whose sum is the campus's own size). */
const SITES = /^(?:sites|facilities|centers|centres|datacenters|datacentres|campuses|locations)$/;
/** The whole a part is "of" when it is the facility's own full size: "36 MW of its planned 300 MW". */
const OWN_WHOLE = /^(?:planned|eventual|ultimate|full|potential|intended|targeted|proposed|total|campus's|site's|facility's|project's|campus’s|site’s|facility’s|project’s)$/;
/** "36 MW of the 300 MW campus": the whole is the size of a facility, the facility's own full size. */
const FACILITY_HEAD = /^(?:campus|facility|site|project|data|datacenter|datacentre|development|build|complex|park|hub|cluster)$/;
const ABOUT = /^(?:about|around|roughly|nearly|almost|some|approximately|over|more|than|just|under|another|a|further|an|additional)$/;

/**
 * The facility's share of a figure said beside it, from earnings and portfolio copy: "delivered 152
 * MW in the quarter, including 36 MW at its Kuna data center", "its C data center added 36 MW of the
 * 152 MW the company delivered", "...; its C data center accounted for 36 MW", "C, one of 20 sites
 * with a combined 2,000 MW, added 36 MW", "Of Meta's 152 MW ..., 36 MW was at its C data center".
 * The larger figure is the company's, not the facility's: it is left out of `caps` (capacities or
 * GPU counts) when the part stays. The mention (its first token `mention`) must be in the part's words for "including" and
 * "accounted for"; "the campus will reach 300 MW, including 100 MW in its first phase" keeps 300.
 */
export function withoutTotals<T extends Figure>(tokens: Tokens, caps: T[], mention: number): T[] {
  if (caps.length < 2) return caps;
  const whole = new Set<T>();
  caps.forEach((p, n) => {
    let k = p.first - 1;
    while (k > 0 && ABOUT.test(tokens.low(k))) k--;
    // "…, including 36 MW at its Kuna data center": the wholes said before it.
    if (INCLUDING.test(tokens.low(k)) && mention > p.last && !breakBetween(tokens, p.last, mention)) for (const c of caps.slice(0, n)) whole.add(c);
    // "its Kuna data center accounted for 36 MW": every other figure is the total it is a share of.
    if (tokens.low(k) === 'for' && SHARE_VERB.test(tokens.low(k - 1)) && mention >= 0 && mention < k) for (const c of caps) if (c !== p) whole.add(c);
    // "36 MW of the 152 MW", "36 MW of Meta's 152 MW", "100,000 GPUs, part of the 1.3 million" (not "of its planned 300 MW").
    const next = caps[n + 1];
    const of = ofAfter(tokens, p.last + 1);
    if (next && of > 0 && next.first - of <= 3 && !ownWhole(tokens, of + 1, next.first) && !FACILITY_HEAD.test(tokens.low(next.last + 1))) whole.add(next);
  });
  // "Of Meta's 152 MW delivered in the quarter, 36 MW was …": the fronted whole (not "Of the 300 MW planned, …").
  const comma = tokens.low(0) === 'of' ? firstComma(tokens) : -1;
  const frontedWhole = comma > 0 && caps.some((p) => p.first > comma) && !ownWhole(tokens, 1, comma);
  for (const c of caps) {
    // "one of 20 sites with a combined 2,000 MW": a group's sum.
    if (GROUP_TOTAL.test(tokens.low(c.first - 1)) && sitesBefore(tokens, c.first - 1)) whole.add(c);
    if (frontedWhole && c.last < comma) whole.add(c);
  }
  const parts = caps.filter((c) => !whole.has(c));
  return parts.length ? parts : caps;
}

/** A clause break (";") between tokens a and b. */
function breakBetween(tokens: Tokens, a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if (tokens.text(k) === ';') return true;
  return false;
}

function ownWhole(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (OWN_WHOLE.test(tokens.low(k)) || (tokens.poss(k) && /^(?:campus|site|facility|project|building)$/.test(tokens.low(k)))) return true;
  return false;
}

function sitesBefore(tokens: Tokens, at: number): boolean {
  for (let k = Math.max(0, at - 4); k < at; k++) if (SITES.test(tokens.low(k))) return true;
  return false;
}

/** The "of" of "N of", "N out of", "N, part of" starting at token k; -1 when none. */
function ofAfter(tokens: Tokens, k: number): number {
  if (tokens.low(k) === 'of') return k;
  if (tokens.low(k) === 'out' && tokens.low(k + 1) === 'of') return k + 1;
  if (tokens.text(k) === ',') k++;
  return /^(?:part|share)$/.test(tokens.low(k)) && tokens.low(k + 1) === 'of' ? k + 1 : -1;
}

function firstComma(tokens: Tokens): number {
  for (let k = 1; k < Math.min(tokens.length, 20); k++) if (tokens.text(k) === ',') return k;
  return -1;
}
