/** Small parsers for what people type into the form and what the detector leaves as text. */

/**
 * "1200", "1,200", "1 200", "1.5" and "1,5" (a decimal comma) → number; anything else → NaN.
 * A comma followed by exactly three digits is a thousands separator, as English news writes it.
 */
export function parseNumberInput(raw: string): number {
  const s = raw.trim().replace(/[\s\u00a0_]/g, '');
  if (s === '') return NaN;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^(\d+(\.\d*)?|\.\d+)$/.test(s)) return Number(s);
  return NaN;
}

/** Megawatts as typed: "300", "300 MW", "1.8 GW" (→ 1800), "1,200MW". NaN when unreadable. */
export function parseMegawatts(raw: string): number {
  const m = /^\s*(.*?)\s*(mw|gw)?\s*$/i.exec(raw);
  if (!m) return NaN;
  const n = parseNumberInput(m[1]);
  return m[2]?.toLowerCase() === 'gw' ? Math.round(n * 1000 * 1000) / 1000 : n;
}

const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20,
};

/** "fifth", "5th", "5", "No. 5" → 5; null when it is not an ordinal. */
export function parseOrdinal(raw: string | null | undefined): number | null {
  if (!raw) return null;
  const s = raw.trim().toLowerCase();
  if (s in ORDINAL_WORDS) return ORDINAL_WORDS[s];
  const m = /^(?:no\.?\s*|#)?(\d{1,4})(?:st|nd|rd|th)?$/.exec(s);
  return m ? Number(m[1]) : null;
}

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_PATTERN = `(${MONTH_NAMES.join('|')}|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\\.?`;
const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(word: string): number {
  const w = word.toLowerCase().replace('.', '');
  return MONTH_NAMES.findIndex((m) => m.startsWith(w.slice(0, 3))) + 1;
}

/**
 * Best-effort ISO partial date from prose: "June 2025" → "2025-06", "30 June 2025" and
 * "June 30, 2025" → "2025-06-30", "by 2027" → "2027". Null when no year is written.
 */
export function parsePartialDate(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const iso = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/.exec(raw);
  if (iso) return iso[3] ? `${iso[1]}-${iso[2]}-${iso[3]}` : `${iso[1]}-${iso[2]}`;
  const year = /\b(19\d{2}|20\d{2})\b/.exec(raw);
  if (!year) return null;
  // Case-sensitive for "May": lower-case "may" is the verb ("may open in 2027").
  const monthRe = new RegExp(`(?:\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?)?\\b${MONTH_PATTERN}(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b)?`, 'gi');
  for (const m of raw.matchAll(monthRe)) {
    if (m[2] === 'may') continue;
    const month = monthNumber(m[2]);
    const dayText = m[3] ?? m[1];
    const day = dayText ? Number(dayText) : null;
    return day && day >= 1 && day <= 31 ? `${year[1]}-${pad(month)}-${pad(day)}` : `${year[1]}-${pad(month)}`;
  }
  return year[1];
}

export type DateField = 'announced' | 'groundbreaking' | 'opened' | 'expected';

/** Which of a site's dates a phrase like "expected online by 2027" is about. */
export function dateFieldFor(phrase: string): DateField {
  if (/\b(broke|breaks|break|breaking)\s+ground\b|\bgroundbreaking\b/i.test(phrase)) return 'groundbreaking';
  if (/\b(opened|went live|came online|launched in)\b/i.test(phrase)) return 'opened';
  if (/\b(by|expected|expects|due|slated|scheduled|will|planned|plans|online|operational|complet\w*|open(s|ing)?|launch(es|ing)?|start(s|ing)?|begin(s|ning)?|finish\w*)\b/i.test(phrase)) return 'expected';
  return 'announced';
}
