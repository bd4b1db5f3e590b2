/**
 * Places before the head ("Tokyo data center", "its Papillion, Nebraska data center", "Racine
 * County site") and the compass adjectives that modify them ("our Northern India campus").
 */
import type { Doc, PlaceSpan, Sentence } from '../context';
import { PLACE_ADJECTIVES } from '../vocab';
import { placeEndingAt, placeStartsAt } from './lookups';
import { NOT_MINE, READ, STOP, type PhraseWalk, type Step } from './walk';

export function readPlace(w: PhraseWalk): Step {
  const { doc, s, tk, i, p } = w;
  const place = placeEndingAt(s, i) ?? placeWithItsNoun(doc, s, i);
  if (!place) return NOT_MINE;
  // "Japan's biggest AI data center": a country's possessive ranks the facility; it neither
  // places it nor runs it (the clause subject does).
  if (place.kind === 'country' && tk.poss(i) && !/^\p{Lu}/u.test(doc.text[tk.start(w.hi)])) {
    w.start = place.first;
    return STOP;
  }
  if (place.kind === 'area' && !tk.poss(i)) {
    // "Asia-Pacific" before a head: a vague area, but a place all the same.
  }
  // "its Papillion, Nebraska data center": a town, a comma and its state before the head are
  // one place, the town in that state.
  const town = place.kind === 'admin' && !tk.poss(i) && tk.text(place.first - 1) === ',' ? s.places.find((pl) => pl.last === place.first - 2 && pl.kind === 'city') : undefined;
  if (town && !p.prePlace) {
    p.prePlace = { ...town, end: place.end, last: place.last, text: doc.text.slice(town.start, place.end), country: place.country || town.country, state: place.canonical };
    w.start = town.first;
    w.i = town.first - 1;
    return READ;
  }
  p.prePlace ??= place;
  w.start = place.first;
  w.i = place.first - 1;
  return tk.poss(i) ? STOP : READ;
}

/**
 * "its Vineland, New Jersey, campus": news sets the state off with commas on both sides; the
 * comma after it is read past, and the town and state are read as one place (readPlace).
 */
export function skipCommaAfterState(w: PhraseWalk): Step {
  const { s, tk, i } = w;
  // Right before the head only: "In Austin, Texas, Crusoe campus plans stalled" sets a place before the clause.
  if (tk.text(i) !== ',' || i !== w.hi - 1) return NOT_MINE;
  const state = placeEndingAt(s, i - 1);
  if (!state || state.kind !== 'admin' || tk.text(state.first - 1) !== ',' || !s.places.some((pl) => pl.last === state.first - 2 && pl.kind === 'city')) return NOT_MINE;
  w.i = i - 1;
  return READ;
}

/** "our Northern India campus": a compass adjective before a place modifies it, it names nothing. */
export function readCompassAdjective(w: PhraseWalk): Step {
  const { tk, i } = w;
  if (!(tk.cap(i) && PLACE_ADJECTIVES.has(tk.low(i)) && placeStartsAt(w.s, i + 1))) return NOT_MINE;
  w.start = i;
  w.i--;
  return READ;
}

/**
 * "New Lamar County Campus", "its Racine County site": a place and the noun of its kind before the
 * head are one place (the gazetteer may know only the town of that name).
 */
function placeWithItsNoun(doc: Doc, s: Sentence, i: number): PlaceSpan | undefined {
  const tk = s.toks;
  if (!/^(?:county|parish|province|prefecture|district|township)$/.test(tk.low(i))) return undefined;
  const pl = s.places.find((x) => x.last === i - 1 && x.kind !== 'country');
  return pl && { ...pl, last: i, end: tk.end(i), text: doc.text.slice(pl.start, tk.end(i)) };
}
