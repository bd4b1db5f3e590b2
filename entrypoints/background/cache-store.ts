/**
 * What the background keeps between service-worker lives: a small IndexedDB database of its own
 * (`dc-lens-cache`, apart from the catalog, so its schema never touches the catalog's migrations)
 * holding the compiled detector index and a copy of the parsed records. One row per key; a row is
 * used only when its revision is the one asked for, and writing a new revision replaces the old,
 * so the store never grows.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';

interface CacheRow {
  key: string;
  revision: string;
  value: unknown;
}

export class CacheStore {
  private readonly db: Dexie & { rows: Table<CacheRow, string> };

  constructor(name = 'dc-lens-cache', options: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'> = {}) {
    this.db = new Dexie(name, options) as Dexie & { rows: Table<CacheRow, string> };
    this.db.version(1).stores({ rows: 'key' });
  }

  /** The value stored under `key` for `revision`, or undefined (none, another revision, or an unreadable store). */
  async get(key: string, revision: string): Promise<unknown> {
    const row = await this.db.rows.get(key).catch(() => undefined);
    return row && row.revision === revision ? row.value : undefined;
  }

  async put(key: string, revision: string, value: unknown): Promise<void> {
    await this.db.rows.put({ key, revision, value });
  }

  /**
   * `put` after the current answer (a macrotask), so a page waiting for marks waits neither for
   * encoding (`value` runs then) nor for the write; a failure is a warning, the next wake rebuilds.
   */
  putLater(key: string, revision: string, value: () => unknown): void {
    setTimeout(() => {
      Promise.resolve()
        .then(() => this.put(key, revision, value()))
        .catch((error: unknown) => console.warn(`DC Lens: ${key} not persisted`, error));
    }, 0);
  }

  close(): void {
    this.db.close();
  }
}
