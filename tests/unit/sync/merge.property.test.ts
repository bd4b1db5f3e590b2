/**
 * Properties of the merge over random catalogs. Records are drawn from small pools of ids and
 * values so that the two sides overlap, differ in a few fields, and tie on timestamps often.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OperatorSchema, SightingSchema, SiteSchema } from '../../../lib/catalog/schema';
import type { Operator, Sighting, Site } from '../../../lib/catalog/schema';
import { applyChangeSetToCatalog, applyChoices } from '../../../lib/sync/choices';
import type { Choice } from '../../../lib/sync/merge';
import { hasUnseenUserEdit, planMerge, time } from '../../../lib/sync/merge';
import { buildExport, parseExportFile } from '../../../lib/sync/format';
import { flattenFields, groupKeys } from '../../../lib/sync/record-fields';
import { sameJson } from '../../../lib/sync/stable-json';
import { planSourceUpdate, sitesOnlyFrom } from '../../../lib/sync/source-merge';
import type { Catalog } from '../../../lib/sync/types';
import { normalized } from './fixtures';

/** FC_RUNS=5000 for a deeper search. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 300) };

/** Eight instants; `at(i)` with i in 0..7. Few values, so equal timestamps are common. */
const at = (i: number) => new Date(Date.UTC(2026, 0, 1 + i * 17, 9, 30)).toISOString();
const timeIndex = fc.integer({ min: 0, max: 7 });

const operatorArb: fc.Arbitrary<Operator> = fc
  .record({
    id: fc.constantFrom('aws', 'xai', 'equinix'),
    name: fc.constantFrom('Amazon Web Services', 'AWS', 'xAI', 'Equinix'),
    aliases: fc.subarray(['AWS', 'Amazon', 'X.AI']),
    regions: fc.option(fc.integer({ min: 30, max: 40 }), { nil: undefined }),
    origin: fc.constantFrom('seed', 'user', 'import'),
    created: timeIndex,
    age: fc.integer({ min: 0, max: 3 }),
  })
  .map((o) =>
    OperatorSchema.parse({
      id: o.id,
      name: o.name,
      aliases: o.aliases,
      kind: 'hyperscale_cloud',
      footprint: o.regions === undefined ? {} : { regions: { value: o.regions } },
      origin: o.origin,
      createdAt: at(o.created),
      updatedAt: at(Math.min(7, o.created + o.age)),
    }),
  );

const siteArb: fc.Arbitrary<Site> = fc
  .record({
    id: fc.constantFrom('aws-ap-northeast-1', 'xai-colossus-1', 'stargate-abilene', 'equinix-ty11', 'user-3f2a'),
    name: fc.constantFrom('Tokyo', 'Colossus', 'Colossus I', 'Stargate Abilene', '<b>TY11</b>'),
    aliases: fc.subarray(['TY11', 'ap-northeast-1', 'Memphis']),
    operatorIds: fc.constantFrom(['aws'], ['xai'], ['aws', 'xai']),
    status: fc.constantFrom('operational', 'announced', 'unknown'),
    city: fc.option(fc.constantFrom('Tokyo', 'Memphis', 'Abilene'), { nil: undefined }),
    lat: fc.option(fc.constantFrom(35.6, 35.06, 32.5), { nil: undefined }),
    mw: fc.option(fc.constantFrom(150, 300, 1200), { nil: undefined }),
    notes: fc.option(fc.constantFrom('checked', 'former factory'), { nil: undefined }),
    origin: fc.constantFrom('seed', 'seed', 'import', 'user'),
    created: fc.integer({ min: 0, max: 3 }),
    updated: fc.integer({ min: 0, max: 4 }),
    edited: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined, freq: 3 }),
    deleted: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined, freq: 4 }),
  })
  .map((s) => {
    const updated = Math.min(7, s.created + s.updated);
    const upTo = (k: number | undefined) => (k === undefined ? undefined : at(Math.min(updated, s.created + k)));
    return SiteSchema.parse({
      id: s.id,
      name: s.name,
      aliases: s.aliases,
      kind: 'campus',
      operatorIds: s.operatorIds,
      status: s.status,
      place: { city: s.city, lat: s.lat },
      capacity: { operationalMW: s.mw },
      notes: s.notes,
      origin: s.origin,
      createdAt: at(s.created),
      updatedAt: at(updated),
      userEditedAt: upTo(s.edited),
      deletedAt: upTo(s.deleted),
    });
  });

