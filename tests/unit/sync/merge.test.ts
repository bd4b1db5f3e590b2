import { describe, expect, it } from 'vitest';
import type { Site } from '../../../lib/catalog/schema';
import { applyChangeSetToCatalog, applyChoices, chooseAll, MissingChoicesError } from '../../../lib/sync/choices';
import { hasUnseenUserEdit, planMerge } from '../../../lib/sync/merge';
import type { MergePlan } from '../../../lib/sync/merge';
import { describeInvalid } from '../../../lib/sync/types';
import type { Catalog } from '../../../lib/sync/types';
import {
  abilene, aws, awsTokyo, catalog, colossus, normalized, openai, seedCatalog, sighting1, site, T0, T1, T2, T3, T4, xai,
} from './fixtures';

const edit = (s: Site, changes: Partial<Site>): Site => ({ ...s, ...changes });
/** The import happens after every version in these tests; decisions are stamped with it. */
const NOW = T4;
const siteOf = (c: Catalog, id: string) => c.sites.find((s) => s.id === id)!;

/** Plan, choose, apply in memory. */
function run(current: Catalog, incoming: Catalog, choices: Record<string, 'local' | 'incoming'> = {}, base?: Catalog) {
  const plan = planMerge(current, incoming, { now: NOW, ...(base ? { base } : {}) });
  const next = applyChangeSetToCatalog(current, applyChoices(plan, choices, { now: NOW }));
  return { plan, next };
}

describe('planMerge: no conflicts', () => {
  it('adds new records and leaves records only on the local side alone', () => {
    const local = catalog({ operators: [aws], sites: [awsTokyo] });
    const incoming = catalog({ operators: [xai], sites: [colossus], sightings: [sighting1] });
    const { plan, next } = run(local, incoming);
    expect(plan.counts).toEqual({ added: 3, updated: 0, refreshed: 0, unchanged: 0, conflicts: 0, invalid: 0 });
    expect(normalized(next)).toEqual(normalized(catalog({ operators: [aws, xai], sites: [awsTokyo, colossus], sightings: [sighting1] })));
  });

  it('takes the newer record field by field and keeps the newer timestamp', () => {
    const newer = edit(awsTokyo, { zones: 5, aliases: ['ap-northeast-1', 'Tokyo region', 'AWS Tokyo'], updatedAt: T2 });
    const { plan, next } = run(seedCatalog, catalog({ sites: [newer] }));
    expect(plan.sites.updated).toHaveLength(1);
    expect(plan.sites.updated[0].changedFields.sort()).toEqual(['aliases', 'zones']);
    expect(siteOf(next, awsTokyo.id)).toEqual(newer);
  });

  it('keeps the local record when it is newer', () => {
    const local = catalog({ ...seedCatalog, sites: [edit(awsTokyo, { zones: 5, updatedAt: T3 })] });
    const older = edit(awsTokyo, { zones: 3, name: 'AWS Tokyo', updatedAt: T2 });
    const { plan } = run(local, catalog({ sites: [older] }));
    expect(plan.sites.unchanged).toEqual([awsTokyo.id]);
    expect(plan.counts.updated).toBe(0);
  });

  it('flattens nested objects: a newer city does not touch fields it does not differ in', () => {
    const newer = edit(colossus, { place: { ...colossus.place, city: 'Memphis (Boxtown)' }, updatedAt: T2 });
    const { plan } = run(seedCatalog, catalog({ sites: [newer] }));
    expect(plan.sites.updated[0].changedFields).toEqual(['place.city']);
  });

  it('a record whose values match but whose timestamps are newer is "refreshed", not "updated"', () => {
    const { plan, next } = run(seedCatalog, catalog({ sites: [edit(abilene, { updatedAt: T2 })] }));
    expect(plan.counts).toMatchObject({ updated: 0, refreshed: 1 });
    expect(siteOf(next, abilene.id).updatedAt).toBe(T2);
  });

  it('refuses sites naming an operator neither side knows, and keeps the rest', () => {
    const orphan = site({ id: 'meta-hyperion', name: 'Hyperion', kind: 'campus', operatorIds: ['meta', 'xai'] });
    const plan = planMerge(catalog({ operators: [xai] }), catalog({ sites: [orphan, colossus] }));
    expect(plan.sites.added.map((s) => s.id)).toEqual(['xai-colossus-1']);
    expect(plan.invalid.map(describeInvalid)).toEqual([
      'sites (id "meta-hyperion"): operatorIds[0]: unknown operator "meta" (not in this catalog nor in the file)',
    ]);
  });

  it('accepts a site whose operator arrives in the same file', () => {
    const plan = planMerge(catalog(), catalog({ operators: [openai], sites: [abilene] }));
    expect(plan.counts).toMatchObject({ added: 2, invalid: 0 });
  });

  it('refuses a second record with the same id in one file', () => {
    const plan = planMerge(catalog({ operators: [aws] }), catalog({ sites: [awsTokyo, edit(awsTokyo, { name: 'x' })] }));
    expect(plan.sites.added).toHaveLength(1);
    expect(plan.invalid[0].issues[0].message).toBe('duplicate id; first seen at sites[0]');
  });
});

