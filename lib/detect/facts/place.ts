/**
 * Place phrases after a preposition: "Seoul", "the southern city of Ulsan", "Mount Pleasant,
 * Wisconsin", "the Asia-Pacific region", or a capitalised name the gazetteer does not know
 * ("Eemshaven"). The place is reported as written, without the introducing words.
 */
import type { PlaceSpan, Sentence } from '../context';
import { US_STATES } from '../../geo/us-states';
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

/** The Associated Press's state abbreviations (written with a full stop), by USPS code. */
const AP_STATES: Readonly<Record<string, string>> = {
  ala: 'AL', ariz: 'AZ', ark: 'AR', calif: 'CA', colo: 'CO', conn: 'CT', del: 'DE', fla: 'FL', ga: 'GA', ill: 'IL', ind: 'IN',
  kan: 'KS', kans: 'KS', ky: 'KY', la: 'LA', md: 'MD', mass: 'MA', mich: 'MI', minn: 'MN', miss: 'MS', mo: 'MO', mont: 'MT',
  neb: 'NE', nev: 'NV', okla: 'OK', ore: 'OR', pa: 'PA', tenn: 'TN', tex: 'TX', vt: 'VT', va: 'VA', wash: 'WA', wis: 'WI', wyo: 'WY',
};

/** AP abbreviations written in parts: "N.Y.", "N.C.", "W.Va.", "D.C.". */
const AP_STATES_DOTTED: Readonly<Record<string, string>> = {
  'n.y': 'NY', 'n.c': 'NC', 'n.j': 'NJ', 'n.m': 'NM', 'n.h': 'NH', 'n.d': 'ND', 's.c': 'SC', 's.d': 'SD', 'r.i': 'RI', 'w.va': 'WV', 'd.c': 'DC',
};

/** "OH" (capitals, a USPS code) or "Ga." / "N.Y." (AP style) at token i: the state's code and last token. */
function usStateAfterComma(text: string, tk: Sentence['toks'], i: number): { code: string; last: number } | null {
  if (!tk.has(i) || !tk.word(i)) return null;
  const t = tk.text(i);
  if (t.length === 1 && tk.text(i + 1) === '.' && tk.glued(i + 1) && tk.glued(i + 2) && tk.cap(i + 2)) {
    const dotted = AP_STATES_DOTTED[`${tk.low(i)}.${tk.low(i + 2)}`];
    // The closing full stop may end the sentence, and so be no token of it.
    if (dotted && text[tk.end(i + 2)] === '.') return { code: dotted, last: tk.text(i + 3) === '.' && tk.glued(i + 3) ? i + 3 : i + 2 };
  }
  if (t.length === 2 && t === t.toUpperCase() && US_STATES[t]) return { code: t, last: i };
  const ap = tk.cap(i) ? AP_STATES[tk.low(i)] : undefined;
  // The full stop may end the sentence, and so be no token of it.
  if (ap && text[tk.end(i)] === '.') return { code: ap, last: tk.text(i + 1) === '.' && tk.glued(i + 1) ? i + 1 : i };
  return null;
}

const TRAILING_NOUNS = new Set(['region', 'area', 'county', 'province', 'state', 'prefecture', 'district', 'metro', 'emirate', 'township', 'parish']);

export function placeAt(s: Sentence, i: number): PlaceSpan | null {
  for (const p of s.places) if (p.first === i) return p;
  return null;
}

function isNameToken(s: Sentence, i: number): boolean {
  const tk = s.toks;
  if (i < 0 || i >= tk.length || !tk.word(i) || !tk.cap(i) || tk.num(i)) return false;
  const low = tk.low(i);
  if (NOT_NAMES.has(low) || MONTHS.has(low) || WEEKDAYS.has(low)) return false;
  const start = tk.start(i);
  const end = tk.end(i);
  if (s.operators.some((o) => o.start <= start && o.end >= end)) return false;
  return true;
}

/** Parses a place phrase whose first token is i (just after the preposition). */
/** Particles inside Romance and Dutch place names. */
const PARTICLES = /^(?:de|do|da|dos|das|del|della|di|du|la|le|les|el|sur|sul|am|an|der|op|aan)$/;

const COMPASS = /^(?:north|south|east|west|northeast|northwest|southeast|southwest|centre|center)$/;

/** "south-west", "north-east": a compass adjective written with a hyphen (PLACE_ADJECTIVES spells it without). */
function hyphenedAdjective(tk: Sentence['toks'], k: number): boolean {
  return tk.text(k + 1) === '-' && tk.glued(k + 1) && tk.glued(k + 2) && PLACE_ADJECTIVES.has(`${tk.low(k)}${tk.low(k + 2)}`);
}

