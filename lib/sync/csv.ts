/**
 * Sites as CSV, for spreadsheets: one row per site, nested facts flattened into columns, lists
 * joined with " | ". CSV holds only part of a site (no source titles, credits, precision, …), so
 * reading a CSV back lays each row over the stored site with that id: columns the file has
 * replace values, everything else is kept.
 */
import { SiteSchema, Timestamp } from '../catalog/schema';
import type { Site, Source } from '../catalog/schema';
import { guardCell, readCsv, unguardCell, writeCsv } from './csv-text';
import { readableIssues } from './issue-text';
import { time } from './merge';
import { isPlainObject } from './record-fields';
import { sameJson } from './stable-json';
import { displayId } from './types';
import type { IncomingCatalog, InvalidRecord, RecordIssue } from './types';

export const CSV_COLUMNS = [
  'id', 'name', 'aliases', 'kind', 'operatorIds', 'status', 'city', 'admin', 'country', 'worldRegion',
  'lat', 'lon', 'operationalMW', 'plannedMW', 'gpus', 'plannedGpus', 'investmentText', 'investmentUsd',
  'announced', 'groundbreaking', 'opened', 'expected', 'regionCode', 'zones', 'sources', 'notes',
  'origin', 'createdAt', 'updatedAt',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Separator of list cells; chosen because it never occurs in URLs or ids and rarely in names. */
export const LIST_SEPARATOR = ' | ';

type Kind = 'text' | 'number' | 'list' | 'sources' | 'bookkeeping';

/** Where each column lives in a Site, and how its cell is read. */
const SPEC: Record<CsvColumn, { path: string; kind: Kind }> = {
  id: { path: 'id', kind: 'bookkeeping' },
  name: { path: 'name', kind: 'text' },
  aliases: { path: 'aliases', kind: 'list' },
  kind: { path: 'kind', kind: 'text' },
  operatorIds: { path: 'operatorIds', kind: 'list' },
  status: { path: 'status', kind: 'text' },
  city: { path: 'place.city', kind: 'text' },
  admin: { path: 'place.admin', kind: 'text' },
  country: { path: 'place.country', kind: 'text' },
  worldRegion: { path: 'place.worldRegion', kind: 'text' },
  lat: { path: 'place.lat', kind: 'number' },
  lon: { path: 'place.lon', kind: 'number' },
  operationalMW: { path: 'capacity.operationalMW', kind: 'number' },
  plannedMW: { path: 'capacity.plannedMW', kind: 'number' },
  gpus: { path: 'gpus.count', kind: 'number' },
  plannedGpus: { path: 'gpus.plannedCount', kind: 'number' },
  investmentText: { path: 'investment.text', kind: 'text' },
  investmentUsd: { path: 'investment.usd', kind: 'number' },
  announced: { path: 'dates.announced', kind: 'text' },
  groundbreaking: { path: 'dates.groundbreaking', kind: 'text' },
  opened: { path: 'dates.opened', kind: 'text' },
  expected: { path: 'dates.expected', kind: 'text' },
  regionCode: { path: 'regionCode', kind: 'text' },
  zones: { path: 'zones', kind: 'number' },
  sources: { path: 'sources', kind: 'sources' },
  notes: { path: 'notes', kind: 'text' },
  origin: { path: 'origin', kind: 'bookkeeping' },
  createdAt: { path: 'createdAt', kind: 'bookkeeping' },
  updatedAt: { path: 'updatedAt', kind: 'bookkeeping' },
};

function getPath(record: object, path: string): unknown {
  let v: unknown = record;
  for (const part of path.split('.')) v = isPlainObject(v) ? v[part] : undefined;
  return v;
}

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let target = record;
  for (const part of parts.slice(0, -1)) {
    if (!isPlainObject(target[part])) target[part] = {};
    target = target[part] as Record<string, unknown>;
  }
  const last = parts[parts.length - 1];
  if (value === undefined) delete target[last];
  else target[last] = value;
}

