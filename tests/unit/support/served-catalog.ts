/**
 * The background's handlers served over WXT's fake browser, on a fake IndexedDB catalog of the
 * catalog fixture: what a content script's or a page's messages reach in unit tests.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openCatalogDb, type CatalogDb } from '../../../lib/catalog/db';
import { CatalogService } from '../../../lib/catalog/service';
import type { DetectorIndex } from '../../../lib/detect/index';
import { serveBackground } from '../../../lib/browser/messaging';
import { createHandlers } from '../../../entrypoints/background/handlers';
import type { CompiledCatalog } from '../../../entrypoints/background/catalog-state';
import type { Sources } from '../../../entrypoints/background/sources';
import { OPERATORS, SITES } from '../catalog/fixture';

export interface ServedCatalog {
  db: CatalogDb;
  service: CatalogService;
  stop: () => void;
}

/** Opens the fixture catalog and serves the handlers; `cards` says whether card requests are answered. */
export async function serveFixtureCatalog(index: DetectorIndex, cards: boolean): Promise<ServedCatalog> {
  const db = await openCatalogDb('dc-lens', { indexedDB: new IDBFactory(), IDBKeyRange });
  const service = new CatalogService(db);
  await service.bulkPut({ operators: OPERATORS, sites: SITES });
  const state = {
    catalog: async () => service,
    current: async (): Promise<CompiledCatalog> => ({ resolver: await service.getResolver(), index }),
    cardCatalog: async () => {
      if (!cards) throw new Error('not asked');
      const snapshot = await service.getSnapshot();
      return { compare: snapshot, records: snapshot.siteById };
    },
    changed: async () => undefined,
  };
  return { db, service, stop: serveBackground(createHandlers(state, {} as Sources)) };
}
