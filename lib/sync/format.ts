/**
 * The catalog file: what `Export` writes, what `Import` reads, and what the shipped seed catalog
 * is. One versioned envelope around the records of lib/catalog/schema.ts:
 *
 *   {"format":"dc-lens-catalog","version":1,"exportedAt":ISO,"filter"?:{…},
 *    "operators":[…],"sites":[…],"sightings":[…]}
 *
 * Files are untrusted (they come from other people, other machines, other versions), so reading
 * checks size, text, JSON, envelope and counts before it validates a single record, and then
 * validates every record on its own so one bad record never hides the others.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { OperatorSchema, SightingSchema, SiteSchema, Timestamp } from '../catalog/schema';
import type { Operator, Sighting, Site } from '../catalog/schema';
import { markValidated } from '../catalog/validate-on-write';
import { readableIssues } from './issue-text';
import { decodeUtf8, parseJsonSafely } from './safe-json';
import { ExportFilterSchema, selectForExport } from './select';
import type { ExportFilter } from './select';
import { inKeyOrder, keyOrderOf, orderKeys, sameJson } from './stable-json';
import { COLLECTIONS, displayId } from './types';
import type { Catalog, CollectionName, IncomingCatalog, InvalidRecord } from './types';

export const EXPORT_FORMAT = 'dc-lens-catalog';
export const EXPORT_VERSION = 1;
/**
 * 100 MiB. A realistic site record is 0.4-0.9 kB, so this holds well over 100,000 sites while
 * keeping a hostile file from exhausting the extension's memory (parsing needs several times the
 * file's size).
 */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Per list. Far above any real catalog; bounds the work a file can ask for. */
export const MAX_RECORDS = 500_000;

/** The whole file, for the JSON Schema and for documentation. Reading uses the steps below. */
export const ExportFileSchema = lazySchema(() =>
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: Timestamp,
    filter: ExportFilterSchema.optional(),
    operators: z.array(OperatorSchema).max(MAX_RECORDS).default([]),
    sites: z.array(SiteSchema).max(MAX_RECORDS).default([]),
    sightings: z.array(SightingSchema).max(MAX_RECORDS).default([]),
  }),
);

const RECORD_SCHEMAS = { operators: OperatorSchema, sites: SiteSchema, sightings: SightingSchema } as const;

export interface ParsedFile extends IncomingCatalog {
  exportedAt: string;
  /** Present when the file holds only part of a catalog. */
  filter?: ExportFilter;
}

export type ParseErrorCode =
  | 'too-large'
  | 'empty'
  | 'not-text'
  | 'not-json'
  | 'forbidden-key'
  | 'too-deep'
  | 'not-catalog'
  | 'version'
  | 'bad-envelope'
  | 'too-many-records';

export type ParseResult = { ok: true; file: ParsedFile } | { ok: false; code: ParseErrorCode; message: string };

const fail = (code: ParseErrorCode, message: string): ParseResult => ({ ok: false, code, message });

function byteLength(input: string | Uint8Array | ArrayBuffer): number {
  // A string's UTF-8 size is at least its length; the exact size is not worth encoding 100 MB for.
  return typeof input === 'string' ? input.length : input.byteLength;
}

const formatMb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/**
 * Reads an untrusted catalog file. Envelope problems (not JSON, wrong format or version, too big)
 * refuse the whole file; record problems refuse only those records, each listed in `invalid`
 * with every issue found.
 */
/**
 * Records known to be valid (a subscribed source's stored base: what it sent last time, parsed
 * then; or the catalog's own records, validated when written). A file record equal to one of
 * these is taken as that record without a zod pass: most of a source's update, and of an edited
 * catalog imported again, is unchanged.
 */
export interface KnownRecords {
  operators?: ReadonlyMap<string, Operator>;
  sites?: ReadonlyMap<string, Site>;
}

