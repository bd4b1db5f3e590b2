/**
 * Place phrases after a preposition: "Seoul", "the southern city of Ulsan", "Mount Pleasant,
 * Wisconsin", "the Asia-Pacific region", or a capitalised name the gazetteer does not know
 * ("Eemshaven"). The place is reported as written, without the introducing words.
 */
import type { PlaceSpan, Sentence } from '../context';
import { MONTHS, NOT_NAMES, PLACE_ADJECTIVES, PLACE_NOUNS, WEEKDAYS } from '../vocab';

export interface PlacePhrase {
  /** Token range of the whole phrase (span end). */
  first: number;
  last: number;
  /** The place as written: "Mount Pleasant, Wisconsin". */
  text: string;
  /** The most specific known place in it, if the gazetteer knows one. */
  place: PlaceSpan | null;
  /** Country of the phrase (from any known part). */
  country: string;
  /** City-level name, when the first part is a city or an unknown name. */
  city: string | null;
  admin: string | null;
  /** US state code or state/province name, lower case ("tx", "gujarat"), for nesting places. */
  adminKey: string | null;
}

const TRAILING_NOUNS = new Set(['region', 'area', 'county', 'province', 'state', 'prefecture', 'district', 'metro', 'emirate', 'township', 'parish']);

export function placeAt(s: Sentence, i: number): PlaceSpan | null {
  for (const p of s.places) if (p.first === i) return p;
  return null;
}

function isNameToken(s: Sentence, i: number): boolean {
  const t = s.tokens[i];
  if (!t || !t.word || !t.cap || t.num) return false;
  if (NOT_NAMES.has(t.low) || MONTHS.has(t.low) || WEEKDAYS.has(t.low)) return false;
  if (s.operators.some((o) => o.start <= t.start && o.end >= t.end)) return false;
  return true;
}

/** Parses a place phrase whose first token is i (just after the preposition). */
export function parsePlacePhrase(text: string, s: Sentence, i: number): PlacePhrase | null {
  const tk = s.tokens;
  let k = i;
  if (tk[k]?.low === 'the') k++;
  while (tk[k] && !placeAt(s, k) && (PLACE_ADJECTIVES.has(tk[k].low) || (tk[k + 1]?.text === '-' && PLACE_ADJECTIVES.has(`${tk[k].low}-${tk[k + 2]?.low}`)))) {
    if (tk[k + 1]?.text === '-' && !PLACE_ADJECTIVES.has(tk[k].low)) k += 3;
    else k++;
  }
  if (tk[k] && PLACE_NOUNS.has(tk[k].low) && !tk[k].cap) {
    if (tk[k + 1]?.low !== 'of') return null; // "in the city", "in the region"
    k += 2;
  }
  const nameStart = k;
  const place = placeAt(s, k);
  let last: number;
  if (place) {
    last = place.last;
  } else {
    if (!isNameToken(s, k)) return null;
    // Unknown capitalised name: up to three capitalised words ("Port Hedland"), not a title line.
    if (s.title && !place) return null;
    // "a campus in C": one letter (a word cut off, an initial) names no place.
    if (tk[k].text.length < 2) return null;
    last = k;
    for (;;) {
      if (last + 1 < tk.length && last < k + 2 && isNameToken(s, last + 1) && tk[last + 1].start - tk[last].end <= 1) last++;
      // "Ste. Veronne", "Ft. Worth", "Mt. Pleasant": a short abbreviation with its dot inside the name.
      else if (tk[last + 1]?.text === '.' && tk[last + 1].start === tk[last].end && /^\p{Lu}\p{Ll}{0,3}$/u.test(tk[last].text) && isNameToken(s, last + 2) && tk[last + 2].start - tk[last + 1].end <= 1) last += 2;
      else break;
    }
  }
  if (tk[last]?.poss) {
    // "in Malaysia's Johor state": the country's place is the place; "in Japan's capital": the head is elsewhere.
    // "in <city>'s <district>": a city's district the gazetteer does not know is in that city.
    // The gazetteer's place of that name (a town of the same name) is elsewhere: the outer place decides.
    const district = (place?.kind === 'city' || place?.kind === 'admin') && isNameToken(s, last + 1) && /^\p{Lu}\p{Ll}{2,}$/u.test(tk[last + 1].text);
    const inner = (place?.kind === 'country' || district) && tk[last + 1]?.cap ? parsePlacePhrase(text, s, last + 1) : null;
    if (!inner) return null;
    if (district) {
      const innerEnd = tk[inner.last].start + tk[inner.last].text.length;
      return { ...inner, first: i, text: text.slice(tk[nameStart].start, innerEnd), country: place!.country, city: place!.kind === 'city' ? place!.canonical : null, admin: place!.kind === 'admin' ? place!.canonical : null, adminKey: place!.admin || (place!.kind === 'admin' ? place!.canonical : ''), place: place! };
    }
    const innerEnd = tk[inner.last].start + tk[inner.last].text.length;
    return { ...inner, first: i, text: text.slice(tk[nameStart].start, innerEnd), country: inner.country || place!.country };
  }
  // "at the Singapore-based firm's campus": a place in a compound adjective describes something else.
  if (tk[last + 1]?.text === '-' && tk[last + 1].start === tk[last].end && /^(?:based|headquartered|listed|born|owned|backed|led)$/.test(tk[last + 2]?.low ?? '')) return null;
  let country = place?.country ?? '';
  let city: string | null = place ? (place.kind === 'city' ? place.canonical : null) : text.slice(tk[k].start, tk[last].start + tk[last].text.length);
  let admin: string | null = place && place.kind === 'admin' ? place.canonical : null;
  let best = place;
  let adminKey = place ? place.admin || (place.kind === 'admin' ? place.canonical : '') : '';
  // ", Wisconsin" / ", Texas" / ", Japan"
  if (tk[last + 1]?.text === ',') {
    const next = placeAt(s, last + 2);
    if (next && (next.kind === 'admin' || next.kind === 'country')) {
      last = next.last;
      if (!country) country = next.country;
      if (next.kind === 'admin') {
        admin = next.canonical;
        adminKey = next.admin || next.canonical;
      }
      if (!best || best.kind === 'area') best = next;
      else if (best.kind === 'city' && next.country && best.country !== next.country) {
        // The gazetteer's most populous "Abilene" is not this one: trust the state or country.
        country = next.country;
      }
    }
  }
  if (tk[last + 1] && TRAILING_NOUNS.has(tk[last + 1].low)) last++; // "Racine County", "Asia-Pacific region"
  // "Torokbalint, near Budapest": a town the gazetteer does not know is found again by the city it is near.
  if (!place && tk[last + 1]?.text === ',' && tk[last + 2]?.low === 'near') {
    const near = placeAt(s, last + 3);
    if (near && near.kind === 'city') {
      last = near.last;
      city = near.canonical;
      country ||= near.country;
      adminKey ||= near.admin;
      best = near;
    }
  }
  const start = tk[nameStart].start;
  const endTok = tk[last];
  const end = endTok.start + endTok.text.length;
  if (best && best.kind === 'country' && !city) city = null;
  return { first: i, last, text: text.slice(start, end), place: best, country, city, admin, adminKey: adminKey ? adminKey.toLowerCase() : null };
}
