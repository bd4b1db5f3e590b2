/**
 * Example card data for tests and screenshots. Parsed through the real schemas, so a fixture that
 * drifts from the protocol fails loudly.
 *
 * Provenance: cloud-region codes, cities, zone counts and launch dates follow
 * /work/shared/data/cloud-regions-mcp and cloud-regions-cloudmux; Stargate Abilene follows Epoch
 * AI's Frontier Data Centers (Aug 2026) and GPU Clusters data. Providers do not publish the power
 * or GPU counts of their cloud regions, so every MW and GPU figure of the Tokyo cloud regions below
 * is ILLUSTRATIVE (chosen to exercise the charts), as are the worldwide footprint counts.
 */
import { z } from 'zod';
import { MentionSchema, OperatorSchema, SiteSchema, type Mention, type Operator, type Site } from '../../../lib/catalog/schema';
import { CardDataSchema, ComparisonSchema, type CardData } from '../../../lib/messaging/messages';

type Comparison = z.infer<typeof ComparisonSchema>;

const T = '2026-01-21T00:00:00.000Z';

function operator(id: string, name: string, aliases: string[], kind: Operator['kind'], hqCountry: string): Operator {
  return OperatorSchema.parse({ id, name, aliases, kind, hqCountry, origin: 'seed', createdAt: T, updatedAt: T });
}

export const operators = {
  alibaba: operator('alibaba-cloud', 'Alibaba Cloud', ['Aliyun', 'Alibaba'], 'hyperscale_cloud', 'CN'),
  aws: operator('aws', 'Amazon Web Services', ['AWS', 'Amazon'], 'hyperscale_cloud', 'US'),
  azure: operator('microsoft-azure', 'Microsoft Azure', ['Azure', 'Microsoft'], 'hyperscale_cloud', 'US'),
  google: operator('google-cloud', 'Google Cloud', ['GCP', 'Google'], 'hyperscale_cloud', 'US'),
  oracle: operator('oracle', 'Oracle Cloud Infrastructure', ['Oracle', 'OCI'], 'hyperscale_cloud', 'US'),
  openai: operator('openai', 'OpenAI', [], 'ai_lab', 'US'),
} as const;

const TOKYO = { city: 'Tokyo', admin: 'Tokyo', country: 'JP', worldRegion: 'asia-pacific', lat: 35.709, lon: 139.732, precision: 'city' } as const;

export const alibabaTokyoSite: Site = SiteSchema.parse({
  id: 'alibaba-cloud-ap-northeast-1',
  name: 'Alibaba Cloud Japan (Tokyo)',
  aliases: ['ap-northeast-1', 'Alibaba Cloud Tokyo', 'Aliyun Tokyo'],
  kind: 'region',
  operatorIds: ['alibaba-cloud'],
  status: 'operational',
  place: TOKYO,
  capacity: { operationalMW: 100, plannedMW: 150, asOf: '2025-06' },
  dates: { opened: '2016-12' },
  regionCode: 'ap-northeast-1',
  zones: 3,
  sources: [
    {
      url: 'https://www.alibabacloud.com/global-locations',
      title: 'Alibaba Cloud global infrastructure: regions and zones',
      publisher: 'Alibaba Cloud',
      date: '2025-06',
    },
    {
      url: 'https://github.com/Netflix/cloudmux',
      title: 'cloudmux region geography table',
      publisher: 'GitHub',
    },
  ],
  credits: ['Region locations: cloudmux (Apache-2.0)'],
  origin: 'seed',
  createdAt: T,
  updatedAt: T,
});

function region(id: string, name: string, operatorId: string, regionCode: string, zones: number, city: string, opened?: string): Site {
  return SiteSchema.parse({
    id,
    name,
    aliases: [regionCode],
    kind: 'region',
    operatorIds: [operatorId],
    status: 'operational',
    place: { ...TOKYO, city, admin: city },
    regionCode,
    zones,
    dates: opened ? { opened } : {},
    sources: [],
    origin: 'seed',
    createdAt: T,
    updatedAt: T,
  });
}

export const awsTokyoSite = region('aws-ap-northeast-1', 'AWS Asia Pacific (Tokyo)', 'aws', 'ap-northeast-1', 4, 'Tokyo', '2011-03');
export const azureJapanEastSite = region('azure-japaneast', 'Azure Japan East', 'microsoft-azure', 'japaneast', 3, 'Tokyo', '2014-02');

