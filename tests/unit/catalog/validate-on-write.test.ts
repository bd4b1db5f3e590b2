/**
 * Validate on write, trust on read (lib/catalog/validate-on-write.ts): a database opened with a
 * record stamp parses every site and operator when it is written and stamps it; readers adopt
 * stamped rows without parsing and still parse (and skip, with a problem) anything else.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { getMeta, openCatalogDb, readSites, type ReadProblem } from '../../../lib/catalog/db';
import { CatalogService } from '../../../lib/catalog/service';
import { markValidated, STAMP_KEY } from '../../../lib/catalog/validate-on-write';
import { restampRecords } from '../../../entrypoints/background/restamp';
import { OPERATORS, SITES } from './fixture';

const STAMP = 'schema-test-1';
const idb = () => ({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('validate on write', () => {
  it('stamps valid records when written, and readers give them back without the stamp', async () => {
    const db = await openCatalogDb('v', { ...idb(), recordStamp: STAMP });
    const service = new CatalogService(db);
    await service.bulkPut({ operators: OPERATORS, sites: SITES });
    const raw = (await db.sites.toArray()) as unknown as Array<Record<string, unknown>>;
    expect(raw.every((r) => r[STAMP_KEY] === STAMP)).toBe(true);
    const read = readSites(raw, undefined, STAMP);
    expect(read.map((s) => s.id).sort()).toEqual(SITES.map((s) => s.id).sort());
    expect(read.every((s) => !(STAMP_KEY in s))).toBe(true);
    expect(read.find((s) => s.id === SITES[0].id)).toEqual(SITES[0]);
    // Readers without the stamp (export, sync) parse and drop it too.
    expect(readSites(raw).find((s) => s.id === SITES[0].id)).toEqual(SITES[0]);
    expect((await service.getSnapshot()).sites).toHaveLength(SITES.length);
    db.close();
  });

  it('leaves an invalid row unstamped, and readers skip it with a problem', async () => {
    const db = await openCatalogDb('v', { ...idb(), recordStamp: STAMP });
    await db.sites.put({ id: 'broken' } as never);
    const raw = await db.sites.toArray();
    expect((raw[0] as unknown as Record<string, unknown>)[STAMP_KEY]).toBeUndefined();
    const problems: ReadProblem[] = [];
    expect(readSites(raw, problems, STAMP)).toEqual([]);
    expect(problems.map((p) => p.id)).toEqual(['broken']);
    db.close();
  });

  it('stamps records a writer marks as just parsed without parsing them again', async () => {
    const db = await openCatalogDb('m', { ...idb(), recordStamp: STAMP });
    // Not a valid site: only a record that skipped the second parse can come out stamped.
    await db.sites.bulkPut(markValidated([{ id: 'marked' } as never]));
    await db.sites.put({ id: 'unmarked' } as never);
    const raw = (await db.sites.toArray()) as unknown as Array<Record<string, unknown>>;
    expect(raw.find((r) => r.id === 'marked')?.[STAMP_KEY]).toBe(STAMP);
    expect(raw.find((r) => r.id === 'unmarked')?.[STAMP_KEY]).toBeUndefined();
    db.close();
  });

  it('adopts stamped rows as they are (no parse) and parses rows of another stamp', async () => {
    const stampedBroken = { id: 'odd', [STAMP_KEY]: STAMP };
    expect(readSites([stampedBroken], [], STAMP)).toEqual([{ id: 'odd' }]);
    const problems: ReadProblem[] = [];
    expect(readSites([{ ...stampedBroken, [STAMP_KEY]: 'schema-older' }], problems, STAMP)).toEqual([]);
    expect(problems).toHaveLength(1);
  });

  it('re-stamps rows written before (by an older build) once, keeping invalid ones out', async () => {
    const factory = idb();
    const old = await openCatalogDb('r', factory);
    await new CatalogService(old).bulkPut({ operators: OPERATORS, sites: SITES });
    await old.sites.put({ id: 'broken' } as never);
    old.close();
    const db = await openCatalogDb('r', { ...factory, recordStamp: STAMP });
    expect(await restampRecords(db)).toBe(SITES.length + OPERATORS.length + 1);
    const raw = (await db.sites.toArray()) as unknown as Array<Record<string, unknown>>;
    expect(raw.filter((r) => r[STAMP_KEY] === STAMP)).toHaveLength(SITES.length);
    expect(raw.find((r) => r.id === 'broken')?.[STAMP_KEY]).toBeUndefined();
    expect(await restampRecords(db)).toBe(0);
    db.close();
  });
});

describe('records revision', () => {
  it('changes with every write to sites or operators, in the same transaction, and not on reads', async () => {
    const db = await openCatalogDb('rev', { ...idb(), recordStamp: STAMP });
    const service = new CatalogService(db);
    const revision = () => getMeta(db, 'recordsRevision');
    expect(await revision()).toBeUndefined();
    await service.bulkPut({ operators: OPERATORS, sites: SITES });
    const r1 = await revision();
    expect(r1).toBeTruthy();
    await service.getSnapshot();
    await db.sites.toArray();
    expect(await revision()).toBe(r1);
    await service.deleteSite(SITES[0].id);
    const r2 = await revision();
    expect(r2).not.toBe(r1);
    // A transaction that names only the sites table still gets meta added for the revision.
    await db.transaction('rw', db.sites, () => db.sites.delete(SITES[1].id));
    expect(await revision()).not.toBe(r2);
    // What the service loaded names the revision its records were read at.
    expect((await service.loadedRecords()).revision).toBe(await revision());
    db.close();
  });
});
