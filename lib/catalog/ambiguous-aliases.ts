/**
 * Aliases (and names) that more than one site legitimately carries, each with the rule that picks
 * the right site. Anything shared and not listed here fails the seed build: prefer removing an
 * ambiguous alias over listing it.
 *
 * Cloud region codes are the main case: AWS, Alibaba Cloud, Huawei Cloud and others reuse codes
 * such as "ap-southeast-1" for different places, so the operator named nearby decides.
 */
export type AliasRule = 'operator' | 'place' | 'operator+place';

export interface AmbiguousAlias {
  /** Normalised alias (see normaliseAlias in seed-build/text.ts). */
  alias: string;
  siteIds: string[];
  resolveBy: AliasRule;
}

export const AMBIGUOUS_ALIASES: AmbiguousAlias[] = [
  // Region codes reused by AWS, Alibaba Cloud and Huawei Cloud for different places.
  { alias: 'af south 1', siteIds: ['aws-af-south-1', 'huawei-cloud-af-south-1'], resolveBy: 'operator' },
  { alias: 'ap northeast 1', siteIds: ['alibaba-cloud-ap-northeast-1', 'aws-ap-northeast-1'], resolveBy: 'operator' },
  { alias: 'ap northeast 2', siteIds: ['alibaba-cloud-ap-northeast-2', 'aws-ap-northeast-2'], resolveBy: 'operator' },
  { alias: 'ap south 1', siteIds: ['alibaba-cloud-ap-south-1', 'aws-ap-south-1'], resolveBy: 'operator' },
  { alias: 'ap southeast 1', siteIds: ['alibaba-cloud-ap-southeast-1', 'aws-ap-southeast-1', 'huawei-cloud-ap-southeast-1'], resolveBy: 'operator' },
  { alias: 'ap southeast 2', siteIds: ['alibaba-cloud-ap-southeast-2', 'aws-ap-southeast-2', 'huawei-cloud-ap-southeast-2'], resolveBy: 'operator' },
  { alias: 'ap southeast 3', siteIds: ['alibaba-cloud-ap-southeast-3', 'aws-ap-southeast-3', 'huawei-cloud-ap-southeast-3'], resolveBy: 'operator' },
  { alias: 'ap southeast 4', siteIds: ['aws-ap-southeast-4', 'huawei-cloud-ap-southeast-4'], resolveBy: 'operator' },
  { alias: 'ap southeast 5', siteIds: ['alibaba-cloud-ap-southeast-5', 'aws-ap-southeast-5', 'huawei-cloud-ap-southeast-5'], resolveBy: 'operator' },
  { alias: 'ap southeast 6', siteIds: ['alibaba-cloud-ap-southeast-6', 'aws-ap-southeast-6'], resolveBy: 'operator' },
  { alias: 'ap southeast 7', siteIds: ['alibaba-cloud-ap-southeast-7', 'aws-ap-southeast-7'], resolveBy: 'operator' },
  { alias: 'cn north 1', siteIds: ['aws-cn-north-1', 'huawei-cloud-cn-north-1'], resolveBy: 'operator' },
  { alias: 'eu central 1', siteIds: ['alibaba-cloud-eu-central-1', 'aws-eu-central-1'], resolveBy: 'operator' },
  { alias: 'eu west 1', siteIds: ['alibaba-cloud-eu-west-1', 'aws-eu-west-1'], resolveBy: 'operator' },
  { alias: 'eu west 2', siteIds: ['alibaba-cloud-eu-west-2', 'aws-eu-west-2'], resolveBy: 'operator' },
  { alias: 'me central 1', siteIds: ['alibaba-cloud-me-central-1', 'aws-me-central-1'], resolveBy: 'operator' },
  { alias: 'me east 1', siteIds: ['alibaba-cloud-me-east-1', 'huawei-cloud-me-east-1'], resolveBy: 'operator' },
  { alias: 'us east 1', siteIds: ['alibaba-cloud-us-east-1', 'aws-us-east-1'], resolveBy: 'operator' },
  { alias: 'us west 1', siteIds: ['alibaba-cloud-us-west-1', 'aws-us-west-1'], resolveBy: 'operator' },
];
