/**
 * Admin areas are written both ways, in the data and in news: "TX" and "Texas", "VA" and
 * "Virginia". A place's admin area is findable under each spelling. The table of names and postal
 * codes is the detector's gazetteer (lib/detect/data/regions.ts), so both sides agree.
 */
import { REGION_ROWS } from '../detect/data/regions';
import { textKey } from './text-key';

/** `${country}:${key}` → the other spellings' keys. */
const SPELLINGS = new Map<string, string[]>();
for (const row of REGION_ROWS) {
  if (row.kind !== 'admin' || !row.code) continue;
  const names = [row.name, row.name.replace(/ State$/, ''), ...(row.aliases ?? []), row.code].map(textKey);
  const unique = [...new Set(names)];
  for (const k of unique) SPELLINGS.set(`${row.country}:${k}`, unique);
}

/** Keys under which an admin area is found: "TX" (US) → ["texas", "tx"]. */
export function adminKeys(admin: string, country: string | undefined): string[] {
  const key = textKey(admin);
  if (!key) return [];
  return SPELLINGS.get(`${country ?? 'US'}:${key}`) ?? [key];
}
