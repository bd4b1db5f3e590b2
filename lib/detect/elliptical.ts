/**
 * Elliptical mentions: "opened a data center in Seoul and will open another in Incheon", "has two
 * data centers in Osaka and plans a third in Kobe". The head word is left out; the words that
 * remain ("another", an ordinal) with a place after them stand for a facility of the kind the
 * sentence named before them.
 */
import type { Doc, Sentence } from './context';
import type { Draft } from './draft';
import { EMPTY_FACTS } from './types';
import { parseOrdinalAt } from './facts/ordinal';
import { parsePlacePhrase } from './facts/place';
import { HEADS } from './vocab';

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'at']);

/** Elliptical mentions of every sentence that names a data-center head before them. */
export function findEllipticalMentions(doc: Doc, covered: (start: number, end: number) => boolean): Draft[] {
  const out: Draft[] = [];
  const seen = new Set<Sentence>();
  for (const h of doc.heads) {
    if (!HEADS[h.ref].strong) continue;
    const s = doc.sentenceAt(h.start);
    if (seen.has(s) || s.title) continue;
    seen.add(s);
    const tk = s.toks;
    for (let i = 0; i < tk.length; i++) {
      if (tk.start(i) < h.end) continue;
      const d = ellipsisAt(doc, s, i, HEADS[h.ref].kind);
      if (d && !covered(d.start, d.end)) out.push(d);
    }
  }
  return out;
}

/** "another in Incheon", "a third in Kobe" at token i, or null. */
function ellipsisAt(doc: Doc, s: Sentence, i: number, kind: Draft['kind']): Draft | null {
  const tk = s.toks;
  const ord = tk.low(i) === 'another' ? null : parseOrdinalAt(tk, i);
  if (tk.low(i) !== 'another' && !ord) return null;
  const last = ord ? ord.last : i;
  // "a third in Kobe", "its second in Poland": an article or possessive before an ordinal; "another" stands alone.
  if (ord && !/^(?:a|an|the|its|their)$/.test(tk.low(i - 1))) return null;
  // ", the first in Indonesia" set off after a mention says more of that facility; it is no other.
  if (ord && tk.text(i - 2) === ',') return null;
  if (!PLACE_PREPOSITIONS.has(tk.low(last + 1))) return null;
  const place = parsePlacePhrase(doc.text, s, last + 2);
  if (!place || !place.place || place.place.kind === 'area') return null;
  const start = tk.start(i);
  const end = tk.end(place.last);
  return {
    start,
    end,
    kind,
    confidence: 0.7,
    sentence: s,
    phrase: null,
    site: -1,
    operator: null,
    facts: { ...EMPTY_FACTS, location: place.text, ordinal: ord ? ord.text : null },
    country: place.country || null,
    city: place.city,
    admin: place.admin,
    adminKey: place.adminKey,
    ordinalRank: ord ? ord.rank : null,
    anaphoricSubject: false,
  };
}