const sightingArb: fc.Arbitrary<Sighting> = fc
  .record({
    id: fc.constantFrom('s-1', 's-2', 's-3'),
    title: fc.constantFrom('A', 'B'),
    siteId: fc.option(fc.constantFrom('xai-colossus-1', 'equinix-ty11'), { nil: undefined }),
    seen: timeIndex,
  })
  .map((s) =>
    SightingSchema.parse({
      id: s.id,
      url: 'https://example.com/news',
      title: s.title,
      quote: { exact: 'Colossus' },
      facts: { operator: null, location: null, capacityMW: null, gpus: null, investment: null, ordinal: null, name: null },
      siteId: s.siteId,
      seenAt: at(s.seen),
    }),
  );

const byId = { selector: (r: { id: string }) => r.id };
/** Every catalog knows aws and xai, so sites are never refused for an unknown operator. */
const catalogArb: fc.Arbitrary<Catalog> = fc
  .record({
    operators: fc.uniqueArray(operatorArb, { ...byId, maxLength: 3 }),
    sites: fc.uniqueArray(siteArb, { ...byId, maxLength: 5 }),
    sightings: fc.uniqueArray(sightingArb, { ...byId, maxLength: 3 }),
  })
  .map((c) => {
    const ids = new Set(c.operators.map((o) => o.id));
    const base = (id: string) => OperatorSchema.parse({ id, name: id, kind: 'ai_lab', origin: 'seed', createdAt: at(0), updatedAt: at(0) });
    return { ...c, operators: [...c.operators, ...['aws', 'xai'].filter((id) => !ids.has(id)).map(base)] };
  });

/** A deterministic choice per conflict key, varied by a seed. */
const choicesArb = fc.oneof(
  fc.constant<'local' | 'incoming' | number>('local'),
  fc.constant<'local' | 'incoming' | number>('incoming'),
  fc.integer({ min: 0, max: 1 << 20 }),
);
function choose(keys: readonly string[], how: 'local' | 'incoming' | number): Record<string, Choice> {
  return Object.fromEntries(
    keys.map((k, i) => [k, typeof how === 'string' ? how : (how >> i % 20) & 1 ? 'incoming' : 'local'] as const),
  );
}

/** Imports happen after every generated version. */
const NOW = at(9);
function merge(current: Catalog, file: Catalog, how: 'local' | 'incoming' | number = 'local') {
  const plan = planMerge(current, file, { now: NOW });
  const result = applyChangeSetToCatalog(current, applyChoices(plan, choose(plan.conflicts.map((c) => c.key), how), { now: NOW }));
  return { plan, result };
}

const ids = (c: Catalog) => [...c.operators, ...c.sites, ...c.sightings].map((r) => r.id);

