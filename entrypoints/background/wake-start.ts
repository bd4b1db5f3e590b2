/**
 * Imported first by the worker's entry (index.ts), so this runs before the rest of the bundle is
 * evaluated: ES modules evaluate in import order. See early-read.ts.
 */
import { startEarlyReads, WAKE_FILE_NAME } from './early-read';

startEarlyReads(WAKE_FILE_NAME);
