/** A small hand-written catalog for unit tests: real operators and sites as the seed catalog has them. */
import { compileIndex, type DetectorIndex, type LexiconOperator, type LexiconSite } from '../../../../lib/detect/index';

export const OPERATORS: LexiconOperator[] = [
  { id: 'aws', name: 'Amazon Web Services', aliases: ['AWS', 'Amazon'] },
  { id: 'microsoft', name: 'Microsoft', aliases: ['Azure', 'Microsoft Azure', 'Microsoft Corp.'] },
  { id: 'google', name: 'Google', aliases: ['Google Cloud', 'Alphabet'] },
  { id: 'alibaba-cloud', name: 'Alibaba Cloud', aliases: ['Alibaba', 'Aliyun', 'Alibaba Group'] },
  { id: 'oracle', name: 'Oracle', aliases: ['OCI'] },
  { id: 'openai', name: 'OpenAI', aliases: [] },
  { id: 'xai', name: 'xAI', aliases: [] },
  { id: 'meta', name: 'Meta', aliases: ['Meta Platforms', 'Facebook'] },
  { id: 'equinix', name: 'Equinix', aliases: [] },
  { id: 'crusoe', name: 'Crusoe', aliases: ['Crusoe Energy'] },
  { id: 'nvidia', name: 'Nvidia', aliases: [] },
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
