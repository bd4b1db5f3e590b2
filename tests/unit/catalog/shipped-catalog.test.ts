/**
 * The catalog as shipped (seed + OSM layer, combined as the background installs them): the issue's
 * size goals, the ODbL layer kept apart and credited, and seed ids that stay stable.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShippedCatalog, SEED_PATH, type ShippedCatalog } from '../../../lib/catalog/shipped';
import { OSM_LAYER, parseSeedFile } from '../../../lib/catalog/seed-update';

const read = (p: string) => readFileSync(path.join('public', p), 'utf8');
const OSM_CREDIT = 'OpenStreetMap contributors (ODbL)';
let shipped: ShippedCatalog;
let seedIds: Set<string>;

beforeAll(async () => {
  shipped = await loadShippedCatalog(read);
  seedIds = new Set(parseSeedFile(read(SEED_PATH)).seed.sites.map((s) => s.id));
});

describe('the shipped catalog (seed + layers)', () => {
  it('every record of every file is valid', () => {
    expect(shipped.invalid).toEqual([]);
  });

  it('has at least 5,500 sites, 2,800 outside the US, in 100 countries', () => {
    const countries = new Set(shipped.sites.map((s) => s.place.country).filter(Boolean));
    expect(shipped.sites.length).toBeGreaterThanOrEqual(5500);
    expect(shipped.sites.filter((s) => s.place.country && s.place.country !== 'US').length).toBeGreaterThanOrEqual(2800);
    expect(countries.size).toBeGreaterThanOrEqual(100);
  });

  it('keeps the OSM layer apart: its own ids, credited and linked to the OSM object; no OSM data in the seed', () => {
    const layer = parseSeedFile(read(OSM_LAYER.path)).seed;
    expect(layer.sites.length).toBeGreaterThan(2000);
    for (const s of layer.sites) {
      expect(OSM_LAYER.owns(s.id) && !seedIds.has(s.id), s.id).toBe(true);
      expect(s.credits, s.id).toContain(OSM_CREDIT);
      expect(s.sources[0]?.url, s.id).toMatch(/^https:\/\/www\.openstreetmap\.org\/(node|way|relation)\/\d+$/);
    }
    const seedText = read(SEED_PATH);
    expect(seedText).not.toContain('openstreetmap.org');
    expect(seedText).not.toContain(OSM_CREDIT);
    const seedOps = new Set(parseSeedFile(seedText).seed.operators.map((o) => o.id));
    expect(layer.operators.filter((o) => seedOps.has(o.id))).toEqual([]);
    expect(read('/catalog/OSM-LICENSE.txt')).toMatch(/© OpenStreetMap contributors[\s\S]*Open Database License \(ODbL\) 1\.0/);
  });

  it('every site id the real dev set was keyed with still exists in the seed', () => {
    const file = path.resolve('../shared/eval-real/dev/entities.json');
    if (!existsSync(file)) return; // the real set lives beside the repo on the project machine only
    const keyed = JSON.parse(readFileSync(file, 'utf8')) as { files: Record<string, Record<string, { id: string | null }>> };
    const ids = new Set(Object.values(keyed.files).flatMap((f) => Object.values(f).flatMap((e) => (e.id ? [e.id] : []))));
    expect(ids.size).toBeGreaterThan(0);
    expect([...ids].filter((id) => !seedIds.has(id))).toEqual([]);
  });
});
