/**
 * The catalog database's versions, oldest first. A version is never edited once shipped: a change
 * of indexes or of a stored shape is a new entry with its own upgrade, so every older database on a
 * user's disk has a path to the newest one.
 *
 * Stored data is untrusted even after an upgrade (an upgrade can be interrupted, an old build can
 * write after a new one): the read path (db.ts) normalises legacy shapes again and parses every
 * record with the zod schemas.
 */
import type { Dexie, Transaction } from 'dexie';

export interface CatalogVersion {
  version: number;
  /** Dexie store specs: primary key first, then indexes ("*" = one index entry per array item). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/**
 * v1: the first schema. Sites kept their power as a single `mw` number (operational power), which
 * could not tell power in service from announced build-out.
 */
const V1: CatalogVersion = {
  version: 1,
  stores: {
    sites: 'id, kind, status, origin, place.country, *operatorIds, updatedAt',
    operators: 'id, *aliases',
    sightings: 'id, siteId, url, seenAt',
    meta: 'key',
  },
};

/** v2: `capacity.operationalMW` / `capacity.plannedMW` replace `mw`; sites get a city index. */
const V2: CatalogVersion = {
  version: 2,
  stores: {
    sites: 'id, kind, status, origin, place.country, place.city, *operatorIds, updatedAt',
  },
  upgrade: (tx) =>
    tx
      .table('sites')
      .toCollection()
      .modify((site: Record<string, unknown>, ref: { value: unknown }) => {
        ref.value = upgradeLegacySite(site);
      }),
};

/**
 * v3: sites and operators keep their primary key only. Every read of them goes through the
 * service's loaded catalog, never a Dexie index, and each index cost a write per record (per
 * operator id and alias for the multi-entry ones) on every install and import. Sightings keep theirs.
 */
const V3: CatalogVersion = {
  version: 3,
  stores: {
    sites: 'id',
    operators: 'id',
  },
};

export const CATALOG_VERSIONS: readonly CatalogVersion[] = [V1, V2, V3];
export const LATEST_CATALOG_VERSION = CATALOG_VERSIONS[CATALOG_VERSIONS.length - 1].version;

/** Declares the versions up to `upTo` (tests open older versions to prove the upgrade path). */
export function declareCatalogVersions(db: Dexie, upTo: number = LATEST_CATALOG_VERSION): void {
  for (const v of CATALOG_VERSIONS) {
    if (v.version > upTo) break;
    const version = db.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
}

/**
 * v1 → v2 site shape: `mw` becomes `capacity.operationalMW` unless the record already has one.
 * Returns the input itself when there is nothing to change; never throws on odd input (it is parsed
 * afterwards, and a record that still fails is skipped by the reader, not destroyed).
 */
export function upgradeLegacySite(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('mw' in raw)) return raw;
  const { mw, ...rest } = raw as Record<string, unknown>;
  const capacity =
    typeof rest.capacity === 'object' && rest.capacity !== null ? { ...(rest.capacity as Record<string, unknown>) } : {};
  if (typeof mw === 'number' && Number.isFinite(mw) && mw >= 0 && capacity.operationalMW === undefined) {
    capacity.operationalMW = mw;
  }
  return { ...rest, capacity };
}
