/**
 * Known-site acceptance on the catalog as shipped (seed + OSM layer, loaded like the background
 * does), for names the new sources brought, written the way news names them. Sentences are our own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import type { Site } from '../../../lib/catalog/schema';
import { loadShippedCatalog } from '../../../lib/catalog/shipped';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { compileIndex, detect, type DetectorIndex } from '../../../lib/detect/index';

let index: DetectorIndex;
let resolver: ReturnType<typeof createResolver>;
let byId: Map<string, Site>;

beforeAll(async () => {
  const { sites, operators } = await loadShippedCatalog((p) => readFileSync(path.join('public', p), 'utf8'));
  index = compileIndex(lexiconFromCatalog(sites, operators));
  resolver = createResolver(sites, operators);
  byId = new Map(sites.map((s) => [s.id, s]));
}, 60_000);

const CASES: Array<{ what: string; text: string; words: string; isRight: (s: Site) => boolean }> = [
  {
    what: 'an Equinix code in Amsterdam (OSM layer)',
    text: 'The exchange moved its matching engines into the Equinix AM7 data center last spring.',
    words: 'AM7',
    isRight: (s) => s.operatorIds.includes('equinix') && s.codes.includes('AM7') && s.credits.includes('OpenStreetMap contributors (ODbL)'),
  },
  {
    what: 'a European colocation building with its code (SovereignSky)',
    text: 'Capacity at STACK Infrastructure OSL01 in Oslo is sold out, the company said.',
    words: 'OSL01',
    isRight: (s) => s.operatorIds.includes('stack-infrastructure') && s.codes.includes('OSL01'),
  },
  {
    what: 'a large AI campus outside the US (Open Data Center Atlas)',
    text: 'AirTrunk JHB1 in Johor reached its second phase, with more capacity planned across the causeway.',
    words: 'JHB1',
    isRight: (s) => s.operatorIds.includes('airtrunk') && s.place.country === 'MY' && s.credits.some((c) => c.startsWith('Open Data Center Atlas')),
  },
  {
    what: 'a European AI campus (Open Data Center Atlas)',
    text: 'Work on the Data4 Hanau campus continued through the winter.',
    words: 'Hanau',
    isRight: (s) => s.operatorIds.includes('data4') && s.place.country === 'DE',
  },
  {
    what: 'a facility known only to OSM, by operator and city',
    text: 'KDDI said its data center in Nagoya would add liquid cooling next year.',
    words: 'data center in Nagoya',
    isRight: (s) => s.operatorIds.includes('kddi') && s.place.city === 'Nagoya' && s.id.startsWith('osm-'),
  },
  // Region codes several clouds reuse: the company the article names picks the region.
  {
    what: 'a region code AWS shares with Alibaba Cloud, named with AWS',
    text: 'AWS customers in the Gulf can use me-central-1 from today.',
    words: 'me-central-1',
    isRight: (s) => s.operatorIds.includes('aws'),
  },
  {
    what: 'the same code named with Alibaba Cloud',
    text: 'Alibaba Cloud customers in the Gulf can use me-central-1 from today.',
    words: 'me-central-1',
    isRight: (s) => s.operatorIds.includes('alibaba-cloud'),
  },
  {
    what: 'a code three clouds share, the company two sentences before',
    text: 'Huawei Cloud expanded in South-East Asia this year. Its customers asked for more room. Demand on ap-southeast-3 keeps growing.',
    words: 'ap-southeast-3',
    isRight: (s) => s.operatorIds.includes('huawei-cloud'),
  },
];

describe('the shipped catalog (seed + OSM layer), through the detector', () => {
  for (const c of CASES) {
    it(`resolves ${c.what}`, () => {
      const mentions = detect(c.text, index, (q) => resolver.resolve(q));
      const hit = mentions.find((m) => m.text.includes(c.words));
      expect(hit, `no mention covering "${c.words}" in ${JSON.stringify(mentions.map((m) => m.text))}`).toBeDefined();
      expect(hit!.status).toBe('known');
      const site = byId.get(hit!.entityId!);
      expect(site && c.isRight(site), `${c.words} -> ${hit!.entityId} (${site?.name})`).toBe(true);
    });
  }
  it('a code name the catalog gives a US project, placed by the article in Spain, is another project', () => {
    const mentions = detect('Madrid-based Solaria Digital unveiled Project Jupiter, a 200MW AI data center campus in Toledo, Spain.', index, (q) => resolver.resolve(q));
    expect(mentions.length).toBeGreaterThan(0);
    expect(mentions.map((m) => m.status)).not.toContain('known');
    expect(mentions.map((m) => m.facts.operator)).not.toContain('Oracle');
  });
  it('a lone operator site under the city\'s name is no sure match when the company has others around it', () => {
    const [m] = detect('Equinix opened a new data center in London on Monday.', index, (q) => resolver.resolve(q));
    expect(m.status).toBe('new');
  });
  // A bare code with its operator elsewhere in the sentence ("Equinix said its AM7 site…") needs the
  // detector to pair site.codes with an operator in context: lib/detect (Lead), not catalog data.
  it.todo('resolves a bare facility code qualified by its operator earlier in the sentence');
});
