/**
 * Merging a subscribed source with its stored sync base: the source's records as last imported.
 * With the base the merge is three-way (merge.ts rule 3): a field the source did not change since
 * the base keeps the local value (so a local deletion or edit is not undone by the next update),
 * a field only the source changed takes the source's value, and a field both changed is a
 * conflict, kept as the user's for them to see. Sites the source stopped listing are removed here
 * only when the user never touched them (they still equal the base); removing a source removes
 * the sites that came only from it, on the same condition.
 */
import type { Operator, Site } from '../catalog/schema';
import { parseExportFile, type ParsedFile } from './format';
import { planMerge, type MergePlan } from './merge';
import { sameJson } from './stable-json';
import type { Catalog, IncomingCatalog } from './types';

/** What a source last delivered: the base of the next three-way merge. */
export interface SourceBase {
  operators: readonly Operator[];
  sites: readonly Site[];
}

export interface SourceUpdatePlan {
  plan: MergePlan;
  /** Local sites to delete: the source dropped them and they are exactly as the source last sent them. */
  removals: Site[];
}

/** Merging settles origin and creation time symmetrically (merge.ts rule 7): those are not edits. */
const SETTLED = new Set(['origin', 'createdAt', 'updatedAt']);
const content = (s: Site) => Object.fromEntries(Object.entries(s).filter(([k]) => !SETTLED.has(k)));

/** Untouched: what the source sent, unchanged here since (no edit, no delete, no other import's values). */
const untouched = (local: Site | undefined, base: Site) => local !== undefined && sameJson(content(local), content(base));

/**
 * A source's answer, from its bytes to the plan: read (records unchanged since the base are taken
 * as the base's, with no zod pass: most of an update is unchanged) and planned against the base.
 */
export function planSourceFile(
  current: Catalog,
  bytes: Uint8Array,
  base: SourceBase | undefined,
  now: string,
): ({ ok: true; file: ParsedFile } & SourceUpdatePlan) | { ok: false; message: string } {
  const known = base ? { operators: new Map(base.operators.map((o) => [o.id, o])), sites: new Map(base.sites.map((s) => [s.id, s])) } : {};
  const read = parseExportFile(bytes, known);
  if (!read.ok) return read;
  return { ok: true, file: read.file, ...planSourceUpdate(current, read.file, base, now) };
}

export function planSourceUpdate(current: Catalog, incoming: IncomingCatalog, base: SourceBase | undefined, now: string): SourceUpdatePlan {
  const plan = planMerge(current, incoming, { now, base });
  if (!base) return { plan, removals: [] };
  const listed = new Set(incoming.sites.map((s) => s.id));
  const local = new Map(current.sites.map((s) => [s.id, s]));
  const removals = base.sites.filter((b) => !listed.has(b.id) && untouched(local.get(b.id), b)).map((b) => local.get(b.id)!);
  return { plan, removals };
}

/**
 * Sites to delete when a source is removed: in its base, untouched since, and in no other
 * source's base (a site two sources share stays while one of them does).
 */
export function sitesOnlyFrom(current: Catalog, base: SourceBase, otherBases: readonly SourceBase[]): Site[] {
  const elsewhere = new Set(otherBases.flatMap((b) => b.sites.map((s) => s.id)));
  const local = new Map(current.sites.map((s) => [s.id, s]));
  return base.sites.filter((b) => !elsewhere.has(b.id) && untouched(local.get(b.id), b)).map((b) => local.get(b.id)!);
}
