/**
 * "COLUMBUS, Ga. -- Google said its Columbus data center …": local and wire stories give the state
 * once, in the dateline, and the body names only the town. A mark placed in the dateline's town
 * with no state of its own is placed in the dateline's state, so the resolver does not open the
 * operator's site in a same-named town of another state.
 */
import type { Doc } from './context';
import type { Draft } from './draft';
import type { MentionFacts } from './types';
import { datelineLength } from './facts/operator';
import { parsePlacePhrase } from './facts/place';

/** Sentences from the text's start looked at for a dateline (a headline and a standfirst may come first). */
const OPENING_SENTENCES = 4;

export function placeFromDateline(doc: Doc, drafts: Draft[]): void {
  const at = datelinePlace(doc);
  if (!at?.admin || !at.city) return;
  const city = at.city.toLowerCase();
  for (const d of drafts) {
    // A state the text wrote beside the town wins; the gazetteer's guess (its most populous
    // "Columbus" is Ohio's) gives way.
    if (d.city?.toLowerCase() !== city || d.admin || (d.country && d.country !== at.country)) continue;
    d.admin = at.admin;
    d.adminKey = at.adminKey;
    d.country = at.country || d.country;
  }
}

/**
 * "LITHIA SPRINGS, Ga. — Google's 150 MW data center campus is now fully leased": a local story
 * places its facility once, in the dateline. A facility none of whose marks the text places is in
 * the dateline's town, when the dateline gives the town's state (AP style leaves the state off for
 * the big cities where wire stories are filed: "NEW YORK (Reuters) —" places nothing) and the
 * article places no facility in another town.
 */
export function placeUnplacedFromDateline(doc: Doc, drafts: Draft[], facts: MentionFacts[], clusters: number[]): void {
  const placed = new Set<number>();
  let otherTown = false;
  const at = datelinePlace(doc);
  if (!at?.admin || !at.city) return;
  const city = at.city.toLowerCase();
  drafts.forEach((d, i) => {
    if (d.city || d.admin || d.country || facts[i].location !== null) placed.add(clusters[i]);
    if (d.city && d.city.toLowerCase() !== city) otherTown = true;
  });
  if (otherTown) return;
  drafts.forEach((d, i) => {
    if (placed.has(clusters[i]) || d.kind === 'region') return;
    d.city = at.city;
    d.admin = at.admin;
    d.adminKey = at.adminKey;
    d.country = at.country || null;
    facts[i].location = at.text;
  });
}

function datelinePlace(doc: Doc) {
  let pos = 0;
  for (let n = 0; n < OPENING_SENTENCES && pos < doc.text.length; n++) {
    const s = doc.sentenceAt(pos);
    // "COLUMBUS, Ga. --": the AP state's full stop may end the sentence before the dash.
    const cut = /^[A-Z][A-Z.'’-]+$/.test(s.toks.text(0)) && /^\s*(?:--|—|–)/.test(doc.text.slice(s.end, s.end + 8));
    if (cut || datelineLength(s.toks) > 0) return parsePlacePhrase(doc.text, s, 0);
    pos = s.end + 1;
    while (pos < doc.text.length && /\s/.test(doc.text[pos])) pos++;
  }
  return null;
}
