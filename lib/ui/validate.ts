/**
 * Validation of the site form with one plain message per field, shown next to that field.
 * Also maps the background's error paths ("place.country", "sources.0.url") back to fields.
 */
import { z } from 'zod';
import { HttpUrl, SiteKind, SiteStatus } from '../catalog/schema';
import { countryByCode } from '../geo/countries';
import { FORM_ERROR, type DraftField, type FieldErrors, type SiteDraft } from './fields';
import { parseMegawatts, parseNumberInput } from './parse-text';
import { SiteSavePayloadSchema, toSavePayload, type SiteSavePayloadInput, type ValidDraft } from './payload';
import type { Operator, Site } from '../catalog/schema';

const optional = (s: string) => (s === '' ? undefined : s);

const limitedText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${what} under ${max.toLocaleString('en-US')} characters` })
    .transform(optional);

const number = (opts: { max: number; integer: boolean; bad: string; tooBig: string; parse?: (s: string) => number }) =>
  z.string().transform((s, ctx) => {
    if (s.trim() === '') return undefined;
    if (/^\s*-/.test(s)) {
      ctx.addIssue('Must not be negative');
      return z.NEVER;
    }
    const n = (opts.parse ?? parseNumberInput)(s);
    if (Number.isNaN(n) || (opts.integer && !Number.isInteger(n))) {
      ctx.addIssue(opts.bad);
      return z.NEVER;
    }
    if (n > opts.max) {
      ctx.addIssue(opts.tooBig);
      return z.NEVER;
    }
    return n;
  });

const megawatts = number({
  max: 100_000,
  integer: false,
  parse: parseMegawatts,
  bad: 'Enter megawatts as a number, e.g. 300 (or 1.2 GW)',
  tooBig: 'More than 100,000 MW: check the unit (1 GW = 1,000 MW)',
});
const gpuCount = number({
  max: 100_000_000,
  integer: true,
  bad: 'Enter a whole number of GPUs, e.g. 100000',
  tooBig: 'More than 100 million GPUs: check the number',
});

function isPartialDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  const month = m[2] ? Number(m[2]) : 1;
  const day = m[3] ? Number(m[3]) : 1;
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
const partialDate = z
  .string()
  .trim()
  .refine((s) => s === '' || isPartialDate(s), { error: 'Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2026-03' })
  .transform(optional);

export const DraftSchema = z.object({
  id: z.string().optional(),
  name: z
    .string()
    .trim()
    .min(1, { error: 'Give the site a name' })
    .max(200, { error: 'Keep the name under 200 characters' }),
  kind: z.enum(SiteKind.options, { error: 'Choose a kind' }),
  operator: z
    .string()
    .trim()
    .min(1, { error: "Choose an operator, or type a new operator's name" })
    .max(200, { error: "Keep the operator's name under 200 characters" }),
  city: limitedText(120, 'the city'),
  admin: limitedText(120, 'the state or province'),
  country: z
    .string()
    .trim()
    .refine((s) => s === '' || countryByCode(s) !== undefined, { error: 'Choose a country from the list' })
    .transform((s) => optional(s.toUpperCase())),
  status: z.enum(SiteStatus.options, { error: 'Choose a status' }),
  plannedMW: megawatts,
  operationalMW: megawatts,
  plannedGpus: gpuCount,
  gpus: gpuCount,
  investment: limitedText(200, 'the investment'),
  announced: partialDate,
  groundbreaking: partialDate,
  opened: partialDate,
  expected: partialDate,
  sourceUrl: z
    .string()
    .trim()
    .refine((s) => s === '' || HttpUrl.safeParse(s).success, { error: 'Enter a link that starts with http:// or https://' })
    .transform(optional),
  sourceTitle: z.string().trim().transform((s) => optional(s.slice(0, 300))),
  sourceTitleUrl: z.string().trim(),
  notes: limitedText(4000, 'notes'),
});

const FIELD_BY_PATH: ReadonlyArray<[RegExp, DraftField]> = [
  [/^name$/, 'name'],
  [/^kind$/, 'kind'],
  [/^(operator|operatorIds|newOperatorNames)(\.|$)/, 'operator'],
  [/^status$/, 'status'],
  [/^(place\.)?city$/, 'city'],
  [/^(place\.)?admin$/, 'admin'],
  [/^(place\.)?country$/, 'country'],
  [/^(capacity\.)?plannedMW$/, 'plannedMW'],
  [/^(capacity\.)?operationalMW$/, 'operationalMW'],
  [/^(gpus\.plannedCount|plannedGpus)$/, 'plannedGpus'],
  [/^gpus(\.count)?$/, 'gpus'],
  [/^investment(\.text)?$/, 'investment'],
  [/^(dates\.)?announced$/, 'announced'],
  [/^(dates\.)?groundbreaking$/, 'groundbreaking'],
  [/^(dates\.)?opened$/, 'opened'],
  [/^(dates\.)?expected$/, 'expected'],
  [/^(sources(\.\d+)?(\.url)?|sourceUrl)$/, 'sourceUrl'],
  [/^notes$/, 'notes'],
];

/** The form field an error path belongs to; errors about anything else go to the form as a whole. */
export function fieldForPath(path: string | ReadonlyArray<PropertyKey>): DraftField | typeof FORM_ERROR {
  const key = typeof path === 'string' ? path : path.map(String).join('.');
  return FIELD_BY_PATH.find(([re]) => re.test(key))?.[1] ?? FORM_ERROR;
}

/** First message per field wins: one clear instruction beats a list. */
export function errorsByField(issues: ReadonlyArray<{ path: string | ReadonlyArray<PropertyKey>; message: string }>): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = fieldForPath(issue.path);
    const where = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    errors[field] ??= field === FORM_ERROR && where ? `${where}: ${issue.message}` : issue.message;
  }
  return errors;
}

export type ValidationResult = { ok: true; payload: SiteSavePayloadInput } | { ok: false; errors: FieldErrors };

/**
 * Checks a draft and builds the `site.save` payload. `base` is the stored site when editing, so
 * fields the form does not show are kept.
 */
export function validateDraft(draft: SiteDraft, operators: ReadonlyArray<Pick<Operator, 'id' | 'name' | 'aliases'>>, base?: Site): ValidationResult {
  const parsed = DraftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, errors: errorsByField(parsed.error.issues) };
  const payload = toSavePayload(parsed.data as ValidDraft, operators, base);
  // The stored-site rules are the last word (e.g. an alias kept from an older record).
  const checked = SiteSavePayloadSchema.safeParse(payload);
  if (!checked.success) return { ok: false, errors: errorsByField(checked.error.issues) };
  return { ok: true, payload };
}