describe('merge properties', () => {
  it('is idempotent: importing the same file again changes nothing and asks nothing', () => {
    fc.assert(
      fc.property(catalogArb, catalogArb, choicesArb, (current, file, how) => {
        const once = merge(current, file, how).result;
        const again = merge(once, file, how);
        expect(again.plan.counts).toMatchObject({ added: 0, updated: 0, refreshed: 0, conflicts: 0, invalid: 0 });
        expect(again.plan.counts.unchanged).toBe(ids(file).length);
        expect(normalized(again.result)).toEqual(normalized(once));
      }),
      RUNS,
    );
  });

  it('loses no record: every id of either side is in the result', () => {
    fc.assert(
      fc.property(catalogArb, catalogArb, choicesArb, (current, file, how) => {
        const { result } = merge(current, file, how);
        const have = new Set(ids(result));
        for (const id of [...ids(current), ...ids(file)]) expect(have.has(id)).toBe(true);
        expect(result.sites.length).toBe(new Set([...current.sites, ...file.sites].map((s) => s.id)).size);
      }),
      RUNS,
    );
  });

  it('loses no local value silently: a replaced value was older (or tied), or was a conflict the person chose', () => {
    fc.assert(
      fc.property(catalogArb, catalogArb, choicesArb, (current, file, how) => {
        const { plan, result } = merge(current, file, how);
        const choices = choose(plan.conflicts.map((c) => c.key), how);
        const conflicts = new Map(plan.conflicts.map((c) => [c.key, c]));
        const check = <T extends Site | Operator>(collection: 'sites' | 'operators', locals: readonly T[], incomings: readonly T[], results: readonly T[]) => {
          const inc = new Map(incomings.map((r) => [r.id, r]));
          const res = new Map(results.map((r) => [r.id, r]));
          for (const local of locals) {
            const incoming = inc.get(local.id);
            const after = res.get(local.id)!;
            if (incoming === undefined) {
              expect(after).toEqual(local);
              continue;
            }
            const groups = groupKeys(local, after);
            const before = flattenFields(local, groups);
            const now = flattenFields(after, groups);
            const userEdit = hasUnseenUserEdit(local, incoming);
            for (const field of new Set([...before.keys(), ...now.keys()])) {
              if (sameJson(before.get(field), now.get(field))) continue;
              const key = `${collection}/${local.id}/${field}`;
              if (conflicts.has(key)) {
                expect(choices[key]).toBe('incoming');
                continue;
              }
              // Not asked: only allowed when the local record holds no unseen user edit and is not newer.
              expect(userEdit, `${key} replaced a user edit without asking`).toBe(false);
              expect(time(incoming.updatedAt)).toBeGreaterThanOrEqual(time(local.updatedAt));
            }
          }
        };
        check('sites', current.sites, file.sites, result.sites);
        check('operators', current.operators, file.operators, result.operators);
      }),
      RUNS,
    );
  });

  it('keeps every user edit: kept, or reported as a conflict', () => {
    fc.assert(
      fc.property(catalogArb, catalogArb, (current, file) => {
        // "Keep mine" for every conflict: then no user-edited local value may change at all.
        const { result } = merge(current, file, 'local');
        const incoming = new Map(file.sites.map((s) => [s.id, s]));
        for (const local of current.sites) {
          const other = incoming.get(local.id);
          if (other === undefined || !hasUnseenUserEdit(local, other)) continue;
          const after = result.sites.find((s) => s.id === local.id)!;
          const groups = groupKeys(local, after);
          expect(Object.fromEntries(flattenFields(after, groups))).toEqual(Object.fromEntries(flattenFields(local, groups)));
        }
      }),
      RUNS,
    );
  });

  it('is commutative for conflict-free files: either order gives the same catalog', () => {
    fc.assert(
      fc.property(catalogArb, catalogArb, catalogArb, (current, f1, f2) => {
        const a1 = merge(current, f1);
        const a2 = merge(a1.result, f2);
        const b1 = merge(current, f2);
        const b2 = merge(b1.result, f1);
        fc.pre([a1, a2, b1, b2].every((m) => m.plan.conflicts.length === 0));
        expect(normalized(a2.result)).toEqual(normalized(b2.result));
      }),
      { ...RUNS, maxSkipsPerRun: 1000 },
    );
  });

  it('round-trips: export → parse → merge into an empty catalog gives the original', () => {
    fc.assert(
      fc.property(catalogArb, fc.integer({ min: 0, max: 7 }), (original, when) => {
        const parsed = parseExportFile(buildExport(original, undefined, at(when)));
        if (!parsed.ok) throw new Error(parsed.message);
        expect(parsed.file.invalid).toEqual([]);
        const { plan, result } = merge({ operators: [], sites: [], sightings: [] }, parsed.file);
        expect(plan.counts.added).toBe(ids(original).length);
        expect(normalized(result)).toEqual(normalized(original));
      }),
      RUNS,
    );
  });

  it('merging a catalog with itself changes nothing', () => {
    fc.assert(
      fc.property(catalogArb, (c) => {
        expect(planMerge(c, c, { now: NOW }).counts).toMatchObject({ added: 0, updated: 0, refreshed: 0, conflicts: 0 });
      }),
      RUNS,
    );
  });
});

