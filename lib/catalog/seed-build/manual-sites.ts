/**
 * Hand-written entries for facilities the datasets miss: the seed articles' sites (Alibaba Cloud
 * in Seoul and Tokyo, SK Telecom + AWS in Ulsan, the UAE-US AI campus) and well-known competitors
 * in Korea, Japan and the UAE. Only facts we are confident of; every entry cites an https page
 * that exists (provider location pages, or links already present in the shared data).
 */
import { worldRegionOf } from '../../geo/countries';
import type { Source } from '../schema';
import { DATASET_DATES, EPOCH_CREDIT, type SiteDraft } from './types';

const ALIBABA_LOCATIONS: Source = { url: 'https://www.alibabacloud.com/en/global-locations', title: 'Alibaba Cloud global locations', publisher: 'Alibaba Cloud' };
const ALIBABA_2025_BLOG: Source = {
  url: 'https://www.alibabacloud.com/blog/alibaba-cloud-celebrates-10-years-in-singapore-with-new-data-centers-and-ai-global-competency-center_602337',
  title: 'Alibaba Cloud celebrates 10 years in Singapore with new data centers and AI Global Competency Center',
  publisher: 'Alibaba Cloud',
};
const ULSAN_DCD: Source = {
  url: 'https://web.archive.org/web/20250725082756/https://www.datacenterdynamics.com/en/news/sk-group-and-aws-to-build-ai-data-center-in-ulsan-south-korea/',
  title: 'SK Group and AWS to build AI data center in Ulsan, South Korea',
  publisher: 'DatacenterDynamics',
  date: '2025-06',
};
const UAE_CAMPUS_PR: Source = {
  url: 'https://web.archive.org/web/20250515200336/https://www.commerce.gov/news/press-releases/2025/05/uae-and-us-presidents-attend-unveiling-phase-1-new-5gw-ai-campus-abu',
  title: 'UAE and US Presidents attend unveiling of Phase 1 of new 5GW AI campus in Abu Dhabi',
  publisher: 'U.S. Department of Commerce',
  date: '2025-05',
};
const NAVER_SEJONG_KT: Source = {
  url: 'https://www.hankookilbo.com/News/Read/201911061592380206',
  title: 'Naver to set up 2nd data center in Sejong',
  publisher: 'The Korea Times / Hankook Ilbo',
  date: '2019-11',
};
const EQUINIX_LOCATIONS: Source = { url: 'https://www.equinix.com/data-centers', title: 'Equinix data center locations', publisher: 'Equinix' };
const SAKURA_HOME: Source = { url: 'https://www.sakura.ad.jp/', title: 'SAKURA internet', publisher: 'SAKURA internet' };

type ManualSite = Omit<SiteDraft, 'stamp'>;

function place(city: string, country: string, lat: number, lon: number, admin?: string): SiteDraft['place'] {
  return { city, admin, country, worldRegion: worldRegionOf(country), lat, lon, precision: 'city' };
}

const SEOUL = place('Seoul', 'KR', 37.566, 126.9784);
const TOKYO = place('Tokyo', 'JP', 35.6895, 139.6917);
const ABU_DHABI = place('Abu Dhabi', 'AE', 24.4667, 54.3667);

function tokyoDc(n: number, extra: Partial<ManualSite> = {}): ManualSite {
  const ordinal = ['first', 'second', 'third', 'fourth', 'fifth'][n - 1];
  return {
    id: `alibaba-cloud-tokyo-dc-${n}`,
    name: `Alibaba Cloud Tokyo data center ${n}`,
    // Only the first and the newest are described this way in the news.
    aliases: n === 1 || n === 5 ? [`Alibaba Cloud's ${ordinal} data center in Japan`, `Alibaba Cloud ${ordinal} Tokyo data center`] : [],
    kind: 'facility',
    operatorIds: ['alibaba-cloud'],
    status: 'operational',
    place: TOKYO,
    parentId: 'alibaba-cloud-ap-northeast-1',
    sources: [ALIBABA_LOCATIONS],
    notes: `One of Alibaba Cloud's data centers in its Japan (Tokyo) region, ap-northeast-1 (the ${ordinal}). Exact address not public.`,
    ...extra,
  };
}