function cellOf(site: Site, column: CsvColumn): string {
  const { path, kind } = SPEC[column];
  const v = getPath(site, path);
  if (v === undefined || v === null) return '';
  // Numbers are written as numbers: a spreadsheet never runs "-33.9" as a formula.
  if (typeof v === 'number') return String(v);
  if (kind === 'sources') return guardCell((v as Source[]).map((s) => s.url).join(LIST_SEPARATOR));
  if (Array.isArray(v)) return guardCell(v.join(LIST_SEPARATOR));
  return guardCell(String(v));
}

export interface SitesToCsvOptions {
  /** A UTF-8 byte order mark, so Excel reads non-ASCII names correctly. Default true. */
  bom?: boolean;
  /** Soft-deleted sites are left out unless asked for (the CSV has no column to mark them). */
  includeDeleted?: boolean;
}

export function sitesToCsv(sites: readonly Site[], opts: SitesToCsvOptions = {}): string {
  const kept = sites.filter((s) => opts.includeDeleted || s.deletedAt === undefined);
  const sorted = [...kept].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rows = [[...CSV_COLUMNS], ...sorted.map((s) => CSV_COLUMNS.map((c) => cellOf(s, c)))];
  return (opts.bom === false ? '' : '\uFEFF') + writeCsv(rows);
}

export interface CsvImportOptions {
  /** Time of the import: stamps edited and new rows. */
  now: string;
  /** The stored sites, by id: rows with a known id are laid over them. */
  existing?: ReadonlyMap<string, Site>;
}

export type CsvImportResult =
  | {
      ok: true;
      /** Give to planMerge together with `base`: planMerge(current, incoming, { base }). */
      incoming: IncomingCatalog;
      /** The stored versions the rows were laid over: the common ancestor for the merge. */
      base: { sites: Site[] };
      columns: CsvColumn[];
      /** Header cells that are not DC Lens columns; their values are ignored. */
      unknownColumns: string[];
    }
  | { ok: false; message: string };

const NUMBER = /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/;

/** Cell text → value for the Site, or an issue. `undefined` clears the field. */
function readCell(column: CsvColumn, raw: string, previous: unknown): { value: unknown } | { issue: string } {
  const cell = unguardCell(raw.trim()).trim();
  const { kind } = SPEC[column];
  if (kind === 'number') {
    if (cell === '') return { value: undefined };
    if (!NUMBER.test(cell)) return { issue: 'not a number (digits with "." for decimals, no thousands separators)' };
    return { value: Number(cell) };
  }
  if (kind === 'list') return { value: cell === '' ? [] : cell.split('|').map((x) => x.trim()).filter((x) => x !== '') };
  if (kind === 'sources') {
    // Keep what the stored site knows about a URL (title, publisher, date); CSV only has URLs.
    const known = new Map(((previous as Source[] | undefined) ?? []).map((s) => [s.url, s]));
    const urls = cell === '' ? [] : cell.split(/\s+\|\s+/).map((x) => x.trim()).filter((x) => x !== '');
    return { value: urls.map((url) => known.get(url) ?? { url }) };
  }
  return { value: cell === '' ? undefined : cell };
}

