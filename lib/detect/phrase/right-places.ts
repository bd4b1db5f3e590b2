/**
 * Where the facility is, read after the head: "in <place>", "near <town>", "on Pine Road in Kuna",
 * "to be built in", "on the Slough Trading Estate", "that Kestrel is developing in Lubbock",
 * ", in Saudi Arabia,".
 */
import type { Doc } from '../context';
import { orgAt } from '../facts/operator';
import { parsePlacePhrase } from '../facts/place';
import type { Phrase } from '../phrase';
import { agentBridge, districtEnd, edgeOfTown, PARTICIPLES_OF_PLACE, placeBridge, streetEnd } from './place-bridges';
import { capitalisedRun, relativeClauseVerb } from './relative-clause';
import { NOT_MINE, READ, readTo, STOP, type PhraseWalk, type Step } from './walk';

/** The last word of a named piece of land a facility stands on ("Kestrel Business Park", "Tarn Island"). */
const LAND_NAME_END = /^(?:estate|park|island)$/;

/** Land a facility is built on. */
const LAND_NOUNS = /^(site|plot|parcel|land|estate|tract|lot|acres|hectares)$/;

/**
 * "the data center on Pine Road in Kuna", "at 1200 Innovation Way near C": a street address
 * before the town; "on the outskirts of C", "just outside C": the town's edge.
 */
export function readAddressOrEdge(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  if (p.place) return NOT_MINE;
  const street = streetEnd(tk, j);
  if (street >= 0 && /^(in|near|outside|at)$/.test(tk.low(street + 1))) {
    w.j = street + 1;
    return READ;
  }
  const edge = edgeOfTown(tk, j);
  const pl = edge >= 0 ? parsePlacePhrase(doc.text, s, edge + 1) : null;
  if (!(pl && pl.place?.kind !== 'area')) return NOT_MINE;
  p.place = pl;
  return readTo(w, pl.last);
}

export function readPlaceAfterPreposition(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  if (!((tk.low(j) === 'in' || tk.low(j) === 'near' || tk.low(j) === 'outside' || tk.low(j) === 'at') && !p.place)) return NOT_MINE;
  // "in the EU-WEST-2 region": a place word glued to a hyphen and more is the start of a code, no place.
  const found = parsePlacePhrase(doc.text, s, j + 1);
  const pl = found && tk.has(found.last + 2) && tk.text(found.last + 1) === '-' && tk.glued(found.last + 1) && tk.glued(found.last + 2) ? null : found;
  // "the Fairfax Flats data center near Houston, TX": a town word that starts a name ("Flats" after
  // it, before the head) is part of the name when the phrase places the facility elsewhere.
  if (pl && pl.place?.kind !== 'area' && p.prePlace?.kind === 'city' && p.name && nameAfterTown(doc, p, w.hit.start) && !pl.text.toLowerCase().includes(p.prePlace.text.toLowerCase())) {
    p.name = `${p.prePlace.text} ${p.name}`;
    p.prePlace = null;
  }
  // "its Kuna data center near Boise", "its Conyers campus in the Atlanta area": a landmark city
  // after a town written before the head; the town is where the facility is.
  // "its Pryor data center in Mayes County": the county holds the town, which is the more specific.
  if (pl && p.prePlace?.kind === 'city' && (tk.low(j) === 'near' || tk.low(j) === 'outside' || /\b(?:area|county|parish)$/i.test(pl.text))) return readTo(w, pl.last);
  // "its Kuna data center in the Alliance corridor / the Westport Industrial Park": a part of the
  // town written before the head (a name before a district noun, or one the gazetteer does not know as a
  // place); the town stays the place.
  const townBefore = !!p.prePlace && p.prePlace.kind !== 'country' && p.prePlace.kind !== 'area';
  const district = pl && townBefore ? districtEnd(tk, pl.last) : -1;
  if (district >= 0 && (district > pl!.last || !pl!.place)) return readTo(w, district);
  if (!pl) return STOP;
  p.place = pl;
  return readTo(w, pl.last);
}

/** The phrase's name is written between its town and its head ("Fairfax Flats data center"). */
function nameAfterTown(doc: Doc, p: Phrase, headStart: number): boolean {
  const between = doc.text.slice(p.prePlace!.end, headStart).trim();
  return between.length > 0 && between === p.name;
}

