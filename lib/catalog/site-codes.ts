/**
 * Facility codes as news writes them. One definition for the detector's lexicon and the
 * resolver, so a code the detector marks is a code the resolver knows.
 */
import { firstUse } from '../detect/cheap-regexp';

/** "TY11", "AZP-2", "LHR 17", "NVA05A": letters, then a number (a building letter may follow). */
const codeParts = firstUse(() => /^(\p{L}{1,5})[-\s]?(\d{1,3}\p{L}?)$/u);

/**
 * The spellings of one catalog code: as stored, run together ("AMS-01" → "AMS01") and set apart
 * ("TY11" → "TY-11", which the matcher and the resolver's keys read like "TY 11"). A one-letter
 * code ("N01") is not set apart: "N 01" is a row of a table, not a building.
 */
export function codeSpellings(code: string): string[] {
  const trimmed = code.trim();
  const m = codeParts().exec(trimmed);
  if (!m) return [trimmed];
  const out = [trimmed];
  const joined = `${m[1]}${m[2]}`;
  if (!out.includes(joined)) out.push(joined);
  const apart = `${m[1]}-${m[2]}`;
  if (m[1].length >= 2 && !out.includes(apart)) out.push(apart);
  return out;
}

/**
 * A code written inside a name: capitals and a number of one or two digits (three are a chip,
 * "GB200", or a road), run together, hyphenated or spaced ("Atlanta
 * ATL12", "ATL1 (Midtown)", "COL 1 (Cologix)", "DFW11 and DFW12"), never part of a longer word, a
 * decimal ("ABCI 3.0"), a building of the code ("MAD1-DC01") or a model ("EC2 P5").
 */
const codeInName = firstUse(() => /(?<![\p{L}\p{N}-])([A-Z]{2,5})[- ]?(\d{1,2}[A-Z]?)(?![\p{L}\p{N}]|[.,]\d|-[\p{L}\p{N}]|\s+[A-Z]+\d)/gu);

/**
 * Letters that number things other than a company's buildings: a plot or a phase ("LOT 22"), a
 * road ("US 2" of "Azure East US 2", "KM 0"), a company's legal form, or the generic "DC 2" every
 * operator has.
 */
const NOT_CODE_LETTERS = new Set(['DC', 'DATA', 'LOT', 'LOTS', 'UNIT', 'BLDG', 'HALL', 'PHASE', 'PARK', 'KM', 'US', 'LLC', 'LP', 'NO', 'ST', 'AT', 'IT', 'TIER', 'ROUTE', 'HWY', 'NVL', 'DGX', 'HGX', 'GPU', 'TPU']);

/** The codes a site's name holds that its code list does not ("Atlanta ATL12" → "ATL12"). */
export function codesInName(name: string, listed: readonly string[] = []): string[] {
  const have = new Set(listed.map(codeKey));
  const out: string[] = [];
  for (const m of name.matchAll(codeInName())) {
    if (NOT_CODE_LETTERS.has(m[1])) continue;
    const code = `${m[1]}${m[2]}`;
    if (have.has(codeKey(code))) continue;
    have.add(codeKey(code));
    out.push(code);
  }
  return out;
}

/**
 * Every code of a site: its listed codes, then those only its name holds. A record sized in GPUs is
 * a machine ("Kestrel Cloud NM1", a cluster): the code in its name is the building that houses it.
 */
export function siteCodes(site: { name: string; codes?: readonly string[]; gpus?: { count?: number } }): string[] {
  const listed = site.codes ?? [];
  return site.gpus?.count ? [...listed] : [...listed, ...codesInName(site.name, listed)];
}

/** One key per code however it is written: "TY-11", "TY 11", "ty11" → "TY11". */
function codeKey(code: string): string {
  return code.replace(/[-\s]/g, '').toUpperCase();
}
