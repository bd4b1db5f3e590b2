/** Compare for places a new mention names: only a world region; and who counts as a competitor. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare } from '../../../lib/catalog/compare';
import { buildCatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { UNDISCLOSED_OPERATOR_ID } from '../../../lib/catalog/schema';
import { parseExportFile } from '../../../lib/sync/format';
import { worldRegionByName } from '../../../lib/geo/world-regions';

const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
if (!parsed.ok) throw new Error(parsed.message);
const snapshot = buildCatalogSnapshot(parsed.file.sites, parsed.file.operators);

describe('compare on the shipped seed', () => {
  it('"a new data center in the Asia-Pacific region" compares within Asia-Pacific only', () => {
    const region = worldRegionByName('the Asia-Pacific region');
    expect(region).toBe('asia-pacific');
    const c = compare({ operatorIds: ['openai'], place: { worldRegion: region } }, snapshot);
    expect(c.scopes.map((s) => s.scope)).toEqual(['world-region']);
    const names = c.scopes[0].operators.map((o) => o.operatorName).join(' ');
    expect(names).toMatch(/Alibaba/);
    expect(names).not.toMatch(/Undisclosed/);
  });

  it('sites without a named operator count in ranks but are nobody\'s competitor', () => {
    const us = compare({ operatorIds: ['meta'], place: { country: 'US', city: 'New Albany' } }, snapshot);
    const listed = us.scopes.flatMap((s) => s.operators.map((o) => o.operatorId));
    expect(listed.length).toBeGreaterThan(3);
    expect(listed).not.toContain(UNDISCLOSED_OPERATOR_ID);
    expect(parsed.file.sites.some((s) => s.operatorIds.includes(UNDISCLOSED_OPERATOR_ID) && s.place.country === 'US')).toBe(true);
  });

  it('names world regions as news writes them, and nothing else', () => {
    expect(worldRegionByName('APAC')).toBe('asia-pacific');
    expect(worldRegionByName('the Middle East')).toBe('middle-east');
    expect(worldRegionByName('Europe')).toBe('europe');
    expect(worldRegionByName('Tokyo')).toBeUndefined();
    expect(worldRegionByName('South Korea')).toBeUndefined();
  });
});
