/** Card-side names for the protocol's inferred types. */
import type { z } from 'zod';
import type { ComparisonSchema } from '../../lib/messaging/messages';

export type CardComparison = z.infer<typeof ComparisonSchema>;
export type ScopeData = CardComparison['scopes'][number];
export type ScopeOperator = ScopeData['operators'][number];
export type FootprintData = CardComparison['footprints'][number];
