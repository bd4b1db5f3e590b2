/**
 * What the background keeps between service-worker lives: a small IndexedDB database of its own
 * (`dc-lens-cache`, apart from the catalog, so its schema never touches the catalog's migrations)
 * holding the compiled detector index and a copy of the parsed records. One row per key; a row is
 * used only when its revision is the one asked for, and writing a new revision replaces the old,
 * so the store never grows. Large binary values go to a file named after their key and revision
 * where the browser has an origin-private file system (file-bytes.ts), the row pointing to it.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { readFileBytes, removeFilesExcept, writeFileBytes } from './file-bytes';

interface CacheRow {
  key: string;
  revision: string;
  value: unknown;
}

/** A row's value when its bytes are in a file. */
interface FileRef {
  file: string;
}

const isFileRef = (x: unknown): x is FileRef => typeof (x as FileRef | null)?.file === 'string';
/** One file per key and revision, so a row never points at bytes written for another revision. */
const filePrefix = (key: string) => `cache-${encodeURIComponent(key)}-`;
const fileName = (key: string, revision: string) => `${filePrefix(key)}${encodeURIComponent(revision)}.bin`;

export class CacheStore {
  private made: (Dexie & { rows: Table<CacheRow, string> }) | undefined;
  /** Writes asked for and not yet ended (see `written`). */
  private readonly pending = new Set<Promise<void>>();
  /** What writes wait for before they start (holdWritesUntil). */
  private gate: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly name = 'dc-lens-cache',
    private readonly options: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'> = {},
  ) {}

  /**
   * Made on first use, not with the store: the worker's script makes the store as it is evaluated,
   * and a woken worker that answers from its wake file neither reads nor writes a row before its
   * first answer (making a Dexie instance was 1.5–1.9 ms of a profiled wake's script).
   */
  private get db(): Dexie & { rows: Table<CacheRow, string> } {
    if (!this.made) {
      this.made = new Dexie(this.name, this.options) as Dexie & { rows: Table<CacheRow, string> };
      this.made.version(1).stores({ rows: 'key' });
    }
    return this.made;
  }

  /** The value stored under `key` for `revision`, or undefined (none, another revision, or an unreadable store). */
  async get(key: string, revision: string): Promise<unknown> {
    const row = await this.db.rows.get(key).catch(() => undefined);
    return row && row.revision === revision ? row.value : undefined;
  }

  async put(key: string, revision: string, value: unknown): Promise<void> {
    await this.db.rows.put({ key, revision, value });
  }

  /** The bytes stored under `key` for `revision` (by putBytesLater), from their file or the row. */
  async getBytes(key: string, revision: string): Promise<ArrayBuffer | undefined> {
    const value = await this.get(key, revision);
    if (value instanceof ArrayBuffer) return value;
    return isFileRef(value) ? readFileBytes(value.file) : undefined;
  }

  /** The file holding the bytes stored under `key` for `revision`, or undefined (none, another revision, or kept in the row). */
  async fileOf(key: string, revision: string): Promise<string | undefined> {
    const value = await this.get(key, revision);
    return isFileRef(value) ? value.file : undefined;
  }

  /** Resolves once every write asked for so far has ended (written or warned about). */
  async written(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  /** As putLater, for bytes: in a file when there is a file system (the old revision's file removed), else in the row. */
  putBytesLater(key: string, revision: string, bytes: () => ArrayBuffer): void {
    this.later(key, async () => {
      const file = fileName(key, revision);
      const value = bytes();
      if (!(await writeFileBytes(file, value))) return this.put(key, revision, value);
      await this.put(key, revision, { file } satisfies FileRef);
      await removeFilesExcept(filePrefix(key), file);
    });
  }

  /**
   * `put` after the current answer (a macrotask), so a page waiting for marks waits neither for
   * encoding (`value` runs then) nor for the write; a failure is a warning, the next wake rebuilds.
   */
  putLater(key: string, revision: string, value: () => unknown): void {
    this.later(key, () => this.put(key, revision, value()));
  }

  /**
   * Writes asked for from now on start once `first` settled: a fresh install's first compile asks
   * for its copies (records, index, resolver: seconds of encoding) before it is ready, and a timer
   * alone let them run while it still waited for the shipped index's fetch.
   */
  holdWritesUntil(first: Promise<unknown>): void {
    this.gate = first.catch(() => undefined);
  }

  private later(key: string, write: () => Promise<void>): void {
    const gate = this.gate;
    const done = new Promise<void>((resolve) =>
      void gate.then(() =>
        setTimeout(() => {
          Promise.resolve()
            .then(write)
            .catch((error: unknown) => console.warn(`DC Lens: ${key} not persisted`, error))
            .finally(resolve);
        }, 0),
      ),
    );
    this.pending.add(done);
    void done.then(() => this.pending.delete(done));
  }

  close(): void {
    this.made?.close();
  }
}
