/**
 * What a card shows for one mention, decided from the catalog: the site a known mention resolved
 * to, or for a new one the place the article names, the candidates that lie there ("Is it one of
 * these?") and the competitors around that place. Pure: the mention, what the comparison reads of
 * the catalog (a snapshot, or a woken worker's stored columns: compare-catalog.ts) and the full
 * records the card shows (its site and candidates, read by id) in; card data out.
 */
import { countryByName, worldRegionOf } from '../geo/countries';
import { worldRegionByName } from '../geo/world-regions';
import type { CardData } from '../messaging/messages';
import type { Mention } from './schema';
import type { CompareCatalog } from './compare-catalog';
import { compare } from './compare';
import type { Place, Site } from './schema';


/** The card has no countries table (content-script budget): give it the world region here. */
function withWorldRegion(place: Place): Place {
  return place.worldRegion || !place.country ? place : { ...place, worldRegion: worldRegionOf(place.country) };
}

/**
 * The place a new mention names: a world region ("the Asia-Pacific region"), a country ("South
 * Korea") or else a city. Only what the article says: candidates are guesses, so their country is
 * not borrowed.
 */
function placeOfMention(m: Mention): Place {
  const loc = m.facts.location?.trim();
  const region = loc ? worldRegionByName(loc) : undefined;
  if (region) return { worldRegion: region };
  const asCountry = loc ? countryByName(loc) : undefined;
  const country = m.country ?? asCountry?.code;
  const city = loc && !asCountry ? loc : undefined;
  return withWorldRegion({ city, country });
}

/** Whether a candidate lies within what the article said: its country, else its world region. */
function samePlace(said: Place, site: Place): boolean {
  if (said.country) return site.country === said.country;
  if (said.worldRegion) return site.worldRegion === said.worldRegion;
  return true;
}

/** At most this many "Is it one of these?" suggestions: a card is a glance, not a search. */
const MAX_CANDIDATES = 5;

/**
 * `records`: the live full records of the mention's site and candidates (more may be there; a
 * missing one is a site the catalog does not have).
 */
export function cardDataFor(m: Mention, snapshot: CompareCatalog, records: ReadonlyMap<string, Site>, sightingCount: number): CardData {
  const site = m.entityId ? records.get(m.entityId) ?? null : null;
  if (site) {
    return {
      site: { ...site, place: withWorldRegion(site.place) },
      operators: site.operatorIds.map((id) => snapshot.operatorById.get(id)).filter((o) => o !== undefined),
      comparison: compare({ siteId: site.id, operatorIds: site.operatorIds, place: site.place }, snapshot),
      candidates: [],
      sightingCount,
    };
  }
  const place = placeOfMention(m);
  // "Is it one of these?" only offers sites where the article says it is: an Asia-Pacific
  // mention is not one of the operator's Texas campuses.
  const candidates = m.candidates
    .map((id) => records.get(id))
    .filter((s): s is Site => s !== undefined)
    .map((s) => ({ ...s, place: withWorldRegion(s.place) }))
    .filter((s) => samePlace(place, s.place))
    .slice(0, MAX_CANDIDATES);
  const operatorIds = m.operatorIds.filter((id) => snapshot.operatorById.has(id));
  return {
    site: null,
    operators: operatorIds.map((id) => snapshot.operatorById.get(id)!),
    comparison: place.city || place.country || place.worldRegion ? compare({ operatorIds, place }, snapshot) : null,
    candidates,
    sightingCount,
  };
}
