import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { buildCatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { compare } from '../../../lib/catalog/compare';
import { resolverFor } from '../../../lib/catalog/resolve';
import { parseSeedFile } from '../../../lib/catalog/seed-update';
import { openCatalogDb } from '../../../lib/catalog/db';
import { CatalogService } from '../../../lib/catalog/service';
import { SiteSchema, type Site } from '../../../lib/catalog/schema';

const text = readFileSync('/work/main/public/seed-catalog.json', 'utf8');
let t = performance.now();
const { seed } = parseSeedFile(text);
console.log('parse seed', seed.sites.length, 'sites', (performance.now() - t).toFixed(1), 'ms');
// 10k+: the seed 5x, copies renamed (different ids, names, aliases; same places/operators)
const sites: Site[] = [];
for (let k = 0; k < 5; k++) for (const s of seed.sites) sites.push(k === 0 ? s : { ...s, id: `${s.id}-c${k}`, name: `${s.name} copy ${k}`, aliases: s.aliases.map((a) => `${a} c${k}`), regionCode: s.regionCode ? `${s.regionCode}-c${k}` : undefined });
console.log('sites', sites.length);
t = performance.now();
const snap = buildCatalogSnapshot(sites, seed.operators);
console.log('snapshot', (performance.now() - t).toFixed(1), 'ms');
t = performance.now();
const r = resolverFor(snap);
console.log('resolver build', (performance.now() - t).toFixed(1), 'ms');
const ops = ['aws', 'microsoft', 'google', 'oracle', 'alibaba-cloud', 'equinix', 'digital-realty', 'qts', 'xai', 'openai'];
const cities = ['Tokyo', 'Ashburn', 'Abilene', 'Seoul', 'Dallas', 'Phoenix', 'Virginia', 'South Korea', 'Memphis', 'Frankfurt'];
const queries = Array.from({ length: 1000 }, (_, i) => i % 3 === 0 ? { text: sites[(i * 37) % sites.length].aliases[0] ?? sites[(i * 37) % sites.length].name } : { operatorIds: [ops[i % ops.length]], city: cities[(i * 7) % cities.length], ordinal: i % 5 === 0 ? 3 : undefined, kind: 'facility' as const });
t = performance.now();
let n = 0;
for (const q of queries) n += r.resolve(q).length;
console.log('1000 resolves', (performance.now() - t).toFixed(1), 'ms', n, 'candidates');
t = performance.now();
for (let i = 0; i < 1000; i++) r.operatorIdsFor(['SK Telecom Co. and Amazon Web Services Inc.', 'Microsoft Corp.', "Alibaba's", 'Unknown Holdings Ltd.'][i % 4]);
console.log('1000 operatorIdsFor', (performance.now() - t).toFixed(1), 'ms');
// compare: first call per scope computes stats, then memoised
const subjects = sites.filter((_, i) => i % 10 === 0).slice(0, 1000);
t = performance.now();
compare({ siteId: 'epoch-stargate-abilene', operatorIds: [], place: {} }, snap);
console.log('first compare (US + north-america stats cold)', (performance.now() - t).toFixed(2), 'ms');
t = performance.now();
for (const s of subjects) compare({ siteId: s.id, operatorIds: s.operatorIds, place: s.place }, snap);
console.log(`${subjects.length} compares (mixed cold/warm)`, (performance.now() - t).toFixed(1), 'ms');
t = performance.now();
for (const s of subjects) compare({ siteId: s.id, operatorIds: s.operatorIds, place: s.place }, snap);
console.log(`${subjects.length} compares warm`, (performance.now() - t).toFixed(1), 'ms');
// cold single compare for a US site on a fresh snapshot
const snap2 = buildCatalogSnapshot(sites, seed.operators);
t = performance.now();
compare({ siteId: 'epoch-stargate-abilene', operatorIds: [], place: {} }, snap2);
console.log('cold compare US on fresh snapshot', (performance.now() - t).toFixed(2), 'ms');

// service
const db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
const service = new CatalogService(db);
t = performance.now();
await service.bulkPut({ operators: seed.operators, sites });
console.log('bulkPut 10k (fake-indexeddb)', (performance.now() - t).toFixed(0), 'ms');
t = performance.now();
await service.getSnapshot();
console.log('service view load (read+parse+index) 10k', (performance.now() - t).toFixed(0), 'ms');
for (const q of ['aws tokyo', 'ap-northeast-2', 'colossus', 'texas', 'virginia equinix', 'a']) {
  t = performance.now();
  const res = await service.listSites({ filter: { query: q }, limit: 50 });
  console.log(`search "${q}"`, res.total, (performance.now() - t).toFixed(1), 'ms');
}
t = performance.now();
await service.listSites({ sort: 'capacity', limit: 50 });
console.log('list all sorted by capacity', (performance.now() - t).toFixed(1), 'ms');
t = performance.now();
await service.stats();
console.log('stats', (performance.now() - t).toFixed(1), 'ms');
service.dispose();
