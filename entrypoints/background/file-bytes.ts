/**
 * Files in the origin-private file system, for the cache store's large binary values (the
 * detector index, the resolver): Chromium hands back a 6 MB IndexedDB value several times slower
 * than the same bytes read from a file (40 ms against 100–370 ms in the worker on this project's
 * machine), and a woken worker reads both before its first answer. Where there is no such file
 * system (Node in unit tests, a private window) every call says so and the caller keeps the
 * bytes in IndexedDB instead.
 */

interface Directory {
  getFileHandle(name: string, options?: { create?: boolean }): Promise<{
    getFile(): Promise<Blob>;
    createWritable(): Promise<{ write(data: ArrayBuffer): Promise<void>; close(): Promise<void> }>;
  }>;
  removeEntry(name: string): Promise<void>;
  keys(): AsyncIterable<string>;
}

type Storage = { getDirectory?: () => Promise<Directory> };

/** The directory handle, asked for once per storage object: each ask is a round trip to the browser, and a wake makes three reads. */
let rootOf: { storage: Storage; dir: Promise<Directory> } | undefined;

async function root(): Promise<Directory | null> {
  const storage = (globalThis.navigator as { storage?: Storage } | undefined)?.storage;
  if (typeof storage?.getDirectory !== 'function') return null;
  if (rootOf?.storage !== storage) {
    const dir = storage.getDirectory();
    rootOf = { storage, dir };
    // A refusal is not kept: the next call asks again.
    dir.catch(() => {
      if (rootOf?.dir === dir) rootOf = undefined;
    });
  }
  return rootOf.dir.catch(() => null);
}

/** The file's bytes, or undefined when it (or the file system) is missing. */
export async function readFileBytes(name: string): Promise<ArrayBuffer | undefined> {
  const dir = await root();
  if (!dir) return undefined;
  try {
    return await (await (await dir.getFileHandle(name)).getFile()).arrayBuffer();
  } catch {
    return undefined;
  }
}

/** Reads begun before anyone asked (wake-start.ts), by file name, each taken once. */
const ahead = new Map<string, Promise<ArrayBuffer | undefined>>();

/** Begins reading the file now; the first `takeReadAhead(name)` gets the result. */
export function readAhead(name: string): void {
  ahead.set(name, readFileBytes(name));
}

/**
 * The read `readAhead` began for `name`, once; undefined when none was begun (or it was taken).
 * The caller must know that nothing wrote or removed the file since it began (wake-file.ts).
 */
export function takeReadAhead(name: string): Promise<ArrayBuffer | undefined> | undefined {
  const read = ahead.get(name);
  ahead.delete(name);
  return read;
}

/**
 * Writes the file whole; false when there is no file system, or it refused the write (a browser
 * without writable files, a full quota), so the caller keeps the bytes in IndexedDB instead.
 */
export async function writeFileBytes(name: string, bytes: ArrayBuffer): Promise<boolean> {
  const dir = await root();
  if (!dir) return false;
  try {
    const writable = await (await dir.getFileHandle(name, { create: true })).createWritable();
    await writable.write(bytes);
    await writable.close();
    return true;
  } catch {
    return false;
  }
}

/** Removes the file; true when it is gone (or there is no file system, so it cannot exist). */
export async function removeFile(name: string): Promise<boolean> {
  const dir = await root();
  if (!dir) return true;
  try {
    await dir.removeEntry(name);
    return true;
  } catch (error) {
    return (error as { name?: string } | null)?.name === 'NotFoundError';
  }
}

/** Removes the files whose names start with `prefix`, except `keep`. */
export async function removeFilesExcept(prefix: string, keep: string): Promise<void> {
  const dir = await root();
  if (!dir) return;
  const names: string[] = [];
  for await (const name of dir.keys()) if (name.startsWith(prefix) && name !== keep) names.push(name);
  for (const name of names) await dir.removeEntry(name).catch(() => undefined);
}
