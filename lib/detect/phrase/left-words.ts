/**
 * Words before the head: an earlier head word ("data center campus"), an ordinal, adjectives, a
 * capitalised name ("Stargate", "Kestrel Ostavik"), a catalog code written apart ("LHR 17"), and
 * the word that ends the left side.
 */
import { tokenIndexAt, type Hit } from '../context';
import { capitalisedInRunningText } from '../casing';
import { parseOrdinalAt } from '../facts/ordinal';
import { writtenApart } from '../spaced-code';
import { DC_MODIFIERS, HEADS, MONTHS, NON_DC_MODIFIERS, NOT_NAMES, PREMODIFIERS, REGION_ADJECTIVES, WEEKDAYS } from '../vocab';
import { companyStart, orgBackFrom, placeEndingAt } from './lookups';
import { NOT_MINE, NO_PHRASE, READ, STOP, type PhraseWalk, type Step } from './walk';

/** Words that make a capitalised name a company or plant of another trade ("Green Energy Giga Complex"). */
const NON_DC_NAME_WORDS = new Set(['energy', 'solar', 'steel', 'motors', 'chemicals', 'refinery', 'petroleum', 'oil', 'gas', 'mining', 'battlefield', 'national', 'memorial', 'stadium', 'airport', 'hospital', 'university', 'college', 'school', 'museum', 'mall']);
/** Heads that, after a data-center word, name an area's many facilities rather than one. */
const AREA_HEADS = /^(?:cluster|hub)$/;

export function stopAtNonWord(w: PhraseWalk): Step {
  return w.tk.word(w.i) ? NOT_MINE : STOP;
}

/**
 * An earlier head word is a modifier here: "data center campus", "AI data center project".
 * "build" before a phrase is the verb ("build another data center"), never a modifier.
 */
export function readInnerHead(w: PhraseWalk): Step {
  const { tk, i, p } = w;
  const inner = innerHeadEndingAt(w);
  if (!inner) return NOT_MINE;
  if (tk.poss(i) && tk.cap(i)) {
    // "Ostavik Data Centres' new campus": a company named with the words, as owner, not a modifier.
    const f = companyStart(tk, tokenIndexAt(tk, inner.start));
    p.operator ??= orgBackFrom(w.doc, w.s, f, i);
    w.start = f;
    return STOP;
  }
  // "the Pryor campus's first building": a part of the facility the possessive names, which is the mention.
  if (tk.poss(i)) return NO_PHRASE;
  // "London's data centre cluster", "Asia's data center hub": a place's many facilities, none of them.
  if (AREA_HEADS.test(tk.low(w.hj))) return NO_PHRASE;
  // "a research and development centre": a weak head word that is also a trade's word is that trade's.
  if (!HEADS[inner.ref].strong && NON_DC_MODIFIERS.has(tk.low(i))) p.nonDc = true;
  p.dcModifier = true;
  const f = tokenIndexAt(tk, inner.start);
  w.start = f;
  w.i = f - 1;
  return READ;
}

/** The first head hit before the phrase's own that ends at the token being read. */
function innerHeadEndingAt(w: PhraseWalk): Hit | undefined {
  const { tk, hit, i } = w;
  for (const h of w.s.heads) if (h !== hit && tokenIndexAt(tk, h.end - 1) === i && h.start < hit.start && tk.low(i) !== 'build') return h;
  return undefined;
}

export function readOrdinal(w: PhraseWalk): Step {
  const ord = parseOrdinalAt(w.tk, w.i);
  if (!(ord && ord.last === w.i)) return NOT_MINE;
  w.p.ordinal ??= ord;
  w.start = ord.first;
  w.i = ord.first - 1;
  return READ;
}

export function readAdjective(w: PhraseWalk): Step {
  const { tk, i, p } = w;
  if (!(PREMODIFIERS.has(tk.low(i)) || REGION_ADJECTIVES.has(tk.low(i)) || NON_DC_MODIFIERS.has(tk.low(i)) || (!tk.cap(i) && /^[a-z]{3,}est$/.test(tk.low(i)) && !/^(?:west|midwest|northwest|southwest|quest|rest|test|nest|chest|guest|crest|forest|harvest|interest|protest|contest|request|conquest|arrest|digest|honest|modest|manifest|suggest|invest|pest|vest|zest)$/.test(tk.low(i))))) return NOT_MINE;
  if (NON_DC_MODIFIERS.has(tk.low(i))) p.nonDc = true;
  if (DC_MODIFIERS.has(tk.low(i))) p.dcModifier = true;
  // A capitalised premodifier in running text is a name ("Big Data Center Inc."), not an adjective.
  w.start = i;
  w.i--;
  return READ;
}

