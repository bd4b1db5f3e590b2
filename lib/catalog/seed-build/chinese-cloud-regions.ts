/**
 * Hand-written region names for Alibaba Cloud, Tencent Cloud and Huawei Cloud, which the cloudmux
 * table only lists as codes with coarse (sometimes wrong) places. Names follow each provider's
 * region list; places were corrected where cloudmux is wrong (Huawei af-north-1 is Cairo, not
 * Tel Aviv; me-east-1 is Riyadh; Alibaba me-central-1 is Riyadh). Codes we could not confirm as
 * public regions (finance, gov, edge "-ec", internal) are left out.
 */
import type { SiteStatus } from '../schema';

export interface CuratedRegion {
  code: string;
  /** Provider's display name, without the brand. */
  label: string;
  city?: string;
  admin?: string;
  country: string;
  status: SiteStatus;
  note?: string;
  /** Extra https source (e.g. a closure announcement). */
  sourceUrl?: string;
}

export interface CuratedProvider {
  cloudmuxProvider: string;
  operatorId: string;
  idPrefix: string;
  brand: string;
  source: { url: string; title: string };
  regions: CuratedRegion[];
}

const ALIBABA_EXIT =
  'Alibaba Cloud announced it would cease operations at its data centers in Australia and India (2024); listed for reference.';
const ALIBABA_EXIT_URL = 'https://www.datacenterdynamics.com/en/news/alibaba-to-exit-data-centers-in-australia-and-india/';
const UNCONFIRMED = 'Region code present in cloudmux (2026); current availability not confirmed.';