/** "Alibaba Cloud has launched its fifth data center in Tokyo" (seed article), resolved to the region. */
export const alibabaTokyoMention: Mention = MentionSchema.parse({
  start: 132,
  end: 166,
  text: 'Alibaba Cloud has launched its fifth data center in Tokyo',
  status: 'known',
  entityId: 'alibaba-cloud-ap-northeast-1',
  kind: 'region',
  confidence: 0.86,
  facts: {
    operator: 'Alibaba Cloud',
    location: 'Tokyo',
    capacityMW: null,
    gpus: null,
    investment: null,
    ordinal: 'fifth',
    name: null,
    date: null,
  },
  operatorIds: ['alibaba-cloud'],
  country: 'JP',
  candidates: [],
});

type ScopeOperator = Comparison['scopes'][number]['operators'][number];
function op(o: Operator, sites: number, mw: number | null, gpus: number | null, zones: number | null, isSubject = false): ScopeOperator {
  // Tokyo's competitors here are cloud regions: counted as regions, their facilities not reported.
  return { operatorId: o.id, operatorName: o.name, sites, regions: sites, facilities: null, mw, gpus, zones, isSubject };
}

type TopSite = Comparison['scopes'][number]['topSites'][number];
function top(siteId: string, name: string, o: Operator, mw: number | null, gpus: number | null, isSubject = false): TopSite {
  return { siteId, name, operatorName: o.name, mw, gpus, isSubject };
}

const { alibaba, aws, azure, google, oracle } = operators;

export const alibabaTokyoComparison: Comparison = ComparisonSchema.parse({
  subject: { siteId: 'alibaba-cloud-ap-northeast-1', operatorIds: ['alibaba-cloud'], place: TOKYO },
  scopes: [
    {
      scope: 'city',
      label: 'Tokyo',
      operators: [
        op(aws, 1, 240, 20_000, 4),
        op(azure, 1, 180, 12_000, 3),
        op(google, 1, 150, null, 3),
        op(alibaba, 1, 100, null, 3, true),
        op(oracle, 2, 60, null, 1),
      ],
      rankByMW: { rank: 4, of: 6 },
      rankByGpus: null,
      topSites: [
        top('aws-ap-northeast-1', 'AWS Asia Pacific (Tokyo)', aws, 240, 20_000),
        top('azure-japaneast', 'Azure Japan East', azure, 180, 12_000),
        top('google-cloud-asia-northeast1', 'Google Cloud Tokyo (asia-northeast1)', google, 150, null),
        top('alibaba-cloud-ap-northeast-1', 'Alibaba Cloud Japan (Tokyo)', alibaba, 100, null, true),
        top('oracle-ap-tokyo-1', 'OCI Japan East (Tokyo)', oracle, 40, null),
        top('oracle-ap-chiyoda-1', 'OCI Chiyoda (dedicated)', oracle, 20, null),
      ],
    },
    {
      scope: 'country',
      label: 'Japan',
      operators: [
        op(aws, 2, 400, 28_000, 7),
        op(azure, 2, 300, 16_000, 6),
        op(google, 2, 260, null, 6),
        op(oracle, 3, 110, null, 3),
        op(alibaba, 1, 100, null, 3, true),
      ],
      rankByMW: { rank: 6, of: 10 },
      rankByGpus: null,
      topSites: [
        top('aws-ap-northeast-1', 'AWS Asia Pacific (Tokyo)', aws, 240, 20_000),
        top('azure-japaneast', 'Azure Japan East', azure, 180, 12_000),
        top('aws-ap-northeast-3', 'AWS Asia Pacific (Osaka)', aws, 160, 8_000),
        top('google-cloud-asia-northeast1', 'Google Cloud Tokyo (asia-northeast1)', google, 150, null),
        top('azure-japanwest', 'Azure Japan West', azure, 120, 4_000),
        top('alibaba-cloud-ap-northeast-1', 'Alibaba Cloud Japan (Tokyo)', alibaba, 100, null, true),
      ],
    },
    {
      scope: 'world-region',
      label: 'Asia-Pacific',
      operators: [
        op(aws, 16, 2_900, 150_000, 50),
        op(alibaba, 21, 2_300, null, 60, true),
        op(azure, 24, 2_100, 90_000, 45),
        op(google, 12, 1_700, null, 36),
        op(oracle, 12, 600, null, 12),
      ],
      rankByMW: { rank: 31, of: 88 },
      rankByGpus: null,
      topSites: [
        top('alibaba-cloud-cn-zhangjiakou', 'Alibaba Cloud China North 3 (Zhangjiakou)', alibaba, 400, null),
        top('aws-ap-southeast-1', 'AWS Asia Pacific (Singapore)', aws, 300, 25_000),
        top('aws-ap-northeast-1', 'AWS Asia Pacific (Tokyo)', aws, 240, 20_000),
        top('azure-japaneast', 'Azure Japan East', azure, 180, 12_000),
        top('alibaba-cloud-ap-northeast-1', 'Alibaba Cloud Japan (Tokyo)', alibaba, 100, null, true),
      ],
    },
  ],
  footprints: [
    { operatorId: aws.id, operatorName: aws.name, regions: 37, zones: 117, facilities: null, totalMW: null, asOf: '2025-06', isSubject: false },
    { operatorId: azure.id, operatorName: azure.name, regions: 60, zones: 126, facilities: null, totalMW: null, asOf: '2025-06', isSubject: false },
    { operatorId: google.id, operatorName: google.name, regions: 42, zones: 127, facilities: null, totalMW: null, asOf: '2025-06', isSubject: false },
    { operatorId: oracle.id, operatorName: oracle.name, regions: 50, zones: 58, facilities: null, totalMW: null, asOf: '2025-06', isSubject: false },
    { operatorId: alibaba.id, operatorName: alibaba.name, regions: 29, zones: 87, facilities: null, totalMW: null, asOf: '2025-06', isSubject: true },
  ],
});

