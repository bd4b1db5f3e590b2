/**
 * A small, realistic catalog: cloud regions of AWS, Microsoft, Google, Oracle and Alibaba in Tokyo,
 * Osaka, Seoul and the UAE; Alibaba's Tokyo data centers 1-5 (the article "Alibaba Cloud opens
 * fifth Tokyo data center"); the SK Telecom + AWS Ulsan AI data center; xAI's Colossus 1 and 2;
 * OpenAI's Stargate Abilene; Microsoft Fairwater. Region codes, cities and launch dates follow
 * the providers' region pages; campus figures follow Epoch AI's Frontier Data Centers (Aug 2026)
 * and press reports, rounded. Alibaba's Tokyo buildings have no public names: theirs are made up.
 */
import { OperatorSchema, SiteSchema, type Operator, type OperatorKind, type Site, type SiteInput } from '../../../lib/catalog/schema';

export const T0 = '2026-08-01T00:00:00.000Z';

const EPOCH = { url: 'https://epoch.ai/data/data-centers', publisher: 'Epoch AI', date: '2026-08' };

function op(id: string, name: string, kind: OperatorKind, aliases: string[], footprint: Operator['footprint'] = {}): Operator {
  return OperatorSchema.parse({ id, name, kind, aliases, footprint, origin: 'seed', createdAt: T0, updatedAt: T0 });
}

const fact = (value: number, asOf: string) => ({ value, asOf });

export const OPERATORS: Operator[] = [
  op('aws', 'Amazon Web Services', 'hyperscale_cloud', ['AWS', 'Amazon', 'Amazon Web Services Inc.'], {
    regions: fact(37, '2026-01'),
    zones: fact(117, '2026-01'),
  }),
  op('microsoft', 'Microsoft', 'hyperscale_cloud', ['Microsoft Azure', 'Azure', 'Microsoft Corp.'], {
    regions: fact(60, '2026-01'),
  }),
  op('google', 'Google', 'hyperscale_cloud', ['Google Cloud', 'GCP', 'Alphabet'], { regions: fact(42, '2026-01'), zones: fact(127, '2026-01') }),
  op('oracle', 'Oracle', 'hyperscale_cloud', ['Oracle Cloud Infrastructure', 'OCI'], { regions: fact(51, '2026-01') }),
  op('alibaba-cloud', 'Alibaba Cloud', 'hyperscale_cloud', ['Aliyun', 'Alibaba', 'Alibaba Group'], {
    regions: fact(29, '2025-06'),
    zones: fact(87, '2025-06'),
  }),
  op('sk-telecom', 'SK Telecom', 'telecom', ['SKT']),
  op('xai', 'xAI', 'ai_lab', []),
  op('openai', 'OpenAI', 'ai_lab', []),
  op('crusoe', 'Crusoe', 'developer', ['Crusoe Energy']),
  op('khazna', 'Khazna Data Centers', 'colocation', ['Khazna']),
];

type Extra = Partial<Omit<SiteInput, 'id' | 'name' | 'kind' | 'operatorIds'>>;

function site(id: string, name: string, kind: Site['kind'], operatorIds: string[], extra: Extra = {}): Site {
  return SiteSchema.parse({ id, name, kind, operatorIds, origin: 'seed', createdAt: T0, updatedAt: T0, ...extra });
}

const TOKYO = { city: 'Tokyo', country: 'JP', worldRegion: 'asia-pacific', lat: 35.68, lon: 139.76, precision: 'city' } as const;
const OSAKA = { city: 'Osaka', country: 'JP', worldRegion: 'asia-pacific', lat: 34.69, lon: 135.5, precision: 'city' } as const;
const SEOUL = { city: 'Seoul', country: 'KR', worldRegion: 'asia-pacific', lat: 37.57, lon: 126.98, precision: 'city' } as const;
const DUBAI = { city: 'Dubai', country: 'AE', worldRegion: 'middle-east', lat: 25.2, lon: 55.27, precision: 'city' } as const;
const ABU_DHABI = { city: 'Abu Dhabi', country: 'AE', worldRegion: 'middle-east', lat: 24.45, lon: 54.38, precision: 'city' } as const;

