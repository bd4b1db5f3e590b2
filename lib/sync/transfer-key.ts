/**
 * Keys of files handed between the manager and the background: exports in Cache Storage
 * (lib/browser/file-transfer.ts), chosen files offered by reference (lib/browser/file-offer.ts).
 * A key carries its creation time, so a file left behind by a closed page or a stopped worker can
 * be recognised as stale and swept.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';

export const TransferKeySchema = lazySchema(() => z.string().regex(/^transfer-\d{13}-[a-z0-9-]{8,64}$/, 'must be a transfer key'));

export function newTransferKey(now: number, unique: string): string {
  return `transfer-${String(Math.floor(now)).padStart(13, '0')}-${unique}`;
}

/** When the key was made (ms since the epoch); 0 when the text holds no key. */
export function transferTime(text: string): number {
  return Number(/transfer-(\d{13})-/.exec(text)?.[1] ?? 0);
}
