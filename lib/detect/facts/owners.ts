/**
 * Owners the article names for a company: "Data4 is owned by Brookfield", "EdgeCore, which is owned
 * by Partners Group,", "Bridge Data Centres, backed by Bain Capital,", "Blackstone-owned QTS". A
 * facility the article then gives to the owner ("Brookfield's Hanau campus", "Partners Group's campus
 * in Mesa") is the company's it owns: that company runs it, and the catalog files it so.
 */
import { firstUse } from '../cheap-regexp';
import type { Doc } from '../context';
import type { Org } from './operator';

const OWNER = String.raw`(\p{Lu}[\p{L}&'’.-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}&'’.-]*){0,3})`;
/** After the company: ", which is owned by P", " is owned by P", ", backed by P", ", a subsidiary of P". */
const OWNED_AFTER = firstUse(() => new RegExp(String.raw`^,?\s+(?:(?:which|that)\s+)?(?:is\s+|was\s+|has\s+been\s+|are\s+)?(?:now\s+)?(?:(?:majority|wholly|jointly|partly)[- ])?(?:owned|backed|controlled|acquired)\s+by\s+` + OWNER + '|^,\\s+(?:a|the)\\s+(?:[\\w-]+\\s+)?(?:subsidiary|unit|portfolio company|arm)\\s+of\\s+' + OWNER, 'u'));
/** Before the company: "Blackstone-owned QTS", "Bain Capital-backed Bridge Data Centres". (Made on first use: rare.) */
const OWNED_BEFORE = firstUse(() => new RegExp(String.raw`(?:^|[^\p{L}])` + OWNER + String.raw`-(?:owned|backed|controlled)\s+$`, 'u'));

const maps = new WeakMap<Doc, Map<string, Org>>();

/** Owner (lower case) → the company it owns, as the article states it; made once per article. */
function ownersOf(doc: Doc): Map<string, Org> {
  let map = maps.get(doc);
  if (map) return map;
  map = new Map();
  const text = doc.text;
  for (const h of doc.operators) {
    const after = text.slice(h.end, h.end + 90);
    const before = text.slice(Math.max(0, h.start - 50), h.start);
    if (!/\b(?:owned|backed|controlled|acquired|subsidiary|unit|portfolio|arm)\b/.test(after) && !/-(?:owned|backed|controlled)\s+$/.test(before)) continue;
    const a = OWNED_AFTER().exec(after);
    const b = a ? null : OWNED_BEFORE().exec(before);
    const owner = a ? (a[1] ?? a[2]) : b?.[1];
    if (!owner) continue;
    const key = owner.toLowerCase().replace(/[.,]+$/, '');
    if (!map.has(key)) map.set(key, { text: text.slice(h.start, h.end), ops: [h.ref], start: h.start, end: h.end });
  }
  maps.set(doc, map);
  return map;
}

/** The company an owner named as a facility's company owns, when the article says so; else null. */
export function ownedCompany(doc: Doc, org: Org | null): Org | null {
  if (!org || doc.operators.length === 0) return null;
  const owned = ownersOf(doc).get(org.text.toLowerCase());
  return owned && !owned.ops.some((k) => org.ops.includes(k)) ? owned : null;
}
