/**
 * Issue "Catalog": what the shipped catalog costs to carry and to install. Sizes of the seed and
 * the OSM layer (raw and gzipped, what a store package and the first fetch carry), and the
 * install of both into an empty database as the background does on first start (fake-indexeddb),
 * beside a same-run baseline: parsing the same files and a raw bulkPut of the same records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openCatalogDb } from '../../lib/catalog/db';
import { installLayer, installSeed, OSM_LAYER } from '../../lib/catalog/seed-update';
import { SEED_PATH } from '../../lib/catalog/shipped';
import { runsFor, type BenchContext } from './context';
import { median } from './measure';
import type { Row, SectionResult } from './report';

const SECTION = 'Catalog install';
const fresh = () => openCatalogDb('bench-install', { indexedDB: new IDBFactory(), IDBKeyRange });

export async function benchCatalogInstall(ctx: BenchContext): Promise<SectionResult> {
  const read = (p: string) => readFileSync(join(ctx.root, 'public', p), 'utf8');
  const seed = read(SEED_PATH);
  const osm = read(OSM_LAYER.path);
  const kib = (s: string) => Buffer.byteLength(s) / 1024;
  const gz = (s: string) => gzipSync(s).length / 1024;
  const runs = runsFor(ctx, 3);

  const install: number[] = [];
  const seedOnly: number[] = [];
  const raw: number[] = [];
  const again: number[] = [];
  let sites = 0;
  for (let i = 0; i < runs; i++) {
    ctx.log(`catalog-install: run ${i + 1}/${runs}`);
    let db = await fresh();
    let t = performance.now();
    await installSeed(db, seed);
    seedOnly.push(performance.now() - t);
    await installLayer(db, OSM_LAYER, osm);
    install.push(performance.now() - t);
    sites = await db.sites.count();
    // The layer offered again unchanged (a new build with the same catalog): planned, nothing written.
    t = performance.now();
    await installLayer(db, OSM_LAYER, osm);
    again.push(performance.now() - t);
    db.close();

    db = await fresh();
    t = performance.now();
    const files = [JSON.parse(seed), JSON.parse(osm)] as Array<{ operators: unknown[]; sites: unknown[] }>;
    await db.operators.bulkPut(files.flatMap((f) => f.operators) as never[]);
    await db.sites.bulkPut(files.flatMap((f) => f.sites) as never[]);
    raw.push(performance.now() - t);
    db.close();
  }

  const rows: Row[] = [
    { section: SECTION, measure: 'seed-catalog.json, gzipped', value: gz(seed), unit: 'KiB', baseline: { label: 'raw', value: kib(seed), unit: 'KiB' }, ratio: gz(seed) / kib(seed) },
    { section: SECTION, measure: 'catalog/osm.json (ODbL layer), gzipped', value: gz(osm), unit: 'KiB', baseline: { label: 'raw', value: kib(osm), unit: 'KiB' }, ratio: gz(osm) / kib(osm) },
    {
      section: SECTION,
      measure: `first install: seed + OSM layer, ${sites} sites (fake-indexeddb)`,
      value: median(install),
      unit: 'ms',
      baseline: { label: 'JSON.parse + raw bulkPut of the same records', value: median(raw), unit: 'ms' },
      ratio: median(install) / median(raw),
      runs,
      note: `of which the seed alone ${median(seedOnly).toFixed(0)} ms`,
    },
    { section: SECTION, measure: 'OSM layer offered again, unchanged', value: median(again), unit: 'ms', baseline: { label: 'first install', value: median(install), unit: 'ms' }, ratio: median(again) / median(install), runs },
  ];
  return {
    section: SECTION,
    rows,
    details: { sites, installMs: install, rawMs: raw, againMs: again },
    notes: ['The background installs only when the bundled catalog files changed (a build-time hash); otherwise neither file is fetched.'],
  };
}
