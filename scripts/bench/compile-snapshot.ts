/**
 * How the background compiles the detector index from a catalog snapshot. A copy of
 * compileSnapshot in entrypoints/background/catalog-state.ts, which cannot be imported here (it
 * pulls in `wxt/browser`); keep the two mappings the same.
 */
import type { CatalogSnapshot } from '../../lib/catalog/catalog-snapshot';
import { compileIndex, type DetectorIndex, type LexiconOperator, type LexiconSite } from '../../lib/detect/index';

export function lexiconOf(snapshot: CatalogSnapshot): { sites: LexiconSite[]; operators: LexiconOperator[] } {
  return {
    sites: snapshot.sites.map((s) => ({
      id: s.id,
      name: s.name,
      aliases: s.aliases,
      kind: s.kind,
      operatorIds: s.operatorIds,
      city: s.place.city,
      country: s.place.country,
      regionCode: s.regionCode,
    })),
    operators: snapshot.operators.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases })),
  };
}

export function compileSnapshot(snapshot: CatalogSnapshot): DetectorIndex {
  return compileIndex(lexiconOf(snapshot));
}