function region(id: string, name: string, operatorId: string, code: string, place: Site['place'], opened: string, zones?: number): Site {
  return site(id, name, 'region', [operatorId], {
    aliases: [code],
    regionCode: code,
    status: 'operational',
    place,
    zones,
    dates: { opened },
  });
}

export const SITES: Site[] = [
  // Tokyo
  region('aws-ap-northeast-1', 'AWS Asia Pacific (Tokyo)', 'aws', 'ap-northeast-1', TOKYO, '2011-03', 4),
  region('azure-japaneast', 'Azure Japan East', 'microsoft', 'japaneast', TOKYO, '2014-02', 3),
  region('gcp-asia-northeast1', 'Google Cloud Tokyo', 'google', 'asia-northeast1', TOKYO, '2016-11', 3),
  region('oci-ap-tokyo-1', 'Oracle Cloud Japan East (Tokyo)', 'oracle', 'ap-tokyo-1', TOKYO, '2019-05', 1),
  region('alibaba-ap-northeast-1', 'Alibaba Cloud Japan (Tokyo)', 'alibaba-cloud', 'ap-northeast-1', TOKYO, '2016-12', 3),
  ...[2016, 2019, 2021, 2023, 2025].map((year, i) =>
    site(`alibaba-tokyo-dc-${i + 1}`, `Alibaba Cloud Tokyo Data Center ${i + 1}`, 'facility', ['alibaba-cloud'], {
      status: 'operational',
      place: { ...TOKYO },
      parentId: 'alibaba-ap-northeast-1',
      dates: { opened: String(year) },
    }),
  ),
  // Osaka
  region('aws-ap-northeast-3', 'AWS Asia Pacific (Osaka)', 'aws', 'ap-northeast-3', OSAKA, '2021-03', 3),
  region('azure-japanwest', 'Azure Japan West', 'microsoft', 'japanwest', OSAKA, '2014-02'),
  region('gcp-asia-northeast2', 'Google Cloud Osaka', 'google', 'asia-northeast2', OSAKA, '2019-05', 3),
  region('oci-ap-osaka-1', 'Oracle Cloud Japan Central (Osaka)', 'oracle', 'ap-osaka-1', OSAKA, '2020-02', 1),
  // Seoul and Ulsan
  region('aws-ap-northeast-2', 'AWS Asia Pacific (Seoul)', 'aws', 'ap-northeast-2', SEOUL, '2016-01', 4),
  region('azure-koreacentral', 'Azure Korea Central', 'microsoft', 'koreacentral', SEOUL, '2017-02', 3),
  region('gcp-asia-northeast3', 'Google Cloud Seoul', 'google', 'asia-northeast3', SEOUL, '2020-02', 3),
  region('oci-ap-seoul-1', 'Oracle Cloud South Korea Central (Seoul)', 'oracle', 'ap-seoul-1', SEOUL, '2019-05', 1),
  region('alibaba-ap-northeast-2', 'Alibaba Cloud South Korea (Seoul)', 'alibaba-cloud', 'ap-northeast-2', SEOUL, '2022-06', 1),
  site('skt-aws-ulsan-ai', 'SK Telecom–AWS Ulsan AI Data Center', 'facility', ['sk-telecom', 'aws'], {
    aliases: ['Ulsan AI data center'],
    status: 'under_construction',
    place: { city: 'Ulsan', country: 'KR', worldRegion: 'asia-pacific', lat: 35.54, lon: 129.31, precision: 'city' },
    capacity: { plannedMW: 103, asOf: '2025-06' },
    gpus: { plannedCount: 60_000, asOf: '2025-06' },
    dates: { announced: '2025-06', groundbreaking: '2025-08' },
    sources: [{ url: 'https://www.reuters.com/technology/sk-telecom-aws-ulsan-ai-data-center-2025-06-20/', publisher: 'Reuters', date: '2025-06-20' }],
  }),
  // UAE
  region('aws-me-central-1', 'AWS Middle East (UAE)', 'aws', 'me-central-1', DUBAI, '2022-08', 3),
  region('azure-uaenorth', 'Azure UAE North', 'microsoft', 'uaenorth', DUBAI, '2019-06', 3),
  region('azure-uaecentral', 'Azure UAE Central', 'microsoft', 'uaecentral', ABU_DHABI, '2019-06'),
  region('oci-me-dubai-1', 'Oracle Cloud UAE East (Dubai)', 'oracle', 'me-dubai-1', DUBAI, '2020-10', 1),
  region('oci-me-abudhabi-1', 'Oracle Cloud UAE Central (Abu Dhabi)', 'oracle', 'me-abudhabi-1', ABU_DHABI, '2022-05', 1),
  region('alibaba-me-east-1', 'Alibaba Cloud UAE (Dubai)', 'alibaba-cloud', 'me-east-1', DUBAI, '2016-11', 1),
  site('stargate-uae', 'Stargate UAE', 'campus', ['openai', 'khazna'], {
    aliases: ['UAE Stargate'],
    status: 'under_construction',
    place: { ...ABU_DHABI, precision: 'city' },
    capacity: { operationalMW: 0, plannedMW: 1000, asOf: '2026-08' },
    dates: { announced: '2025-05', expected: '2026' },
  }),
  // United States: AI campuses
  site('xai-colossus-1', 'xAI Colossus 1', 'campus', ['xai'], {
    aliases: ['Colossus', 'Colossus 1'],
    status: 'operational',
    place: { city: 'Memphis', admin: 'Tennessee', country: 'US', worldRegion: 'north-america', lat: 35.06, lon: -90.1, precision: 'site' },
    capacity: { operationalMW: 300, asOf: '2026-08' },
    gpus: { count: 230_000, chip: 'NVIDIA H100/H200/GB200', asOf: '2025-10' },
    dates: { opened: '2024-09' },
    sources: [EPOCH],
    credits: ['Epoch AI (CC BY 4.0)'],
  }),
  site('xai-colossus-2', 'xAI Colossus 2', 'campus', ['xai'], {
    aliases: ['Colossus 2'],
    status: 'under_construction',
    place: { city: 'Memphis', admin: 'Tennessee', country: 'US', worldRegion: 'north-america', lat: 34.99, lon: -89.97, precision: 'site' },
    capacity: { operationalMW: 946, plannedMW: 1400, asOf: '2026-08' },
    gpus: { plannedCount: 550_000, chip: 'NVIDIA GB200/GB300', asOf: '2025-10' },
    dates: { groundbreaking: '2025-03' },
    sources: [EPOCH],
    credits: ['Epoch AI (CC BY 4.0)'],
  }),
  site('stargate-abilene', 'OpenAI Stargate Abilene', 'campus', ['openai', 'oracle', 'crusoe'], {
    aliases: ['Stargate Abilene', 'Abilene campus'],
    status: 'operational',
    place: { city: 'Abilene', admin: 'Texas', country: 'US', worldRegion: 'north-america', lat: 32.5, lon: -99.78, precision: 'site' },
    capacity: { operationalMW: 600, plannedMW: 1200, asOf: '2026-08' },
    gpus: { plannedCount: 400_000, chip: 'NVIDIA GB200', asOf: '2025-09' },
    dates: { announced: '2025-01', opened: '2025-09' },
    sources: [EPOCH],
    credits: ['Epoch AI (CC BY 4.0)'],
  }),
  site('microsoft-fairwater-wi', 'Microsoft Fairwater Wisconsin', 'campus', ['microsoft'], {
    aliases: ['Fairwater', 'Fairwater 1'],
    status: 'operational',
    place: { city: 'Mount Pleasant', admin: 'Wisconsin', country: 'US', worldRegion: 'north-america', lat: 42.71, lon: -87.93, precision: 'site' },
    capacity: { operationalMW: 450, plannedMW: 900, asOf: '2026-08' },
    dates: { opened: '2026-01' },
    sources: [EPOCH],
    credits: ['Epoch AI (CC BY 4.0)'],
  }),
  region('aws-us-east-1', 'AWS US East (N. Virginia)', 'aws', 'us-east-1', { city: 'Ashburn', admin: 'Virginia', country: 'US', worldRegion: 'north-america' }, '2006-08', 6),
];

export const siteById = (id: string): Site => {
  const s = SITES.find((x) => x.id === id);
  if (!s) throw new Error(`fixture has no ${id}`);
  return s;
};
