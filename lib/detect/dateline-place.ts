/**
 * "COLUMBUS, Ga. -- Google said its Columbus data center …": local and wire stories give the state
 * once, in the dateline, and the body names only the town. A mark placed in the dateline's town
 * with no state of its own is placed in the dateline's state, so the resolver does not open the
 * operator's site in a same-named town of another state.
 */
import type { Doc } from './context';
import type { Draft } from './draft';
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