export const CURATED_PROVIDERS: CuratedProvider[] = [
  {
    cloudmuxProvider: 'aliyun',
    operatorId: 'alibaba-cloud',
    idPrefix: 'alibaba-cloud',
    brand: 'Alibaba Cloud',
    source: { url: 'https://www.alibabacloud.com/en/global-locations', title: 'Alibaba Cloud global locations' },
    regions: [
      { code: 'cn-qingdao', label: 'China (Qingdao)', city: 'Qingdao', country: 'CN', status: 'operational' },
      { code: 'cn-beijing', label: 'China (Beijing)', city: 'Beijing', country: 'CN', status: 'operational' },
      { code: 'cn-zhangjiakou', label: 'China (Zhangjiakou)', city: 'Zhangjiakou', country: 'CN', status: 'operational' },
      { code: 'cn-huhehaote', label: 'China (Hohhot)', city: 'Hohhot', country: 'CN', status: 'operational' },
      { code: 'cn-wulanchabu', label: 'China (Ulanqab)', city: 'Ulanqab', country: 'CN', status: 'operational' },
      { code: 'cn-hangzhou', label: 'China (Hangzhou)', city: 'Hangzhou', country: 'CN', status: 'operational' },
      { code: 'cn-shanghai', label: 'China (Shanghai)', city: 'Shanghai', country: 'CN', status: 'operational' },
      { code: 'cn-nanjing', label: 'China (Nanjing - Local Region)', city: 'Nanjing', country: 'CN', status: 'unknown', note: UNCONFIRMED },
      { code: 'cn-fuzhou', label: 'China (Fuzhou - Local Region)', city: 'Fuzhou', country: 'CN', status: 'unknown', note: UNCONFIRMED },
      { code: 'cn-wuhan-lr', label: 'China (Wuhan - Local Region)', city: 'Wuhan', country: 'CN', status: 'unknown', note: UNCONFIRMED },
      { code: 'cn-shenzhen', label: 'China (Shenzhen)', city: 'Shenzhen', country: 'CN', status: 'operational' },
      { code: 'cn-heyuan', label: 'China (Heyuan)', city: 'Heyuan', country: 'CN', status: 'operational' },
      { code: 'cn-guangzhou', label: 'China (Guangzhou)', city: 'Guangzhou', country: 'CN', status: 'operational' },
      { code: 'cn-chengdu', label: 'China (Chengdu)', city: 'Chengdu', country: 'CN', status: 'operational' },
      { code: 'cn-hongkong', label: 'China (Hong Kong)', city: 'Hong Kong', country: 'HK', status: 'operational' },
      { code: 'ap-northeast-1', label: 'Japan (Tokyo)', city: 'Tokyo', country: 'JP', status: 'operational' },
      { code: 'ap-northeast-2', label: 'South Korea (Seoul)', city: 'Seoul', country: 'KR', status: 'operational' },
      { code: 'ap-southeast-1', label: 'Singapore', city: 'Singapore', country: 'SG', status: 'operational' },
      { code: 'ap-southeast-2', label: 'Australia (Sydney)', city: 'Sydney', country: 'AU', status: 'unknown', note: ALIBABA_EXIT, sourceUrl: ALIBABA_EXIT_URL },
      { code: 'ap-southeast-3', label: 'Malaysia (Kuala Lumpur)', city: 'Kuala Lumpur', country: 'MY', status: 'operational' },
      { code: 'ap-southeast-5', label: 'Indonesia (Jakarta)', city: 'Jakarta', country: 'ID', status: 'operational' },
      { code: 'ap-southeast-6', label: 'Philippines (Manila)', city: 'Manila', country: 'PH', status: 'operational' },
      { code: 'ap-southeast-7', label: 'Thailand (Bangkok)', city: 'Bangkok', country: 'TH', status: 'operational' },
      { code: 'ap-south-1', label: 'India (Mumbai)', city: 'Mumbai', country: 'IN', status: 'unknown', note: ALIBABA_EXIT, sourceUrl: ALIBABA_EXIT_URL },
      { code: 'us-east-1', label: 'US (Virginia)', admin: 'Virginia', country: 'US', status: 'operational' },
      { code: 'us-west-1', label: 'US (Silicon Valley)', admin: 'California', country: 'US', status: 'operational' },
      { code: 'na-south-1', label: 'Mexico', city: 'Querétaro', country: 'MX', status: 'unknown', note: UNCONFIRMED },
      { code: 'eu-west-1', label: 'UK (London)', city: 'London', country: 'GB', status: 'operational' },
      { code: 'eu-central-1', label: 'Germany (Frankfurt)', city: 'Frankfurt', country: 'DE', status: 'operational' },
      { code: 'eu-west-2', label: 'France (Paris)', city: 'Paris', country: 'FR', status: 'unknown', note: UNCONFIRMED },
      { code: 'me-east-1', label: 'UAE (Dubai)', city: 'Dubai', country: 'AE', status: 'operational' },
      { code: 'me-central-1', label: 'Saudi Arabia (Riyadh)', city: 'Riyadh', country: 'SA', status: 'operational',
        note: 'Partner region operated with a Saudi joint venture.' },
    ],
  },
  {
    cloudmuxProvider: 'qcloud',
    operatorId: 'tencent-cloud',
    idPrefix: 'tencent-cloud',
    brand: 'Tencent Cloud',
    source: { url: 'https://www.tencentcloud.com/document/product/236/8458', title: 'Tencent Cloud regions and AZs' },
    regions: [
      { code: 'ap-guangzhou', label: 'South China (Guangzhou)', city: 'Guangzhou', country: 'CN', status: 'operational' },
      { code: 'ap-shanghai', label: 'East China (Shanghai)', city: 'Shanghai', country: 'CN', status: 'operational' },
      { code: 'ap-nanjing', label: 'East China (Nanjing)', city: 'Nanjing', country: 'CN', status: 'operational' },
      { code: 'ap-beijing', label: 'North China (Beijing)', city: 'Beijing', country: 'CN', status: 'operational' },
      { code: 'ap-chengdu', label: 'Southwest China (Chengdu)', city: 'Chengdu', country: 'CN', status: 'operational' },
      { code: 'ap-chongqing', label: 'Southwest China (Chongqing)', city: 'Chongqing', country: 'CN', status: 'operational' },
      { code: 'ap-hongkong', label: 'Hong Kong, China', city: 'Hong Kong', country: 'HK', status: 'operational' },
      { code: 'ap-singapore', label: 'Southeast Asia (Singapore)', city: 'Singapore', country: 'SG', status: 'operational' },
      { code: 'ap-bangkok', label: 'Southeast Asia (Bangkok)', city: 'Bangkok', country: 'TH', status: 'operational' },
      { code: 'ap-jakarta', label: 'Southeast Asia (Jakarta)', city: 'Jakarta', country: 'ID', status: 'operational' },
      { code: 'ap-seoul', label: 'Northeast Asia (Seoul)', city: 'Seoul', country: 'KR', status: 'operational' },
      { code: 'ap-tokyo', label: 'Northeast Asia (Tokyo)', city: 'Tokyo', country: 'JP', status: 'operational' },
      { code: 'ap-mumbai', label: 'South Asia Pacific (Mumbai)', city: 'Mumbai', country: 'IN', status: 'unknown', note: UNCONFIRMED },
      { code: 'ap-taipei', label: 'Taipei', city: 'Taipei', country: 'TW', status: 'unknown', note: UNCONFIRMED },
      { code: 'na-siliconvalley', label: 'US West (Silicon Valley)', admin: 'California', country: 'US', status: 'operational' },
      { code: 'na-ashburn', label: 'US East (Virginia)', city: 'Ashburn', admin: 'Virginia', country: 'US', status: 'unknown', note: UNCONFIRMED },
      { code: 'na-toronto', label: 'North America (Toronto)', city: 'Toronto', country: 'CA', status: 'unknown', note: UNCONFIRMED },
      { code: 'eu-frankfurt', label: 'Europe (Frankfurt)', city: 'Frankfurt', country: 'DE', status: 'operational' },
      { code: 'eu-moscow', label: 'Europe (Moscow)', city: 'Moscow', country: 'RU', status: 'unknown', note: UNCONFIRMED },
      { code: 'sa-saopaulo', label: 'South America (São Paulo)', city: 'São Paulo', country: 'BR', status: 'unknown', note: UNCONFIRMED },
      { code: 'me-saudi-arabia', label: 'Middle East (Saudi Arabia)', country: 'SA', status: 'unknown', note: UNCONFIRMED },
    ],
  },
  {
    cloudmuxProvider: 'huawei',
    operatorId: 'huawei-cloud',
    idPrefix: 'huawei-cloud',
    brand: 'Huawei Cloud',
    source: { url: 'https://developer.huaweicloud.com/intl/en-us/endpoint', title: 'Huawei Cloud regions and endpoints' },
    regions: [
      { code: 'cn-north-1', label: 'CN North-Beijing1', city: 'Beijing', country: 'CN', status: 'operational' },
      { code: 'cn-north-4', label: 'CN North-Beijing4', city: 'Beijing', country: 'CN', status: 'operational' },
      { code: 'cn-north-9', label: 'CN North-Ulanqab1', city: 'Ulanqab', country: 'CN', status: 'operational' },
      { code: 'cn-east-2', label: 'CN East-Shanghai2', city: 'Shanghai', country: 'CN', status: 'operational' },
      { code: 'cn-east-3', label: 'CN East-Shanghai1', city: 'Shanghai', country: 'CN', status: 'operational' },
      { code: 'cn-east-4', label: 'CN East2 (Wuhu)', city: 'Wuhu', country: 'CN', status: 'operational' },
      { code: 'cn-east-5', label: 'CN East-Qingdao', city: 'Qingdao', country: 'CN', status: 'operational' },
      { code: 'cn-south-1', label: 'CN South-Guangzhou', city: 'Guangzhou', country: 'CN', status: 'operational' },
      { code: 'cn-south-2', label: 'CN South-Shenzhen', city: 'Shenzhen', country: 'CN', status: 'operational' },
      { code: 'cn-south-4', label: 'CN South-Guangzhou-InvitationOnly', city: 'Guangzhou', country: 'CN', status: 'operational' },
      { code: 'cn-southwest-2', label: 'CN Southwest-Guiyang1', city: 'Guiyang', country: 'CN', status: 'operational' },
      { code: 'cn-northeast-1', label: 'CN Northeast-Dalian', city: 'Dalian', country: 'CN', status: 'unknown', note: UNCONFIRMED },
      { code: 'ap-southeast-1', label: 'CN-Hong Kong', city: 'Hong Kong', country: 'HK', status: 'operational' },
      { code: 'ap-southeast-2', label: 'AP-Bangkok', city: 'Bangkok', country: 'TH', status: 'operational' },
      { code: 'ap-southeast-3', label: 'AP-Singapore', city: 'Singapore', country: 'SG', status: 'operational' },
      { code: 'ap-southeast-4', label: 'AP-Jakarta', city: 'Jakarta', country: 'ID', status: 'operational' },
      { code: 'ap-southeast-5', label: 'AP-Manila', city: 'Manila', country: 'PH', status: 'operational' },
      { code: 'af-south-1', label: 'AF-Johannesburg', city: 'Johannesburg', country: 'ZA', status: 'operational' },
      { code: 'af-north-1', label: 'AF-Cairo', city: 'Cairo', country: 'EG', status: 'operational' },
      { code: 'me-east-1', label: 'ME-Riyadh', city: 'Riyadh', country: 'SA', status: 'operational' },
      { code: 'tr-west-1', label: 'TR-Istanbul', city: 'Istanbul', country: 'TR', status: 'operational' },
      { code: 'la-south-2', label: 'LA-Santiago', city: 'Santiago', country: 'CL', status: 'operational' },
      { code: 'sa-brazil-1', label: 'LA-Sao Paulo1', city: 'São Paulo', country: 'BR', status: 'operational' },
      { code: 'na-mexico-1', label: 'LA-Mexico City1', city: 'Mexico City', country: 'MX', status: 'operational' },
      { code: 'la-north-2', label: 'LA-Mexico City2', city: 'Mexico City', country: 'MX', status: 'operational' },
      { code: 'sa-argentina-1', label: 'LA-Buenos Aires1', city: 'Buenos Aires', country: 'AR', status: 'unknown', note: UNCONFIRMED },
      { code: 'sa-peru-1', label: 'LA-Lima1', city: 'Lima', country: 'PE', status: 'unknown', note: UNCONFIRMED },
      { code: 'eu-west-0', label: 'EU-Paris', city: 'Paris', country: 'FR', status: 'unknown', note: UNCONFIRMED },
    ],
  },
];
