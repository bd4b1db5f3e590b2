/**
 * Where the background keeps its compiled detector index between service-worker lives: a small
 * IndexedDB database of its own (`dc-lens-cache`, apart from the catalog, so its schema never
 * touches the catalog's migrations). One row per key; a row is used only when its revision is the
 * one asked for, and writing a new revision replaces the old, so the store never grows.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { SerializedIndex } from '../../lib/detect';

interface CacheRow extends SerializedIndex {
  key: string;
  revision: string;
}

export class IndexStore {
  private readonly db: Dexie & { blobs: Table<CacheRow, string> };

  constructor(name = 'dc-lens-cache', options: Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'> = {}) {
    this.db = new Dexie(name, options) as Dexie & { blobs: Table<CacheRow, string> };
    this.db.version(1).stores({ blobs: 'key' });
  }

  /** The stored index for `revision`, or null (none, another revision, or an unreadable store). */
  async get(key: string, revision: string): Promise<SerializedIndex | null> {
    const row = await this.db.blobs.get(key).catch(() => undefined);
    if (!row || row.revision !== revision) return null;
    return { format: row.format, version: row.version, bytes: row.bytes };
  }

  async put(key: string, revision: string, index: SerializedIndex): Promise<void> {
    await this.db.blobs.put({ key, revision, format: index.format, version: index.version, bytes: index.bytes });
  }

  close(): void {
    this.db.close();
  }
}