/** "a campus on the Kestrel Trading Estate", "a data centre on Tarn Island": land named after "on". */
export function readLandName(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  if (!(tk.low(j) === 'on' && !p.place)) return NOT_MINE;
  let pl = parsePlacePhrase(doc.text, s, j + 1);
  // "on the Slough Trading Estate": a known town's name opens the estate's.
  let k = pl ? pl.last : -1;
  while (pl && k < pl.last + 3 && tk.cap(k + 1) && tk.word(k + 1) && tk.glued(k + 1) === false) k++;
  if (pl && k > pl.last && LAND_NAME_END.test(tk.low(k))) pl = { ...pl, last: k, text: doc.text.slice(tk.start(pl.first + (tk.low(pl.first) === 'the' ? 1 : 0)), tk.end(k)), place: null };
  if (!(pl && pl.place === null && LAND_NAME_END.test(tk.low(pl.last)))) return NOT_MINE;
  p.place = pl;
  return readTo(w, pl.last);
}

/**
 * "a fourth data centre to be built in Ballykeel", "a campus located near Budapest".
 * "the data center built by Meta in Kuna": the agent between the participle and the place.
 */
export function readPlaceAfterParticiple(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  const agent = !p.place && placeBridge(tk, j) < 0 ? agentBridge(doc, s, j) : null;
  const bridge = agent ? agent.prep : !p.place ? placeBridge(tk, j) : -1;
  if (bridge < 0) return NOT_MINE;
  const pl = parsePlacePhrase(doc.text, s, bridge + 1);
  // "the largest AI campus under construction in the United States" ranks it in a country; a
  // town or a state places it.
  const ranked = pl?.place?.kind === 'country' && !agent && !PARTICIPLES_OF_PLACE.test(tk.low(bridge - 1));
  if (!(pl && pl.place?.kind !== 'area' && !ranked)) return STOP;
  if (agent) p.operator ??= agent.org;
  p.place = pl;
  return readTo(w, pl.last);
}

/**
 * "a new campus in Hungary, located in Torokbalint": a participle narrows a country to its place;
 * "the VR3 data centre, located in Adelaide, will …" places a facility the phrase did not.
 */
export function readPlaceAfterCommaParticiple(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  if (!(tk.text(j) === ',' && (!p.place || (!p.place.city && !p.place.admin)))) return NOT_MINE;
  const b = placeBridge(tk, j + 1);
  const pl = b >= 0 ? parsePlacePhrase(doc.text, s, b + 1) : null;
  if (!(pl && pl.place?.kind !== 'area' && (pl.city || pl.admin || !p.place))) return NOT_MINE;
  p.place = { ...pl, country: pl.country || p.place?.country || '' };
  return readTo(w, pl.last);
}

/** "a 72MW data centre on a former industrial site in Swindon": the land it stands on is placed. */
export function readLandItStandsOn(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  if (!(tk.low(j) === 'on' && !p.place)) return NOT_MINE;
  let k = j + 1;
  while (k < tk.length && k <= j + 6 && tk.word(k) && !LAND_NOUNS.test(tk.low(k))) k++;
  if (LAND_NOUNS.test(tk.low(k)) && /^(in|near|outside)$/.test(tk.low(k + 1))) {
    const pl = parsePlacePhrase(doc.text, s, k + 2);
    if (pl && pl.place?.kind !== 'area') {
      p.place = pl;
      w.end = pl.last;
    }
  }
  return STOP;
}

/**
 * "a new data center that Kestrel is developing in Lubbock", "the campus it is building near
 * Odessa": a relative clause that builds or runs the facility places it (the span stays the phrase).
 */
export function readPlaceOfRelativeClause(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  if (!(!p.place && p.prePlace?.kind !== 'city')) return NOT_MINE;
  const v = relativeClauseVerb(tk, j);
  const pl = v >= 0 && /^(?:in|near|outside)$/.test(tk.low(v + 1)) ? parsePlacePhrase(doc.text, s, v + 2) : null;
  if (!(pl && pl.place?.kind !== 'area')) return NOT_MINE;
  p.place = pl;
  // "… that Kestrel is developing": the company the clause names builds it (a tenant may be the sentence's subject).
  const first = /^(?:that|which)$/.test(tk.low(j)) ? j + 1 : j;
  const subject = orgAt(doc.text, s, first) ?? capitalisedRun(doc, tk, first, v);
  if (subject && subject.end <= tk.start(v)) p.operator ??= subject;
  return STOP;
}

/** "its first Middle East data center, in Saudi Arabia,": a place set off by commas. */
export function readPlaceSetOff(w: PhraseWalk): Step {
  const { doc, s, tk, j, p } = w;
  if (!(tk.text(j) === ',' && tk.low(j + 1) === 'in' && (!p.place || p.place.place?.kind === 'area'))) return NOT_MINE;
  const pl = parsePlacePhrase(doc.text, s, j + 2);
  if (!(pl && pl.place?.kind !== 'area' && (!tk.has(pl.last + 1) || /^[,.;]$/.test(tk.text(pl.last + 1))))) return NOT_MINE;
  p.place = pl;
  return readTo(w, pl.last);
}