export const alibabaTokyoCard: CardData = CardDataSchema.parse({
  site: alibabaTokyoSite,
  operators: [alibaba],
  comparison: alibabaTokyoComparison,
  candidates: [],
  sightingCount: 3,
});

/**
 * The same sentence when the catalog only knows the Tokyo cloud regions: a new facility, with the
 * regions offered as "is it one of these?".
 */
export const newTokyoFacilityMention: Mention = MentionSchema.parse({
  ...alibabaTokyoMention,
  status: 'new',
  entityId: null,
  kind: 'facility',
  confidence: 0.74,
  facts: { ...alibabaTokyoMention.facts, name: 'Alibaba Cloud Tokyo data center 5' },
  candidates: [alibabaTokyoSite.id, awsTokyoSite.id, azureJapanEastSite.id],
});

export const newTokyoFacilityCard: CardData = CardDataSchema.parse({
  site: null,
  operators: [alibaba, aws, azure],
  comparison: {
    ...alibabaTokyoComparison,
    subject: { siteId: null, operatorIds: ['alibaba-cloud'], place: TOKYO },
    scopes: alibabaTokyoComparison.scopes.map((s) => ({
      ...s,
      rankByMW: null,
      rankByGpus: null,
      topSites: s.topSites.map((t) => ({ ...t, isSubject: false })),
    })),
  },
  candidates: [alibabaTokyoSite, awsTokyoSite, azureJapanEastSite],
  sightingCount: 0,
});

/** An AI campus with the facts a cloud region lacks: capacity apart, GPUs, investment, dates. */
export const stargateAbileneSite: Site = SiteSchema.parse({
  id: 'openai-stargate-abilene',
  name: 'OpenAI Stargate Abilene',
  aliases: ['Stargate Abilene', 'Abilene campus'],
  kind: 'campus',
  operatorIds: ['oracle', 'openai'],
  status: 'operational',
  place: { city: 'Abilene', admin: 'Texas', country: 'US', worldRegion: 'north-america', lat: 32.499722, lon: -99.783889, precision: 'site' },
  capacity: { operationalMW: 421, plannedMW: 1200, asOf: '2026-08', note: 'Epoch AI estimate of facility power' },
  gpus: { count: 100_000, plannedCount: 300_000, chip: 'NVIDIA GB200, GB300', asOf: '2025-12' },
  investment: { usd: 15_948_000_000, asOf: '2026-08' },
  dates: { announced: '2025-01-21', groundbreaking: '2024-06', opened: '2025-06', expected: '2026' },
  sources: [
    {
      url: 'https://www.mortenson.com/projects/abilene-data-center-development',
      title: 'Abilene Data Center Development',
      publisher: 'Mortenson',
    },
    { url: 'https://openai.com/index/five-new-stargate-sites/', title: 'Five new Stargate sites', publisher: 'OpenAI', date: '2025-09' },
  ],
  credits: ['Epoch AI, Frontier Data Centers (CC BY 4.0)'],
  origin: 'seed',
  createdAt: T,
  updatedAt: T,
});

export const stargateAbileneMention: Mention = MentionSchema.parse({
  start: 40,
  end: 56,
  text: 'Stargate Abilene',
  status: 'known',
  entityId: stargateAbileneSite.id,
  kind: 'campus',
  confidence: 0.97,
  facts: {
    operator: 'Oracle',
    location: 'Abilene, Texas',
    capacityMW: 1200,
    gpus: 400_000,
    investment: null,
    ordinal: null,
    name: 'Stargate Abilene',
    date: null,
  },
  operatorIds: ['oracle'],
  country: 'US',
  candidates: [],
});

export const stargateAbileneCard: CardData = CardDataSchema.parse({
  site: stargateAbileneSite,
  operators: [operators.oracle, operators.openai],
  comparison: null,
  candidates: [],
  sightingCount: 12,
});
