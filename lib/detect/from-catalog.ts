/** Catalog records (lib/catalog/schema) as the detector's lexicon. */
import type { Operator, Site } from '../catalog/schema';
import { siteCodes } from '../catalog/site-codes';
import { systemNames } from '../catalog/system-names';
import type { LexiconOperator, LexiconSite } from './index-format';
import { compileIndex, type DetectorIndex } from './index';

export function lexiconFromCatalog(sites: readonly Site[], operators: readonly Operator[]): { sites: LexiconSite[]; operators: LexiconOperator[] } {
  return {
    sites: sites
      .filter((s) => !s.deletedAt)
      .map((s) => ({
        id: s.id,
        name: s.name,
        // A machine's own name ("ABCI 3.0" of "AIST ABCI 3.0"), which news writes alone.
        aliases: [...s.aliases, ...systemNames(s)],
        kind: s.kind,
        operatorIds: s.operatorIds,
        city: s.place.city,
        country: s.place.country,
        regionCode: s.regionCode,
        // Codes the name alone holds too ("Atlanta ATL12"): news writes them without the town.
        codes: siteCodes(s),
      })),
    operators: operators.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases, kind: o.kind, hqCountry: o.hqCountry })),
  };
}

/** The detector index for a catalog: what the background compiles once per catalog change. */
export function compileCatalogIndex(sites: readonly Site[], operators: readonly Operator[]): DetectorIndex {
  return compileIndex(lexiconFromCatalog(sites, operators));
}