describe('three-way merge with a stored sync base (subscriptions)', () => {
  const LATER = at(8);
  const edit = (s: Site, patch: Partial<Site>): Site => SiteSchema.parse({ ...s, ...patch, updatedAt: LATER, userEditedAt: LATER });

  it('a deletion here is not undone by a source that did not change the site since the base', () => {
    fc.assert(
      fc.property(catalogArb, fc.integer({ min: 0, max: 31 }), (base, mask) => {
        const deleted = new Set(base.sites.filter((s, i) => !s.deletedAt && (mask >> i) & 1).map((s) => s.id));
        const local = { ...base, sites: base.sites.map((s) => (deleted.has(s.id) ? SiteSchema.parse({ ...s, deletedAt: LATER, updatedAt: LATER }) : s)) };
        const { plan, removals } = planSourceUpdate(local, { ...base, invalid: [] }, base, NOW);
        expect(plan.conflicts).toEqual([]);
        expect(removals).toEqual([]);
        const result = applyChangeSetToCatalog(local, applyChoices(plan, {}, { now: NOW }));
        for (const id of deleted) expect(result.sites.find((s) => s.id === id)?.deletedAt).toBe(LATER);
      }),
      RUNS,
    );
  });

  it('takes each side\'s own changes without asking, and asks only where both changed a field differently', () => {
    fc.assert(
      fc.property(catalogArb, fc.boolean(), (base, bothChangeStatus) => {
        const live = base.sites.filter((s) => !s.deletedAt);
        fc.pre(live.length > 0);
        const target = live[0];
        const mine = edit(target, { notes: 'my note', ...(bothChangeStatus ? { status: 'cancelled' as const } : {}) });
        const theirs = SiteSchema.parse({ ...target, aliases: ['From the source'], ...(bothChangeStatus ? { status: 'under_construction' } : {}), updatedAt: LATER });
        const local = { ...base, sites: base.sites.map((s) => (s.id === target.id ? mine : s)) };
        const incoming = { ...base, sites: base.sites.map((s) => (s.id === target.id ? theirs : s)), invalid: [] };
        const { plan } = planSourceUpdate(local, incoming, base, NOW);
        // The generated statuses never include the two written here, so "both changed" is a real disagreement.
        expect(plan.conflicts.map((c) => c.field)).toEqual(bothChangeStatus ? ['status'] : []);
        const result = applyChangeSetToCatalog(local, applyChoices(plan, {}, { default: 'local', now: NOW }));
        const merged = result.sites.find((s) => s.id === target.id)!;
        expect(merged.notes).toBe('my note');
        expect(merged.aliases).toEqual(['From the source']);
        if (bothChangeStatus) expect(merged.status).toBe('cancelled');
      }),
      RUNS,
    );
  });

  it('a site the source dropped, or a removed source\'s site, goes only if the user never touched it', () => {
    fc.assert(
      fc.property(catalogArb, fc.integer({ min: 0, max: 31 }), fc.integer({ min: 0, max: 31 }), (base, droppedMask, touchedMask) => {
        const touched = new Set(base.sites.filter((_, i) => (touchedMask >> i) & 1).map((s) => s.id));
        const local = { ...base, sites: base.sites.map((s) => (touched.has(s.id) ? edit(s, { notes: 'touched here' }) : s)) };
        const dropped = new Set(base.sites.filter((_, i) => (droppedMask >> i) & 1).map((s) => s.id));
        const incoming = { ...base, sites: base.sites.filter((s) => !dropped.has(s.id)), invalid: [] };
        const { removals } = planSourceUpdate(local, incoming, base, NOW);
        expect(new Set(removals.map((s) => s.id))).toEqual(new Set([...dropped].filter((id) => !touched.has(id))));
        const only = sitesOnlyFrom(local, base, [{ operators: [], sites: base.sites.filter((s) => dropped.has(s.id)) }]);
        for (const s of only) expect(touched.has(s.id) || dropped.has(s.id)).toBe(false);
        expect(only.length).toBe(base.sites.filter((s) => !touched.has(s.id) && !dropped.has(s.id)).length);
      }),
      RUNS,
    );
  });
});
