/**
 * Zod's issues as a person reads them: the field, what was expected and what came, e.g.
 * `place.lat`: expected a number, received the text "12". Zod's own wording ("Invalid input:
 * expected number, received string") names types, not the value, and repeats itself on every
 * field; the schemas' own messages ("must be an http(s) URL") are kept, with the value added.
 */
import type { z } from 'zod';
import type { RecordIssue } from './types';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  date: 'a date',
};

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** What a value is, briefly and safely (it comes from an untrusted file). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return `the text ${JSON.stringify(clip(value))}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : 'a number that is not finite';
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

type Issue = z.core.$ZodIssue;

function expectedOf(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? issue.expected;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = small ? (issue as { minimum: number | bigint }).minimum : (issue as { maximum: number | bigint }).maximum;
      const inclusive = issue.inclusive !== false;
      const word = small ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' || issue.origin === 'set' ? ' items' : '';
      return `${word} ${String(bound)}${unit}`;
    }
    case 'invalid_format':
      return issue.format === 'datetime' ? 'a UTC time like 2026-01-31T12:00:00Z' : issue.format === 'regex' ? undefined : `a valid ${issue.format}`;
    default:
      return undefined;
  }
}

/** Our schemas' own messages start lowercase ("must be …"); zod's defaults are capitalised. */
const isOwnMessage = (message: string) => /^[a-z]/.test(message);

export function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

export function readableIssue(issue: Issue, record: unknown): RecordIssue {
  const path = pathText(issue.path);
  if (issue.code === 'unrecognized_keys') return { path, message: `unknown field(s): ${issue.keys.map((k) => clip(k, 40)).join(', ')}` };
  const value = valueAt(record, issue.path);
  const received = describeValue(value);
  const expected = expectedOf(issue);
  if (issue.code !== 'invalid_type' && isOwnMessage(issue.message)) {
    return { path, message: `${issue.message}; received ${received}`, received, ...(expected ? { expected } : {}) };
  }
  if (expected) return { path, message: `expected ${expected}, received ${received}`, expected, received };
  return { path, message: `${issue.message}; received ${received}`, received };
}

export function readableIssues(error: z.ZodError, record: unknown): RecordIssue[] {
  return error.issues.map((i) => readableIssue(i, record));
}
