/**
 * Several machines edit and sync one catalog in random order. Ground truth is tracked outside the
 * merge: every field value carries the id of the person's edit that produced it, and each edit
 * knows which earlier edits it superseded on purpose. A sync may replace a user-edited value
 * without asking only with a value that descends from that edit; anything else is an edit lost
 * silently. The oracle shares no code with the merge, so it checks the merge's rules rather than
 * restating them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../../lib/catalog/schema';
import { applyChangeSetToCatalog, applyChoices, chooseAll } from '../../../lib/sync/choices';
import { buildExport, parseExportFile } from '../../../lib/sync/format';
import { planMerge } from '../../../lib/sync/merge';
import type { Choice } from '../../../lib/sync/merge';
import type { Catalog } from '../../../lib/sync/types';
import { abilene, aws, awsTokyo, colossus, normalized, openai, xai } from './fixtures';

const MACHINES = 3;
/** FC_RUNS=5000 for a deeper search. */
const RUNS = Number(process.env.FC_RUNS ?? 400);
const SITES = [awsTokyo.id, colossus.id, abilene.id];
const FIELDS = ['name', 'notes', 'status', 'place.city', 'capacity.operationalMW'] as const;
type Field = (typeof FIELDS)[number] | 'deletedAt';
const VALUES: Record<(typeof FIELDS)[number], readonly unknown[]> = {
  name: ['Alpha', 'Beta', 'Gamma'],
  notes: ['checked', 'rumour', 'visited'],
  status: ['operational', 'announced', 'cancelled'],
  'place.city': ['Tokyo', 'Osaka', 'Memphis'],
  'capacity.operationalMW': [100, 250, 900],
};

type Op =
  | { type: 'edit'; m: number; site: number; field: number; value: number }
  | { type: 'delete'; m: number; site: number }
  | { type: 'seed-update'; m: number; site: number; field: number; value: number }
  | { type: 'sync'; from: number; to: number; choice: Choice };

const m = fc.integer({ min: 0, max: MACHINES - 1 });
const siteIx = fc.integer({ min: 0, max: SITES.length - 1 });
const fieldIx = fc.integer({ min: 0, max: FIELDS.length - 1 });
const valueIx = fc.integer({ min: 0, max: 2 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ type: fc.constant('edit' as const), m, site: siteIx, field: fieldIx, value: valueIx }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('delete' as const), m, site: siteIx }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('seed-update' as const), m, site: siteIx, field: fieldIx, value: valueIx }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constant('sync' as const), from: m, to: m, choice: fc.constantFrom<Choice>('local', 'incoming') }) },
);

function getField(s: Site, f: Field): unknown {
  const [a, b] = f.split('.');
  const v = (s as unknown as Record<string, unknown>)[a];
  return b === undefined ? v : (v as Record<string, unknown>)[b];
}
function setField(s: Site, f: Field, value: unknown): Site {
  const [a, b] = f.split('.');
  const copy = structuredClone(s) as unknown as Record<string, Record<string, unknown>>;
  if (b === undefined) (copy as Record<string, unknown>)[a] = value;
  else copy[a][b] = value;
  return copy as unknown as Site;
}

/** Provenance: which edit made a value (null: the seed), and what each edit superseded on purpose. */
class History {
  private next = 1;
  private supersedes = new Map<number, Set<number>>();
  newEdit(replacing: (number | null)[]): number {
    const id = this.next++;
    const set = new Set<number>();
    for (const r of replacing) {
      if (r === null) continue;
      set.add(r);
      for (const a of this.supersedes.get(r) ?? []) set.add(a);
    }
    this.supersedes.set(id, set);
    return id;
  }
  descends(value: number | null, from: number): boolean {
    return value === from || (value !== null && (this.supersedes.get(value)?.has(from) ?? false));
  }
}