export function parseExportFile(input: string | Uint8Array | ArrayBuffer, known: KnownRecords = {}): ParseResult {
  const size = byteLength(input);
  if (size > MAX_FILE_BYTES) {
    return fail('too-large', `The file is too large (${formatMb(size)}); DC Lens reads files up to ${formatMb(MAX_FILE_BYTES)}.`);
  }
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const decoded = decodeUtf8(input instanceof Uint8Array ? input : new Uint8Array(input));
    if (!decoded.ok) return fail('not-text', decoded.message);
    text = decoded.text;
  }
  const json = parseJsonSafely(text);
  if (!json.ok) return fail(json.code, json.message);
  return readEnvelope(json.value, known);
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function readEnvelope(root: unknown, known: KnownRecords): ParseResult {
  if (root === null || typeof root !== 'object' || Array.isArray(root)) {
    return fail('not-catalog', `Not a DC Lens catalog: the file holds ${kindOf(root)}, not a catalog object.`);
  }
  const env = root as Record<string, unknown>;
  if (env.format !== EXPORT_FORMAT) {
    const said = typeof env.format === 'string' ? `its "format" is ${JSON.stringify(env.format.slice(0, 60))}` : 'it has no "format"';
    return fail('not-catalog', `Not a DC Lens catalog: ${said}; expected "${EXPORT_FORMAT}".`);
  }
  if (env.version !== EXPORT_VERSION) {
    const v = env.version;
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      return fail('version', `This catalog has no valid version number; this version of DC Lens reads version ${EXPORT_VERSION}.`);
    }
    const which = v > EXPORT_VERSION ? 'a newer' : 'an older';
    const advice = v > EXPORT_VERSION ? ' Update DC Lens to import it.' : '';
    return fail('version', `This catalog was made by ${which} version of DC Lens (format version ${v}); this version reads ${EXPORT_VERSION}.${advice}`);
  }
  const exportedAt = Timestamp.safeParse(env.exportedAt);
  if (!exportedAt.success) {
    return fail('bad-envelope', 'The catalog file is damaged: "exportedAt" must be a UTC ISO timestamp.');
  }
  let filter: ExportFilter | undefined;
  if (env.filter !== undefined) {
    const f = ExportFilterSchema.safeParse(env.filter);
    if (!f.success) {
      return fail('bad-envelope', `The catalog file is damaged: "filter" ${readableIssues(f.error, env.filter).map((i) => `${i.path || '(value)'}: ${i.message}`).join('; ')}.`);
    }
    filter = f.data;
  }
  const lists = {} as Record<CollectionName, unknown[]>;
  for (const name of COLLECTIONS) {
    const list = env[name] ?? [];
    if (!Array.isArray(list)) return fail('bad-envelope', `The catalog file is damaged: "${name}" must be a list, not ${kindOf(list)}.`);
    if (list.length > MAX_RECORDS) {
      return fail('too-many-records', `The file has too many ${name} (${list.length.toLocaleString('en-US')}); the limit is ${MAX_RECORDS.toLocaleString('en-US')}.`);
    }
    lists[name] = list;
  }
  const invalid: InvalidRecord[] = [];
  const operators = validateList('operators', lists.operators, invalid, known.operators) as Operator[];
  const sites = validateList('sites', lists.sites, invalid, known.sites) as Site[];
  const sightings = validateList('sightings', lists.sightings, invalid) as Sighting[];
  const file: ParsedFile = { exportedAt: exportedAt.data, operators, sites, sightings, invalid };
  if (filter !== undefined) file.filter = filter;
  return { ok: true, file };
}


/** Validates each record on its own; refused and duplicate records go to `invalid`. */
function validateList(collection: CollectionName, list: unknown[], invalid: InvalidRecord[], known?: ReadonlyMap<string, object>): unknown[] {
  const schema = RECORD_SCHEMAS[collection];
  const firstIndex = new Map<string, number>();
  const valid: unknown[] = [];
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    const rawId = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    const same = typeof rawId === 'string' ? known?.get(rawId) : undefined;
    // Equal to a record parsed before: parsing it again would give that record.
    const parsed = same !== undefined && sameJson(raw, same) ? { success: true as const, data: same as { id: string } } : schema.safeParse(raw);
    if (!parsed.success) {
      invalid.push({ collection, index, id: displayId(rawId), issues: readableIssues(parsed.error, raw) });
      continue;
    }
    const id = parsed.data.id;
    const first = firstIndex.get(id);
    if (first !== undefined) {
      // Which copy is right cannot be known, so the later one is refused and shown, not dropped.
      invalid.push({ collection, index, id, issues: [{ path: 'id', message: `duplicate id; first seen at ${collection}[${first}]` }] });
      continue;
    }
    firstIndex.set(id, index);
    // Parsed by the very schemas the database's write check uses: it need not parse them again.
    if (collection !== 'sightings') markValidated([parsed.data]);
    valid.push(parsed.data);
  }
  return valid;
}