const MANUAL: ManualSite[] = [
  {
    id: 'alibaba-cloud-seoul-dc-1',
    name: 'Alibaba Cloud Seoul data center',
    aliases: ["Alibaba Cloud's first data center in South Korea"],
    kind: 'facility',
    operatorIds: ['alibaba-cloud'],
    status: 'operational',
    place: SEOUL,
    parentId: 'alibaba-cloud-ap-northeast-2',
    dates: { opened: '2022' },
    sources: [ALIBABA_LOCATIONS],
    notes: "Alibaba Cloud's first data center in South Korea, serving its South Korea (Seoul) region, ap-northeast-2.",
  },
  {
    id: 'alibaba-cloud-seoul-dc-2',
    name: 'Alibaba Cloud second Seoul data center',
    aliases: ["Alibaba Cloud's second data center in South Korea"],
    kind: 'facility',
    operatorIds: ['alibaba-cloud'],
    status: 'announced',
    place: SEOUL,
    parentId: 'alibaba-cloud-ap-northeast-2',
    dates: { expected: '2025-06' },
    sources: [ALIBABA_2025_BLOG, ALIBABA_LOCATIONS],
    notes: "Alibaba Cloud's planned second data center in South Korea, announced with its 2025 global expansion; expected around June 2025.",
  },
  tokyoDc(1, { dates: { opened: '2016' } }),
  tokyoDc(2),
  tokyoDc(3),
  tokyoDc(4),
  tokyoDc(5, { dates: { opened: '2025' }, sources: [ALIBABA_LOCATIONS, ALIBABA_2025_BLOG] }),
  {
    id: 'sk-telecom-aws-ulsan-ai-data-center',
    name: 'SK Telecom-AWS Ulsan AI data center',
    aliases: ['Ulsan AI data center', 'SK-AWS Ulsan AI data center', 'SK Group AWS Ulsan data center'],
    kind: 'campus',
    operatorIds: ['sk-telecom', 'aws'],
    status: 'announced',
    place: place('Ulsan', 'KR', 35.5372, 129.3167),
    capacity: { plannedMW: 103, asOf: '2025-06', note: 'Announced first phase; Epoch AI GPU clusters (2025)' },
    gpus: { plannedCount: 60000, asOf: '2025-06' },
    dates: { announced: '2025-06', groundbreaking: '2025-08' },
    sources: [ULSAN_DCD],
    credits: [EPOCH_CREDIT],
    notes: 'AI data center planned by SK Group (led by SK Telecom) with Amazon Web Services in Ulsan, South Korea: about 103 MW and 60,000 GPUs in the first phase. Chip type not confirmed.',
  },
  {
    id: 'uae-us-ai-campus-abu-dhabi',
    name: 'UAE-US AI Campus',
    aliases: ['5GW UAE-US AI campus', 'UAE-US AI campus in Abu Dhabi'],
    kind: 'campus',
    operatorIds: ['g42'],
    status: 'announced',
    place: ABU_DHABI,
    dates: { announced: '2025-05' },
    sources: [UAE_CAMPUS_PR],
    credits: [EPOCH_CREDIT],
    notes: '5 GW AI campus in Abu Dhabi unveiled by the UAE and US presidents in May 2025; Stargate UAE (1 GW) is its first cluster. Built by G42.',
  },
  {
    id: 'naver-gak-chuncheon',
    name: 'Naver Gak Chuncheon',
    aliases: ['Gak Chuncheon', 'GAK Chuncheon', 'Naver Chuncheon data center'],
    kind: 'campus',
    operatorIds: ['naver-cloud'],
    status: 'operational',
    place: place('Chuncheon', 'KR', 37.8747, 127.7342),
    dates: { opened: '2013' },
    sources: [NAVER_SEJONG_KT],
    notes: "Naver's first own data center, named after the Janggyeong Panjeon archive hall (Gak).",
  },
  {
    id: 'naver-gak-sejong',
    name: 'Naver Gak Sejong',
    aliases: ['Gak Sejong', 'GAK Sejong', 'Naver Sejong data center'],
    kind: 'campus',
    operatorIds: ['naver-cloud'],
    status: 'operational',
    place: place('Sejong', 'KR', 36.4875, 127.2817),
    dates: { announced: '2019-11', groundbreaking: '2021-04', opened: '2023' },
    sources: [NAVER_SEJONG_KT],
    notes: "Naver's second data center (Naver Cloud), in Sejong; hosts Naver's AI supercomputer.",
  },
  {
    id: 'equinix-ty11',
    name: 'Equinix TY11',
    aliases: ['TY11', 'Equinix TY11 Tokyo'],
    kind: 'facility',
    operatorIds: ['equinix'],
    status: 'operational',
    place: TOKYO,
    sources: [EQUINIX_LOCATIONS],
    notes: 'Equinix International Business Exchange (IBX) data center in Tokyo.',
  },
  {
    id: 'sakura-internet-ishikari',
    name: 'SAKURA internet Ishikari data center',
    aliases: ['Ishikari data center', 'Sakura Internet Ishikari'],
    kind: 'campus',
    operatorIds: ['sakura-internet'],
    status: 'operational',
    place: place('Ishikari', 'JP', 43.1714, 141.3156, 'Hokkaido'),
    dates: { opened: '2011' },
    sources: [SAKURA_HOME],
    notes: "SAKURA internet's suburban data center campus in Ishikari, Hokkaido; hosts its GPU cloud clusters.",
  },
  {
    id: 'g42-microsoft-ajman-ai-cluster',
    name: 'G42-Microsoft Ajman AI cluster',
    aliases: [],
    kind: 'facility',
    operatorIds: ['g42', 'microsoft'],
    status: 'announced',
    place: place('Ajman', 'AE', 25.4018, 55.4788),
    sources: [],
    credits: [EPOCH_CREDIT],
    notes: 'Planned G42-Microsoft AI cluster of about 100 MW in the UAE; Epoch AI places it in Ajman, but says the location is uncertain.',
  },
];

export function manualSites(): SiteDraft[] {
  return MANUAL.map((s) => ({ credits: [], ...s, stamp: DATASET_DATES.manual }));
}

/** Facts added to data-derived sites by hand (confident, with the source that states them). */
export const MANUAL_PATCHES: Record<string, (s: SiteDraft) => void> = {
  'epoch-stargate-uae': (s) => {
    s.parentId = 'uae-us-ai-campus-abu-dhabi';
    s.dates = { ...s.dates, announced: '2025-05' };
    s.sources = [...(s.sources ?? []), UAE_CAMPUS_PR];
    s.notes = `Stargate UAE: 1 GW AI cluster for OpenAI built by G42 in the UAE-US AI Campus, Abu Dhabi (announced May 2025). ${s.notes ?? ''}`.slice(0, 4000);
  },
};