export function readCapitalisedName(w: PhraseWalk): Step {
  const { doc, s, tk, i, p } = w;
  // In a headline every word is capitalised: a word before a data-center head is a name there
  // only when the article writes it capitalised in running text ("Wonju IDC to Open").
  const headlineName = s.title && w.head.strong && i >= w.hi - 2 && capitalisedInRunningText(doc, tk.text(i));
  if (!(tk.cap(i) && !NOT_NAMES.has(tk.low(i)) && !MONTHS.has(tk.low(i)) && !WEEKDAYS.has(tk.low(i)) && (!s.title || headlineName))) return NOT_MINE;
  // A capitalised word: a possessive company ("Crusoe's") or a name ("Stargate", "Colossus").
  const sentenceInitial = i === 0;
  if (tk.poss(i)) {
    const org = orgBackFrom(doc, s, i, i);
    p.operator ??= org ?? { text: tk.text(i), ops: [], start: tk.start(i), end: tk.start(i) + tk.text(i).length };
    w.start = i;
    return STOP;
  }
  // A capitalised first word is a name only when the text also capitalises it mid-sentence.
  if (sentenceInitial && !w.headCap && !capitalisedInRunningText(doc, tk.text(i))) return STOP;
  if (NON_DC_MODIFIERS.has(tk.low(i)) || NON_DC_NAME_WORDS.has(tk.low(i))) p.nonDc = true;
  // "the Kestrel Ostavik data center", "Kestrel 1st Data Center": the first word of a name
  // before the town or the ordinal is the brand that owns the facility.
  w.brand = !p.name && (p.prePlace || p.ordinal) && !sentenceInitial ? i : -1;
  p.name = p.name ? `${tk.text(i)} ${p.name}` : tk.text(i);
  w.start = i;
  w.i--;
  return READ;
}

/** "its LHR 17 data center": a catalog code written apart ends in its number before the head. */
export function readSpacedCode(w: PhraseWalk): Step {
  const spacedCode = w.tk.num(w.i) ? spacedCodeEndingAt(w) : undefined;
  if (!spacedCode) return NOT_MINE;
  w.start = tokenIndexAt(w.tk, spacedCode.start);
  w.i = w.start - 1;
  return READ;
}

/** The first catalog code, written apart, that needs its operator and ends with the number being read. */
function spacedCodeEndingAt(w: PhraseWalk): Hit | undefined {
  const { doc, tk, i } = w;
  for (const h of w.s.sites) if (h.needsOperator && h.end === tk.end(i) && h.start < tk.start(i) && writtenApart(doc.text.slice(h.start, h.end))) return h;
  return undefined;
}

/** Whatever else ends the left side, and what it tells of the phrase. */
export function readLastWord(w: PhraseWalk): Step {
  const { tk, i, p } = w;
  if (tk.num(i) && tk.has(w.hi)) {
    // "its London 4 data center in Slough", "its Paris 2 data center": a small number right before
    // the head after a town that opens the name numbers the town's building (readLeft names it).
    if (numberedTown(w)) {
      p.name = tk.text(i);
      w.start = i;
      w.i--;
      return READ;
    }
    // "Colossus 2 supercomputer" reads as a name; a bare count ("two data centers") is not a modifier.
    return STOP;
  }
  if (NON_DC_MODIFIERS.has(tk.low(i))) p.nonDc = true;
  // "steelworks site", "burial site", "test facility": an unknown noun right before a weak head
  // makes it some other kind of place.
  if (!w.head.strong && i === w.hi - 1 && tk.word(i) && !tk.cap(i) && !tk.num(i)) p.nonDc = true;
  return STOP;
}

/** A number of one or two digits right before the head, after a place no capitalised word comes before. */
function numberedTown(w: PhraseWalk): boolean {
  const { s, tk, i } = w;
  if (i !== w.hi - 1 || !/^\d{1,2}$/.test(tk.text(i)) || s.title) return false;
  const town = placeEndingAt(s, i - 1);
  if (!town || town.kind !== 'city' || (tk.word(town.first - 1) && tk.cap(town.first - 1))) return false;
  // A catalog name ("Ostavik Varna 2" written "Varna 2") is the catalog path's, with its company checks.
  return !s.sites.some((h) => h.start <= town.start && h.end >= tk.end(i));
}
