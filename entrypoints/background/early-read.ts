/**
 * Files read from the worker script's first instruction (wake-start.ts, the entry's first import)
 * instead of after the whole bundle has been evaluated: reading a file of the origin-private file
 * system takes a few round trips to the browser, tens of ms on a woken worker, and they now
 * overlap the bundle's top level (50–70 ms) instead of following it. Each read is taken once, by
 * the first reader of that file (wake-file.ts); every later read goes to the file again.
 */
import { readFileBytes } from './file-bytes';

export const WAKE_FILE_NAME = 'wake.json';

const pending = new Map<string, Promise<ArrayBuffer | undefined>>();

/** Starts reading each file (once until taken). */
export function startEarlyReads(...names: string[]): void {
  for (const name of names) if (!pending.has(name)) pending.set(name, readFileBytes(name));
}

/** The read started for `name`, handed out once; undefined when none was started or it was taken. */
export function takeEarlyRead(name: string): Promise<ArrayBuffer | undefined> | undefined {
  const read = pending.get(name);
  pending.delete(name);
  return read;
}