export function parsePlacePhrase(text: string, s: Sentence, i: number): PlacePhrase | null {
  const tk = s.toks;
  let k = i;
  if (tk.low(k) === 'the') k++;
  while (k < tk.length && !placeAt(s, k) && (PLACE_ADJECTIVES.has(tk.low(k)) || hyphenedAdjective(tk, k))) {
    // "south-west Dublin" is "southwest Dublin".
    if (hyphenedAdjective(tk, k)) k += 3;
    else k++;
  }
  // "the south of Dublin", "the north-east of England": a part of the place is in the place.
  if (k > i && tk.low(k) === 'of' && COMPASS.test(tk.low(k - 1))) k++;
  if (k < tk.length && PLACE_NOUNS.has(tk.low(k)) && !tk.cap(k)) {
    if (tk.low(k + 1) !== 'of') return null; // "in the city", "in the region"
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
    if (tk.text(k).length < 2) return null;
    last = k;
    for (;;) {
      if (last + 1 < tk.length && last < k + 2 && isNameToken(s, last + 1) && tk.start(last + 1) - tk.end(last) <= 1) last++;
      // "Eldorado do Sul", "Villa de Leyva": a lower-case particle between two capitalised words.
      else if (last < k + 2 && PARTICLES.test(tk.low(last + 1)) && !tk.cap(last + 1) && isNameToken(s, last + 2) && tk.start(last + 2) - tk.end(last + 1) <= 1 && tk.start(last + 1) - tk.end(last) <= 1) last += 2;
      // "Ste. Veronne", "Ft. Worth", "Mt. Pleasant": a short abbreviation with its dot inside the name.
      else if (tk.text(last + 1) === '.' && tk.start(last + 1) === tk.end(last) && /^\p{Lu}\p{Ll}{0,3}$/u.test(tk.text(last)) && isNameToken(s, last + 2) && tk.start(last + 2) - tk.end(last + 1) <= 1) last += 2;
      else break;
    }
  }
  if (tk.poss(last)) {
    // "in Malaysia's Johor state": the country's place is the place; "in Japan's capital": the head is elsewhere.
    // "in <city>'s <district>": a city's district the gazetteer does not know is in that city.
    // The gazetteer's place of that name (a town of the same name) is elsewhere: the outer place decides.
    const district = (place?.kind === 'city' || place?.kind === 'admin') && isNameToken(s, last + 1) && /^\p{Lu}\p{Ll}{2,}$/u.test(tk.text(last + 1));
    const inner = (place?.kind === 'country' || district) && tk.cap(last + 1) ? parsePlacePhrase(text, s, last + 1) : null;
    // "in England's north-east": the country's part is in the country.
    if (!inner && place && (COMPASS.test(tk.low(last + 1)) || (hyphenedAdjective(tk, last + 1) && COMPASS.test(tk.low(last + 3))))) {
      const partEnd = hyphenedAdjective(tk, last + 1) ? last + 3 : last + 1;
      return { first: i, last: partEnd, text: text.slice(tk.start(nameStart), tk.end(last)).replace(/['’]s?$/, ''), country: place.country, city: place.kind === 'city' ? place.canonical : null, admin: place.kind === 'admin' ? place.canonical : null, adminKey: place.admin || (place.kind === 'admin' ? place.canonical : ''), place };
    }
    if (!inner) return null;
    if (district) {
      const innerEnd = tk.start(inner.last) + tk.text(inner.last).length;
      return { ...inner, first: i, text: text.slice(tk.start(nameStart), innerEnd), country: place!.country, city: place!.kind === 'city' ? place!.canonical : null, admin: place!.kind === 'admin' ? place!.canonical : null, adminKey: place!.admin || (place!.kind === 'admin' ? place!.canonical : ''), place: place! };
    }
    const innerEnd = tk.start(inner.last) + tk.text(inner.last).length;
    return { ...inner, first: i, text: text.slice(tk.start(nameStart), innerEnd), country: inner.country || place!.country };
  }
  // "at the Singapore-based firm's campus": a place in a compound adjective describes something else.
  if (tk.text(last + 1) === '-' && tk.start(last + 1) === tk.end(last) && /^(?:based|headquartered|listed|born|owned|backed|led)$/.test(tk.low(last + 2))) return null;
  let country = place?.country ?? '';
  let city: string | null = place ? (place.kind === 'city' ? place.canonical : null) : text.slice(tk.start(k), tk.start(last) + tk.text(last).length);
  let admin: string | null = place && place.kind === 'admin' ? place.canonical : null;
  let best = place;
  let adminKey = place ? place.admin || (place.kind === 'admin' ? place.canonical : '') : '';
  // ", Wisconsin" / ", Texas" / ", Japan"
  if (tk.text(last + 1) === ',') {
    const next = placeAt(s, last + 2);
    if (next && (next.kind === 'admin' || next.kind === 'country')) {
      last = next.last;
      if (!country || (place?.kind === 'country' && next.kind === 'admin')) country = next.country;
      if (next.kind === 'admin') {
        admin = next.canonical;
        adminKey = next.admin || next.canonical;
      }
      if (!best || best.kind === 'area') best = next;
      else if (best.kind === 'city' && next.country && best.country !== next.country) {
        // The gazetteer's most populous "Abilene" is not this one: trust the state or country.
        country = next.country;
      }
    } else if (!next || next.kind === 'city') {
      // "Lima, OH", "Rome, Ga.": a US state as news abbreviates it (not the town "Ore"); the city is the American one.
      const state = usStateAfterComma(text, tk, last + 2);
      if (state) {
        last = state.last;
        country = 'US';
        admin = US_STATES[state.code];
        adminKey = state.code;
      }
    }
  }
  // "Lebanon, Indiana", "Peru, Ind.": a country's name before another country's state is a town there.
  if (place?.kind === 'country' && country !== place.country) {
    city = text.slice(tk.start(k), tk.start(place.last) + tk.text(place.last).length);
    if (best === place) best = null;
  }
  if (TRAILING_NOUNS.has(tk.low(last + 1))) last++; // "Racine County", "Asia-Pacific region"
  // "Torokbalint, near Budapest": a town the gazetteer does not know is found again by the city it is near.
  if (!place && tk.text(last + 1) === ',' && tk.low(last + 2) === 'near') {
    const near = placeAt(s, last + 3);
    if (near && near.kind === 'city') {
      last = near.last;
      city = near.canonical;
      country ||= near.country;
      adminKey ||= near.admin;
      best = near;
    }
  }
  const start = tk.start(nameStart);
  const end = tk.start(last) + tk.text(last).length;
  if (best && best.kind === 'country' && !city) city = null;
  return { first: i, last, text: text.slice(start, end), place: best, country, city, admin, adminKey: adminKey ? adminKey.toLowerCase() : null };
}
