/** Small string helpers shared by the seed transforms. */

/** "Stargate Abilene (TX)" -> "stargate-abilene-tx". Ids must match the schema's Id slug. */
/** Letters NFKD does not split into base + accent. */
const FOLD: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'TH', ı: 'i' };

export function foldLetters(s: string): string {
  return s.replace(/[øØæÆœŒßłŁđĐþÞı]/g, (c) => FOLD[c]);
}

export function slugify(s: string, max = 80): string {
  const slug = foldLetters(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/g, '') || 'x';
}

/**
 * The form aliases are compared in: lower case, accents kept, quotes dropped, hyphens and runs of
 * spaces collapsed to one space ("Colossus-2" = "colossus 2", "Lancium’s" = "lanciums").
 */
export function normaliseAlias(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d'"`´]/g, '')
    .replace(/[\s\-\u2010-\u2015_]+/g, ' ')
    .trim();
}

/** Cells joined with " | " in the shared data. */
export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
}

export type Confidence = 'confident' | 'likely' | 'speculative' | 'unknown';

/** Epoch tags names as "Meta (confident)". */
export function parseTagged(cell: string | undefined): { name: string; confidence: Confidence }[] {
  return splitList(cell).map((item) => {
    const m = /^(.*?)\s*\((confident|likely|speculative)\)\s*$/.exec(item);
    return m ? { name: m[1].trim(), confidence: m[2] as Confidence } : { name: item, confidence: 'unknown' };
  });
}

export function httpsUrls(cell: string | undefined): string[] {
  const out: string[] = [];
  for (const raw of splitList(cell)) {
    for (const u of raw.split(/\s+/)) {
      if (!/^https:\/\//i.test(u)) continue;
      try {
        out.push(new URL(u).toString());
      } catch {
        /* not a URL: skip */
      }
    }
  }
  return [...new Set(out)];
}

export function hostOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** Accepts "2025", "2025-06", "2025-06-30"; anything else (typos, free text) gives undefined. */
export function partialDate(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const t = s.trim();
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(t)) return undefined;
  const year = Number(t.slice(0, 4));
  if (year < 1990 || year > 2040) return undefined;
  return t;
}

export function num(s: string | undefined): number | undefined {
  if (s === undefined || s.trim() === '') return undefined;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

/** Great-circle distance in km. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Code-point order: unlike localeCompare it is the same on every machine, so the seed is reproducible. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** 1234567 -> "1,234,567" without depending on the runtime's ICU data. */
export function thousands(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
