import type { Origin } from '../../lib/catalog/schema';

export const ORIGIN_LABELS: Readonly<Record<Origin, string>> = { seed: 'Bundled data', user: 'Added by you', import: 'Imported' };
