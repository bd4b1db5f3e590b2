/**
 * Facility codes ("LD8", "AM7", "TY11", "OSL01", "IAD-669"): operators' own short names for one
 * building. A code alone is ambiguous across operators (XY5 at two companies), so it lives in
 * `site.codes` and the detector pairs it with the site's operator; it is never a free-text alias.
 */
import { normaliseAlias } from './text';
import type { SiteDraft } from './types';

/** Two to four letters, an optional hyphen, one to three digits, an optional letter: "LD8", "OSL01", "IAD-669", "SV5A". */
const CODE = /^[A-Z]{2,4}-?\d{1,3}[A-Z]?$/;

export function isFacilityCode(s: string): boolean {
  return CODE.test(s.trim());
}

/** The code a name ends with, when the rest is the operator's name: "Equinix AM7" -> "AM7". */
export function trailingCode(name: string): string | undefined {
  const last = name.trim().split(/\s+/).at(-1) ?? '';
  return isFacilityCode(last) ? last : undefined;
}

/**
 * Moves code-shaped aliases of buildings and campuses into `codes` (cloud regions keep their
 * region codes as aliases: "us-east-1" is how news names the region itself). Returns the codes moved.
 */
export function moveCodeAliases(site: SiteDraft): string[] {
  if (site.kind === 'region') return [];
  const moved = (site.aliases ?? []).filter(isFacilityCode);
  if (moved.length === 0) return [];
  site.aliases = (site.aliases ?? []).filter((a) => !isFacilityCode(a));
  site.codes = uniqueCodes([...(site.codes ?? []), ...moved]);
  return moved;
}

/** Upper-cased, de-duplicated codes in first-seen order. */
export function uniqueCodes(codes: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const c of codes) {
    const k = normaliseAlias(c).toUpperCase();
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(c.trim().toUpperCase());
  }
  return out;
}