function run(ops: Op[]) {
  const start = Date.UTC(2026, 1, 1);
  let clock = 0;
  const now = () => new Date(start + ++clock * 60_000).toISOString();
  const seed: Catalog = { operators: [aws, xai, openai], sites: [awsTokyo, colossus, abilene], sightings: [] };
  const machines: Catalog[] = Array.from({ length: MACHINES }, () => structuredClone(seed));
  const history = new History();
  // prov[machine]["siteId/field"] = edit id or null (seed)
  const prov: Map<string, number | null>[] = Array.from({ length: MACHINES }, () => new Map());
  const provOf = (k: number, site: string, f: Field) => prov[k].get(`${site}/${f}`) ?? null;
  const siteOn = (k: number, id: string) => machines[k].sites.find((s) => s.id === id)!;
  const replaceSite = (k: number, s: Site) => {
    machines[k] = { ...machines[k], sites: machines[k].sites.map((x) => (x.id === s.id ? s : x)) };
  };

  for (const op of ops) {
    if (op.type === 'edit' || op.type === 'delete') {
      const id = SITES[op.site];
      const field: Field = op.type === 'delete' ? 'deletedAt' : FIELDS[op.field];
      const t = now();
      const value = op.type === 'delete' ? t : VALUES[FIELDS[op.field]][op.value];
      const edited = { ...setField(siteOn(op.m, id), field, value), updatedAt: t, userEditedAt: t };
      replaceSite(op.m, edited);
      prov[op.m].set(`${id}/${field}`, history.newEdit([provOf(op.m, id, field)]));
    } else if (op.type === 'seed-update') {
      // Seed updates leave sites a person edited alone (schema.ts: userEditedAt).
      const s = siteOn(op.m, SITES[op.site]);
      if (s.userEditedAt !== undefined) continue;
      replaceSite(op.m, { ...setField(s, FIELDS[op.field], VALUES[FIELDS[op.field]][op.value]), updatedAt: now() });
      prov[op.m].set(`${s.id}/${FIELDS[op.field]}`, null);
    } else {
      if (op.from === op.to) continue;
      const t = now();
      const parsed = parseExportFile(buildExport(machines[op.from], undefined, t));
      if (!parsed.ok) throw new Error(parsed.message);
      const plan = planMerge(machines[op.to], parsed.file, { now: t });
      const after = applyChangeSetToCatalog(machines[op.to], applyChoices(plan, chooseAll(plan, op.choice), { now: t }));
      const asked = new Set(plan.conflicts.map((c) => `${c.id}/${c.field}`));
      for (const id of SITES) {
        for (const field of [...FIELDS, 'deletedAt'] as Field[]) {
          const key = `${id}/${field}`;
          const before = getField(siteOn(op.to, id), field);
          const later = getField(after.sites.find((s) => s.id === id)!, field);
          const mine = provOf(op.to, id, field);
          const theirs = provOf(op.from, id, field);
          if (asked.has(key)) {
            // A decision supersedes both sides on purpose.
            prov[op.to].set(key, history.newEdit([mine, theirs]));
            continue;
          }
          if (JSON.stringify(before) === JSON.stringify(later)) continue;
          // Replaced without asking: the old value must be the seed's or an ancestor of the new one.
          if (mine !== null && !history.descends(theirs, mine)) {
            throw new Error(`machine ${op.to} lost edit #${mine} of ${key} (${JSON.stringify(before)} → ${JSON.stringify(later)}) silently`);
          }
          prov[op.to].set(key, theirs);
        }
      }
      machines[op.to] = after;
      // Importing the same file again asks nothing and changes nothing.
      const again = planMerge(machines[op.to], parsed.file, { now: now() });
      expect(again.counts).toMatchObject({ updated: 0, refreshed: 0, added: 0, conflicts: 0 });
    }
  }
  return machines;
}

describe('merge simulation: machines editing and syncing', () => {
  it('never loses a person\'s edit silently, and re-importing is a no-op', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 30 }), (ops) => {
        run(ops);
      }),
      { numRuns: RUNS },
    );
  });

  it('machines that sync both ways with "take theirs" converge to the same catalog', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 20 }), (ops) => {
        const finalSyncs: Op[] = [];
        // Ring: 0→1→2→0→1, choosing the incoming side, spreads the last decisions everywhere.
        for (let round = 0; round < 2; round++) {
          for (let k = 0; k < MACHINES; k++) finalSyncs.push({ type: 'sync', from: k, to: (k + 1) % MACHINES, choice: 'incoming' });
        }
        const machines = run([...ops, ...finalSyncs]);
        const strip = (c: Catalog) => normalized(c);
        for (let k = 1; k < MACHINES; k++) expect(strip(machines[k])).toEqual(strip(machines[0]));
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});
