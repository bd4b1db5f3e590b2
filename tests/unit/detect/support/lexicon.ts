/** A small hand-written catalog for unit tests: real operators and sites as the seed catalog has them. */
import { compileIndex, type DetectorIndex, type LexiconOperator, type LexiconSite } from '../../../../lib/detect/index';

export const OPERATORS: LexiconOperator[] = [
  { id: 'aws', name: 'Amazon Web Services', aliases: ['AWS', 'Amazon'], kind: 'hyperscale_cloud', hqCountry: 'US' },
  { id: 'microsoft', name: 'Microsoft', aliases: ['Azure', 'Microsoft Azure', 'Microsoft Corp.'], kind: 'hyperscale_cloud', hqCountry: 'US' },
  { id: 'google', name: 'Google', aliases: ['Google Cloud', 'Alphabet'], kind: 'hyperscale_cloud', hqCountry: 'US' },
  { id: 'alibaba-cloud', name: 'Alibaba Cloud', aliases: ['Alibaba', 'Aliyun', 'Alibaba Group'], kind: 'hyperscale_cloud', hqCountry: 'CN' },
  { id: 'oracle', name: 'Oracle', aliases: ['OCI'], kind: 'hyperscale_cloud', hqCountry: 'US' },
  { id: 'openai', name: 'OpenAI', aliases: [], kind: 'ai_lab', hqCountry: 'US' },
  { id: 'xai', name: 'xAI', aliases: [], kind: 'ai_lab', hqCountry: 'US' },
  { id: 'meta', name: 'Meta', aliases: ['Meta Platforms', 'Facebook'], kind: 'ai_lab', hqCountry: 'US' },
  { id: 'equinix', name: 'Equinix', aliases: [], kind: 'colocation', hqCountry: 'US' },
  { id: 'crusoe', name: 'Crusoe', aliases: ['Crusoe Energy'], kind: 'developer', hqCountry: 'US' },
  { id: 'nvidia', name: 'Nvidia', aliases: [], kind: 'ai_lab', hqCountry: 'US' },
];

export const SITES: LexiconSite[] = [
  { id: 'aws-ap-northeast-1', name: 'AWS Asia Pacific (Tokyo)', aliases: ['ap-northeast-1', 'AWS Tokyo region'], kind: 'region', operatorIds: ['aws'], city: 'Tokyo', country: 'JP', regionCode: 'ap-northeast-1' },
  { id: 'azure-japaneast', name: 'Azure Japan East', aliases: ['japaneast', 'Azure Tokyo region'], kind: 'region', operatorIds: ['microsoft'], city: 'Tokyo', country: 'JP', regionCode: 'japaneast' },
  { id: 'gcp-asia-northeast1', name: 'Google Cloud Tokyo', aliases: ['asia-northeast1'], kind: 'region', operatorIds: ['google'], city: 'Tokyo', country: 'JP', regionCode: 'asia-northeast1' },
  { id: 'epoch-stargate-abilene', name: 'Stargate Abilene', aliases: ['OpenAI Stargate Abilene'], kind: 'campus', operatorIds: ['oracle', 'crusoe', 'openai'], city: 'Abilene', country: 'US' },
  { id: 'epoch-stargate-uae', name: 'OpenAI Stargate UAE', aliases: ['Stargate UAE'], kind: 'campus', operatorIds: ['openai'], city: 'Abu Dhabi', country: 'AE' },
  { id: 'epoch-xai-colossus-1', name: 'xAI Colossus 1', aliases: ['Colossus', 'Colossus 1'], kind: 'campus', operatorIds: ['xai'], city: 'Memphis', country: 'US' },
  { id: 'epoch-meta-hyperion', name: 'Meta Hyperion', aliases: ['Hyperion'], kind: 'campus', operatorIds: ['meta'], city: 'Richland Parish', country: 'US' },
  { id: 'equinix-ty11', name: 'Equinix TY11', aliases: ['TY11'], kind: 'facility', operatorIds: ['equinix'], city: 'Tokyo', country: 'JP' },
];

let cached: DetectorIndex | null = null;
export function testIndex(): DetectorIndex {
  cached ??= compileIndex({ sites: SITES, operators: OPERATORS });
  return cached;
}
