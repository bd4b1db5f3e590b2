/**
 * The catalog issue's acceptance check, on the real shipped seed and the same pipeline as the
 * background: a text naming well-known sites and regions reports each as a known catalog site.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { compileIndex, detect, type DetectorIndex } from '../../../lib/detect/index';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { parseExportFile } from '../../../lib/sync/format';
import type { Site } from '../../../lib/catalog/schema';

let index: DetectorIndex;
let resolver: ReturnType<typeof createResolver>;
let byId: Map<string, Site>;

beforeAll(() => {
  const parsed = parseExportFile(readFileSync('public/seed-catalog.json'));
  if (!parsed.ok) throw new Error(parsed.message);
  const { sites, operators } = parsed.file;
  index = compileIndex(lexiconFromCatalog(sites, operators));
  resolver = createResolver(sites, operators);
  byId = new Map(sites.map((s) => [s.id, s]));
});

const TEXT = [
  'OpenAI said the first buildings at Stargate Abilene are already running training jobs.',
  "Meanwhile xAI's Colossus in Memphis doubled its GPU count.",
  'Latency-sensitive workloads stay in AWS ap-northeast-2 for now.',
  'The bank moved its trading systems to Azure Japan East last year.',
  "The startup trains in Google Cloud's asia-northeast1 region.",
  "Alibaba Cloud's Tokyo region added a fifth data center.",
].join(' ');

describe('the shipped seed catalog, through the detector', () => {
  const expectations: Array<[string, (s: Site) => boolean]> = [
    ['Stargate Abilene', (s) => /abilene/i.test(`${s.name} ${s.place.city}`)],
    ['Colossus', (s) => s.operatorIds.includes('xai') && /memphis/i.test(`${s.place.city}`)],
    ['ap-northeast-2', (s) => s.operatorIds.includes('aws') && s.regionCode === 'ap-northeast-2'],
    ['Japan East', (s) => s.operatorIds.includes('microsoft') && s.kind === 'region' && /tokyo/i.test(`${s.place.city}`)],
    ['asia-northeast1', (s) => s.operatorIds.includes('google') && s.regionCode === 'asia-northeast1'],
    ['Tokyo region', (s) => s.operatorIds.includes('alibaba-cloud') && /tokyo/i.test(`${s.place.city}`)],
  ];

  for (const [words, isRight] of expectations) {
    it(`reports "${words}" as a known site`, () => {
      const mentions = detect(TEXT, index, (q) => resolver.resolve(q));
      const hit = mentions.find((m) => m.text.includes(words));
      expect(hit, `no mention covering "${words}" in ${JSON.stringify(mentions.map((m) => m.text))}`).toBeDefined();
      expect(hit!.status).toBe('known');
      const site = byId.get(hit!.entityId!);
      expect(site, `entityId ${hit!.entityId}`).toBeDefined();
      expect(isRight(site!), `${words} -> ${site!.id} (${site!.name})`).toBe(true);
    });
  }
});
