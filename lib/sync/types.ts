/**
 * Types shared by the sync modules (format, CSV, merge, apply). Kept apart so each of those can
 * change without the others importing its internals.
 */
import type { Operator, Sighting, Site } from '../catalog/schema';

/** The three record collections that travel between machines, in export order. */
export const COLLECTIONS = ['operators', 'sites', 'sightings'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A whole catalog, or any part of one, as plain records. */
export interface Catalog {
  operators: readonly Operator[];
  sites: readonly Site[];
  sightings: readonly Sighting[];
}

export interface RecordIssue {
  /** Where in the record: "sources[0].url", "place.lat"; for CSV rows, the column name. */
  path: string;
  message: string;
  /** What the field should hold, e.g. "a number", "one of \"a\", \"b\"". */
  expected?: string;
  /** What the file held there, e.g. `the text "12"`. */
  received?: string;
}

/** A record that was refused, with every reason found (not only the first). */
export interface InvalidRecord {
  collection: CollectionName;
  /** Position in the file's list (0-based); absent when the merge refused an already valid record. */
  index?: number;
  /** CSV only: the spreadsheet row number (the header is row 1). */
  row?: number;
  /** The record's id when it had a readable one, shortened for display. */
  id?: string;
  issues: RecordIssue[];
}

/** Records read from a file, already validated, plus the ones that were refused. */
export interface IncomingCatalog extends Catalog {
  invalid: readonly InvalidRecord[];
}

/** One readable line per refused record, e.g. `sites[3] (id "x"): sources[0].url: must be an http(s) URL`. */
export function describeInvalid(r: InvalidRecord): string {
  const where = r.row !== undefined ? `row ${r.row}` : r.index !== undefined ? `${r.collection}[${r.index}]` : r.collection;
  const id = r.id !== undefined ? ` (id "${r.id}")` : '';
  const what = r.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  return `${where}${id}: ${what}`;
}

/** Ids in messages come from untrusted files: keep them short and printable. */
export function displayId(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length === 0) return undefined;
  // eslint-disable-next-line no-control-regex
  const printable = value.replace(/[\u0000-\u001f\u007f]/g, '?');
  return printable.length > 80 ? `${printable.slice(0, 77)}…` : printable;
}
