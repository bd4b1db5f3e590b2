import { readFileSync } from 'node:fs';
import { buildCatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { compare } from '../../../lib/catalog/compare';
import { parseSeedFile } from '../../../lib/catalog/seed-update';
import type { Site } from '../../../lib/catalog/schema';
const { seed } = parseSeedFile(readFileSync('public/seed-catalog.json', 'utf8'));
const sites: Site[] = [];
for (let k = 0; k < 5; k++) for (const s of seed.sites) sites.push(k === 0 ? s : { ...s, id: `${s.id}-c${k}`, name: `${s.name} copy ${k}` });
const ts: number[] = [];
for (let i = 0; i < 40; i++) {
  const snap = buildCatalogSnapshot(sites, seed.operators);
  const t = performance.now();
  compare({ siteId: 'epoch-stargate-abilene', operatorIds: [], place: {} }, snap);
  ts.push(performance.now() - t);
}
console.log('cold compare US', ts.map((x) => x.toFixed(1)).join(' '));