describe('planMerge: user edits and conflicts', () => {
  // On this machine a person renamed the site and added a note.
  const mine = edit(colossus, { name: 'Colossus I', notes: 'Checked on site visit.', userEditedAt: T2, updatedAt: T2 });
  // Elsewhere, later, a newer seed revision raised the capacity.
  const theirs = edit(colossus, { capacity: { ...colossus.capacity, operationalMW: 300 }, updatedAt: T3 });
  const local = catalog({ ...seedCatalog, sites: [mine, abilene] });

  it('without a common ancestor, every field the newer file would replace on a user-edited record is a conflict', () => {
    const plan = planMerge(local, catalog({ sites: [theirs] }), { now: NOW });
    expect(plan.conflicts.map((c) => [c.field, c.local, c.incoming])).toEqual([
      ['name', 'Colossus I', 'Colossus'],
      ['capacity.operationalMW', 150, 300],
      ['notes', 'Checked on site visit.', 'Built in a former Electrolux factory.'],
    ]);
    expect(plan.conflicts[0].key).toBe('sites/xai-colossus-1/name');
    // Previewed as "keep mine": a person's decision, stamped with the time of the import.
    expect(plan.sites.updated[0].merged).toEqual({ ...mine, updatedAt: NOW, userEditedAt: NOW });
  });

  it('applies the choices field by field and stamps the result as a new user decision', () => {
    const plan = planMerge(local, catalog({ sites: [theirs] }), { now: NOW });
    const cs = applyChoices(
      plan,
      {
        'sites/xai-colossus-1/name': 'local',
        'sites/xai-colossus-1/notes': 'local',
        'sites/xai-colossus-1/capacity.operationalMW': 'incoming',
      },
      { now: NOW },
    );
    const result = cs.sites[0].record;
    expect(result.name).toBe('Colossus I');
    expect(result.notes).toBe('Checked on site visit.');
    expect(result.capacity.operationalMW).toBe(300);
    expect(result.updatedAt).toBe(NOW);
    expect(result.userEditedAt).toBe(NOW);
    // The same file again: nothing to do, nothing to ask.
    const again = planMerge(applyChangeSetToCatalog(local, cs), catalog({ sites: [theirs] }), { now: NOW });
    expect(again.counts).toEqual({ added: 0, updated: 0, refreshed: 0, unchanged: 1, conflicts: 0, invalid: 0 });
  });

  it('throws when a conflict has no choice, unless a default is given', () => {
    const plan = planMerge(local, catalog({ sites: [theirs] }), { now: NOW });
    expect(() => applyChoices(plan, { 'sites/xai-colossus-1/name': 'local' })).toThrow(MissingChoicesError);
    // Taking theirs for every field gives their values, marked as this person's decision.
    const all = applyChoices(plan, {}, { default: 'incoming', now: NOW });
    expect(all.sites[0].record).toEqual({ ...theirs, updatedAt: NOW, userEditedAt: NOW });
  });

  it('a decision is not undone by an older edit from a third machine', () => {
    const plan = planMerge(local, catalog({ sites: [theirs] }), { now: NOW });
    const decided = applyChangeSetToCatalog(local, applyChoices(plan, {}, { default: 'incoming', now: NOW }));
    const thirdMachine = edit(colossus, { name: 'Colossus Memphis', userEditedAt: T3, updatedAt: T3 });
    expect(planMerge(decided, catalog({ sites: [thirdMachine] }), { now: NOW }).sites.unchanged).toEqual([colossus.id]);
    const later = edit(thirdMachine, { userEditedAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z' });
    expect(planMerge(decided, catalog({ sites: [later] }), { now: NOW }).conflicts.length).toBeGreaterThan(0);
  });

  it('with the seed record as common ancestor, independent edits both survive without asking', () => {
    const { plan, next } = run(local, catalog({ sites: [theirs] }), {}, catalog({ sites: [colossus] }));
    expect(plan.conflicts).toEqual([]);
    expect(plan.sites.updated[0].changedFields).toEqual(['capacity.operationalMW']);
    // A combination neither machine had: a new version, stamped with the time of the import.
    expect(siteOf(next, colossus.id)).toEqual({ ...mine, capacity: { ...colossus.capacity, operationalMW: 300 }, updatedAt: NOW, userEditedAt: NOW });
  });

  it('with a common ancestor, the same field changed on both sides is still a conflict', () => {
    const theirsRenamed = edit(theirs, { name: 'Colossus Memphis' });
    const plan = planMerge(local, catalog({ sites: [theirsRenamed] }), { base: catalog({ sites: [colossus] }) });
    expect(plan.conflicts.map((c) => c.field)).toEqual(['name']);
  });

  it('ignores a "base" that is newer than either side (it cannot be their ancestor)', () => {
    const plan = planMerge(local, catalog({ sites: [theirs] }), { base: catalog({ sites: [edit(colossus, { updatedAt: T4 })] }) });
    expect(plan.conflicts).toHaveLength(3);
  });

  it('no conflict when the incoming record was made from this very edit (same userEditedAt)', () => {
    const descendant = edit(mine, { zones: 1, updatedAt: T3 });
    const { plan, next } = run(local, catalog({ sites: [descendant] }));
    expect(plan.conflicts).toEqual([]);
    expect(siteOf(next, colossus.id)).toEqual(descendant);
  });

  it('a newer user edit on the other machine wins over an unedited local record', () => {
    const theirEdit = edit(abilene, { status: 'operational', userEditedAt: T3, updatedAt: T3 });
    const { plan, next } = run(local, catalog({ sites: [theirEdit] }));
    expect(plan.conflicts).toEqual([]);
    expect(siteOf(next, abilene.id)).toEqual(theirEdit);
  });

  it("a person's own record unchanged since it was created takes the other machine's edit", () => {
    const created = site({ id: 'user-3f2a', name: 'New campus', kind: 'campus', operatorIds: ['xai'], origin: 'user', createdAt: T1, updatedAt: T1 });
    const editedThere = edit(created, { name: 'New campus (Atlanta)', userEditedAt: T2, updatedAt: T2 });
    const editedHere = edit(created, { notes: 'mine', updatedAt: T2 });
    const current = catalog({ operators: [xai], sites: [created] });
    expect(planMerge(current, catalog({ sites: [editedThere] })).conflicts).toEqual([]);
    const changedHere = catalog({ operators: [xai], sites: [editedHere] });
    const later = edit(editedThere, { updatedAt: T3, userEditedAt: T3 });
    expect(planMerge(changedHere, catalog({ sites: [later] })).conflicts.map((c) => c.field).sort()).toEqual(['name', 'notes']);
  });

  it('hasUnseenUserEdit reads the markers', () => {
    expect(hasUnseenUserEdit(colossus, theirs)).toBe(false);
    expect(hasUnseenUserEdit(mine, theirs)).toBe(true);
    expect(hasUnseenUserEdit(mine, edit(theirs, { userEditedAt: T2 }))).toBe(false);
    expect(hasUnseenUserEdit(mine, theirs, edit(colossus, { updatedAt: T2 }))).toBe(false);
  });
});

describe('planMerge: deletions are a field', () => {
  const deletedHere = edit(abilene, { deletedAt: T2, updatedAt: T2, userEditedAt: T2 });

  it('a newer incoming delete reaches an unedited record', () => {
    const deletedThere = edit(abilene, { deletedAt: T3, updatedAt: T3, userEditedAt: T3 });
    const { plan, next } = run(seedCatalog, catalog({ sites: [deletedThere] }));
    expect(plan.sites.updated[0].changedFields).toEqual(['deletedAt']);
    expect(siteOf(next, abilene.id).deletedAt).toBe(T3);
  });

  it('a newer incoming record that never saw the local delete asks before undeleting', () => {
    const current = catalog({ ...seedCatalog, sites: [deletedHere] });
    const theirs = edit(abilene, { capacity: { ...abilene.capacity, operationalMW: 400 }, updatedAt: T3 });
    const plan = planMerge(current, catalog({ sites: [theirs] }));
    expect(plan.conflicts.map((c) => [c.field, c.local, c.incoming])).toEqual([
      ['capacity.operationalMW', 200, 400],
      ['deletedAt', T2, undefined],
    ]);
    const kept = applyChangeSetToCatalog(current, applyChoices(plan, chooseAll(plan, 'local'), { now: NOW }));
    expect(siteOf(kept, abilene.id).deletedAt).toBe(T2);
    const undeleted = applyChangeSetToCatalog(current, applyChoices(plan, chooseAll(plan, 'incoming'), { now: NOW }));
    expect(siteOf(undeleted, abilene.id).deletedAt).toBeUndefined();
  });

  it('a delete counts as a person\'s edit even without userEditedAt, and deciding on it marks the record', () => {
    const deletedOnly = edit(abilene, { deletedAt: T2, updatedAt: T2 });
    const current = catalog({ ...seedCatalog, sites: [deletedOnly] });
    const theirs = edit(abilene, { status: 'operational', updatedAt: T3 });
    const plan = planMerge(current, catalog({ sites: [theirs] }), { now: NOW });
    expect(plan.conflicts.map((c) => c.field).sort()).toEqual(['deletedAt', 'status']);
    const undeleted = applyChangeSetToCatalog(current, applyChoices(plan, chooseAll(plan, 'incoming'), { now: NOW }));
    expect(siteOf(undeleted, abilene.id)).toEqual({ ...theirs, updatedAt: NOW, userEditedAt: NOW });
  });

  it('with the common ancestor, the delete stays and the other change comes in', () => {
    const current = catalog({ ...seedCatalog, sites: [deletedHere] });
    const theirs = edit(abilene, { capacity: { ...abilene.capacity, operationalMW: 400 }, updatedAt: T3 });
    const { plan, next } = run(current, catalog({ sites: [theirs] }), {}, catalog({ sites: [abilene] }));
    expect(plan.conflicts).toEqual([]);
    expect(siteOf(next, abilene.id)).toMatchObject({ deletedAt: T2, capacity: { operationalMW: 400 } });
  });
});

describe('planMerge: sightings are united', () => {
  it('adds new sightings, keeps the earliest of one id, prefers the one linked to a site on a tie', () => {
    const later = { ...sighting1, title: 'Re-published', seenAt: T3 };
    const earlier = { ...sighting1, title: 'First seen', seenAt: T0 };
    const other = { ...sighting1, id: 's-0002', seenAt: T2 };
    expect(planMerge(seedCatalog, catalog({ sightings: [later] })).sightings.unchanged).toEqual(['s-0001']);
    const plan = planMerge(seedCatalog, catalog({ sightings: [earlier, other] }));
    expect(plan.sightings.updated.map((u) => u.merged)).toEqual([earlier]);
    expect(plan.sightings.added).toEqual([other]);
    const unlinkedLocal = catalog({ sightings: [{ ...sighting1, siteId: undefined }] });
    expect(planMerge(unlinkedLocal, catalog({ sightings: [sighting1] })).sightings.updated[0].merged).toEqual(sighting1);
    expect(planMerge(seedCatalog, catalog({ sightings: [{ ...sighting1, siteId: undefined }] })).sightings.unchanged).toEqual(['s-0001']);
    // Even when the unlinked copy would come first as JSON text (capacity 100 < 150).
    const unlinkedSmaller = { ...sighting1, siteId: undefined, facts: { ...sighting1.facts, capacityMW: 100 } };
    expect(planMerge(seedCatalog, catalog({ sightings: [unlinkedSmaller] })).sightings.unchanged).toEqual(['s-0001']);
  });
});

describe('planMerge: order independence on equal timestamps', () => {
  it('breaks a tie by the records as a whole, so either file first gives the same catalog and no mix', () => {
    const a = edit(awsTokyo, { zones: 3, name: 'Tokyo B', updatedAt: T2 });
    const b = edit(awsTokyo, { zones: 6, name: 'Tokyo A', updatedAt: T2 });
    const one = run(run(seedCatalog, catalog({ sites: [a] })).next, catalog({ sites: [b] })).next;
    const two = run(run(seedCatalog, catalog({ sites: [b] })).next, catalog({ sites: [a] })).next;
    expect(normalized(one)).toEqual(normalized(two));
    expect([a, b]).toContainEqual(siteOf(one, awsTokyo.id));
  });
});

describe('planMerge: userEditedAt only travels with the values it stands for', () => {
  it('a newer local record that drops the incoming values does not take the incoming edit time', () => {
    // Here: a seed update after the other machine's user edit; the seed values are newer and stay.
    const seedUpdated = edit(abilene, { status: 'operational', updatedAt: T3 });
    const theirEdit = edit(abilene, { name: 'Stargate I', userEditedAt: T2, updatedAt: T2 });
    const { next } = run(catalog({ ...seedCatalog, sites: [seedUpdated] }), catalog({ sites: [theirEdit] }));
    expect(siteOf(next, abilene.id)).toEqual(seedUpdated);
    // So, back on the other machine, its edit is not mistaken for one this copy already holds.
    const back = planMerge(catalog({ ...seedCatalog, sites: [theirEdit] }), catalog({ sites: [siteOf(next, abilene.id)] }));
    expect(back.conflicts.map((c) => c.field).sort()).toEqual(['name', 'status']);
  });
});

describe('applyChoices', () => {
  it('carries the version of the record the plan was made against', () => {
    const plan: MergePlan = planMerge(seedCatalog, catalog({ operators: [aws], sites: [edit(awsTokyo, { zones: 5, updatedAt: T2 })] }));
    const cs = applyChoices(plan, {});
    expect(cs.sites[0].expected).toMatch(/^[0-9a-z]+$/);
    expect(cs.operators).toEqual([]);
  });
});