type KeyOrders = Record<'operators' | 'sites' | 'sightings' | 'filter', ReturnType<typeof keyOrderOf>>;
let orders: KeyOrders | undefined;
/** Read from the schemas on the first export, not when a worker starts (lib/lazy-schema.ts). */
const keyOrders = (): KeyOrders =>
  (orders ??= {
    operators: keyOrderOf(OperatorSchema),
    sites: keyOrderOf(SiteSchema),
    sightings: keyOrderOf(SightingSchema),
    filter: keyOrderOf(ExportFilterSchema),
  });

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The records in id order: the list itself when it is in that order already (records read from
 * IndexedDB come sorted by their key), else a sorted copy; the caller's list is never reordered.
 */
export function sortedById<T extends { id: string }>(records: readonly T[]): readonly T[] {
  for (let i = 1; i < records.length; i++) if (records[i - 1].id > records[i].id) return [...records].sort(byId);
  return records;
}

function toIso(now: Date | string): string {
  const d = typeof now === 'string' ? new Date(now) : now;
  if (Number.isNaN(d.getTime())) throw new RangeError(`buildExport: invalid time ${String(now)}`);
  return d.toISOString();
}

/**
 * Writes the export file's text piece by piece, in the exact bytes `buildExport` produces, so an
 * export can stream (lib/sync/export-stream.ts) without ever holding the whole text. Call
 * `list(name)` for each collection in COLLECTIONS order, `add` its records in id order, then
 * `finish()`.
 */
export class ExportWriter {
  private current = -1;
  private inList = 0;

  constructor(
    private readonly out: (piece: string) => void,
    filter: ExportFilter | undefined,
    now: Date | string,
  ) {
    let head = `{\n  "format": ${JSON.stringify(EXPORT_FORMAT)},\n  "version": ${EXPORT_VERSION},\n  "exportedAt": ${JSON.stringify(toIso(now))},\n`;
    if (filter) head += `  "filter": ${JSON.stringify(orderKeys(filter, keyOrders().filter))},\n`;
    out(head);
  }

  private closeList(): void {
    if (this.current < 0) return;
    const name = COLLECTIONS[this.current];
    const comma = this.current < COLLECTIONS.length - 1 ? ',' : '';
    this.out(this.inList === 0 ? `  "${name}": []${comma}\n` : `\n  ]${comma}\n`);
  }

  /** Starts the next collection; collections must come in COLLECTIONS order, each once. */
  list(name: CollectionName): void {
    const next = COLLECTIONS.indexOf(name);
    if (next !== this.current + 1) throw new Error(`ExportWriter: "${name}" out of order`);
    this.closeList();
    this.current = next;
    this.inList = 0;
  }

  add(record: object): void {
    const order = keyOrders()[COLLECTIONS[this.current]];
    const json = JSON.stringify(inKeyOrder(record, order) ? record : orderKeys(record, order));
    // Two pieces, not one concatenation: a byte sink would have to flatten a copy of every record's text.
    this.out(this.inList === 0 ? `  "${COLLECTIONS[this.current]}": [\n    ` : ',\n    ');
    this.out(json);
    this.inList++;
  }

  finish(): void {
    while (this.current < COLLECTIONS.length - 1) this.list(COLLECTIONS[this.current + 1]);
    this.closeList();
    this.current = COLLECTIONS.length;
    this.out('}\n');
  }
}

/**
 * The export file's text. Deterministic: records sorted by id, keys in schema order, one record
 * per line, so the same catalog always gives the same bytes and two exports diff line by line.
 * With a filter, only the selected records are written and the filter is recorded in the file.
 */
export function buildExport(catalog: Catalog, filter: ExportFilter | undefined, now: Date | string): string {
  const chosen = filter ? selectForExport(catalog, filter) : catalog;
  const pieces: string[] = [];
  const writer = new ExportWriter((p) => pieces.push(p), filter, now);
  for (const name of COLLECTIONS) {
    writer.list(name);
    for (const r of sortedById(chosen[name] as readonly { id: string }[])) writer.add(r);
  }
  writer.finish();
  return pieces.join('');
}

/** Exports are named by time so a backup never overwrites an earlier one. */
export function exportFileName(now: Date | string, kind: 'export' | 'backup' = 'export'): string {
  const stamp = toIso(now).replace(/\.\d{3}Z$/, 'Z').replace(/:/g, '-');
  return `dc-lens-${kind}-${stamp}.json`;
}