/** Zod paths ("place.lat", "sources[0].url") back to the column a person can fix. */
const COLUMN_OF_PATH = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [SPEC[c].path, c]));
function columnOfIssue(path: string): string {
  if (COLUMN_OF_PATH.has(path)) return COLUMN_OF_PATH.get(path)!;
  const top = path.split(/[.[]/)[0];
  const twoLevels = path.split(/[[]/)[0].split('.').slice(0, 2).join('.');
  return COLUMN_OF_PATH.get(twoLevels) ?? COLUMN_OF_PATH.get(top) ?? path;
}

function oneMsAfter(t: string): string {
  return new Date(time(t) + 1).toISOString();
}

/**
 * Reads a sites CSV. Header-driven: columns may come in any order and any subset (`id` is
 * required). Each row is checked on its own; refused rows are listed with row number, column
 * and reason. A row whose id is stored is laid over the stored site; if that changes anything,
 * the result is stamped as a user edit at `now`. A changed row whose `updatedAt` differs from
 * the stored site was edited from an older copy, and is refused rather than undoing later edits.
 */
export function parseSitesCsv(text: string, opts: CsvImportOptions): CsvImportResult {
  if (!Timestamp.safeParse(opts.now).success) throw new RangeError(`parseSitesCsv: now must be an ISO timestamp, got ${opts.now}`);
  const read = readCsv(text);
  if (!read.ok) return { ok: false, message: `Not a readable CSV file: ${read.message}` };
  const [header, ...body] = read.rows;
  if (header === undefined) return { ok: false, message: 'The CSV file is empty.' };
  const byName = new Map<string, CsvColumn>(CSV_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const columns: (CsvColumn | undefined)[] = header.map((h) => byName.get(unguardCell(h.trim()).trim().toLowerCase()));
  const unknownColumns = header.filter((_, i) => columns[i] === undefined).map((h) => h.trim()).filter((h) => h !== '');
  const present = columns.filter((c): c is CsvColumn => c !== undefined);
  const dup = present.find((c, i) => present.indexOf(c) !== i);
  if (dup) return { ok: false, message: `The CSV header names the column "${dup}" twice.` };
  if (!present.includes('id')) return { ok: false, message: 'The CSV has no "id" column; DC Lens needs it to match rows to sites.' };

  const sites: Site[] = [];
  const base: Site[] = [];
  const invalid: InvalidRecord[] = [];
  const firstRow = new Map<string, number>();
  body.forEach((cells, index) => {
    const row = index + 2;
    const issues: RecordIssue[] = [];
    const cellOfColumn = new Map<CsvColumn, string>();
    columns.forEach((c, i) => c !== undefined && cellOfColumn.set(c, cells[i] ?? ''));
    if (cells.length > header.length) issues.push({ path: '', message: `${cells.length} cells but the header has ${header.length}` });
    const id = unguardCell((cellOfColumn.get('id') ?? '').trim()).trim();
    const refuse = (more: RecordIssue[]) => invalid.push({ collection: 'sites', index, row, id: displayId(id), issues: [...issues, ...more] });
    if (id === '') return refuse([{ path: 'id', message: 'is required' }]);
    if (firstRow.has(id)) return refuse([{ path: 'id', message: `duplicate id; first seen in row ${firstRow.get(id)}` }]);
    firstRow.set(id, row);

    const stored = opts.existing?.get(id);
    const draft: Record<string, unknown> = stored ? structuredClone(stored) : { id };
    for (const [column, raw] of cellOfColumn) {
      if (SPEC[column].kind === 'bookkeeping') continue;
      const r = readCell(column, raw, getPath(draft, SPEC[column].path));
      if ('issue' in r) issues.push({ path: column, message: r.issue });
      else setPath(draft, SPEC[column].path, r.value);
    }
    const bookkeeping = (c: CsvColumn) => {
      const cell = unguardCell((cellOfColumn.get(c) ?? '').trim()).trim();
      return cell === '' ? undefined : cell;
    };
    if (stored) {
      if (sameJson(draft, stored) && issues.length === 0) {
        sites.push(stored);
        base.push(stored);
        return;
      }
      const csvUpdatedAt = bookkeeping('updatedAt');
      if (csvUpdatedAt !== undefined && !(Timestamp.safeParse(csvUpdatedAt).success && time(csvUpdatedAt) === time(stored.updatedAt))) {
        issues.push({
          path: 'updatedAt',
          message: `the site changed since this CSV was made (CSV ${csvUpdatedAt}, catalog ${stored.updatedAt}); export a fresh CSV and redo the edit`,
        });
      }
      const stamp = time(opts.now) > time(stored.updatedAt) ? opts.now : oneMsAfter(stored.updatedAt);
      draft.updatedAt = stamp;
      draft.userEditedAt = stamp;
    } else {
      draft.origin = bookkeeping('origin') ?? 'user';
      draft.createdAt = bookkeeping('createdAt') ?? opts.now;
      draft.updatedAt = bookkeeping('updatedAt') ?? opts.now;
    }
    const parsed = SiteSchema.safeParse(draft);
    if (!parsed.success) {
      for (const i of readableIssues(parsed.error, draft)) issues.push({ ...i, path: columnOfIssue(i.path) });
    }
    if (issues.length > 0 || !parsed.success) return refuse([]);
    sites.push(parsed.data);
    if (stored) base.push(stored);
  });
  return {
    ok: true,
    incoming: { operators: [], sites, sightings: [], invalid },
    base: { sites: base },
    columns: present,
    unknownColumns,
  };
}
