/**
 * The left side of a phrase: its modifiers read right to left from the head, one step per kind of
 * modifier (the order matters: the first step whose kind of word it is reads it), then what the
 * words read settle together (the name of a cloud region, the brand that owns the facility).
 */
import type { Tokens } from '../tokens';
import { readUnit, skipCommaBetweenAmounts } from './left-amounts';
import { readCommonOwner, readCompanyAnaphor, readDeterminer, readOperator, readPossessiveCompany, readPossessivePronoun, readWhose } from './left-owners';
import { readCompassAdjective, readPlace, skipCommaAfterState } from './left-places';
import { readAbbreviationInName, readBrackets, readHyphenatedCode, readHyphenatedWord, skipToCompoundStart } from './left-punctuated';
import { readAdjective, readCapitalisedName, readInnerHead, readLastWord, readOrdinal, readSpacedCode, stopAtNonWord } from './left-words';
import { NO_PHRASE, STOP, type PhraseWalk } from './walk';

const COMPASS_WORD = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|upper|lower|greater)$/i;

/** What may stand between a leading compass word and the place: spaces and more compass words ("South Central US"). */
const COMPASS_RUN = /^(?:\s+(?:north|south|east|west|central))*\s+$/i;

/** Words that make a phrase about any facility of a kind: "every", "any", "each", "no". */
const QUANTIFIERS = new Set(['every', 'any', 'each', 'no']);
/** "the average data center", "a typical campus": a statistic's subject. */
const STATISTICAL = new Set(['average', 'typical', 'median', 'ordinary']);

/** Reads the modifiers before the head into w.p and sets its start; false when the head is no phrase's. */
export function readLeft(w: PhraseWalk): boolean {
  while (w.i >= 0) {
    const step =
      readUnit(w) ||
      skipCommaBetweenAmounts(w) ||
      skipCommaAfterState(w) ||
      readHyphenatedCode(w) ||
      skipToCompoundStart(w) ||
      readHyphenatedWord(w) ||
      readBrackets(w) ||
      readAbbreviationInName(w) ||
      stopAtNonWord(w) ||
      readInnerHead(w) ||
      readOrdinal(w) ||
      readDeterminer(w) ||
      readPossessivePronoun(w) ||
      readWhose(w) ||
      readCommonOwner(w) ||
      readCompanyAnaphor(w) ||
      readOperator(w) ||
      readPlace(w) ||
      readCompassAdjective(w) ||
      readPossessiveCompany(w) ||
      readAdjective(w) ||
      readCapitalisedName(w) ||
      readSpacedCode(w) ||
      readLastWord(w);
    if (step === STOP) break;
    if (step === NO_PHRASE) return false;
  }
  const { tk, p } = w;
  p.quantified = quantifiedAt(tk, w.start);
  // "its sixth International Business Exchange data center": Equinix's word for its buildings (IBX)
  // written out is a kind of facility, like "data center", not this one's name.
  if (p.name && /^International Business Exchange$/i.test(p.name)) {
    p.name = null;
    p.dcModifier = true;
  }
  // "its London 4 data center": the number names the building with its town's word.
  if (p.name && /^\d{1,2}$/.test(p.name) && p.prePlace && /^\s+\d{1,2}\s+$/.test(w.doc.text.slice(p.prePlace.end, w.hit.start))) p.name = `${p.prePlace.text} ${p.name}`;
  if (w.head.kind === 'region') nameRegionWithItsPlace(w);
  p.start = tk.start(w.start);
  brandRunsIt(w);
  return true;
}

function nameRegionWithItsPlace(w: PhraseWalk): void {
  const { doc, tk, p } = w;
  // "the Mexico North region", "its Malaysia West region": a cloud region named by its country and a
  // compass word is named by both; "North" alone would let it merge with the "Mexico Central" region.
  if (p.prePlace && p.name && /^(?:North|South|East|West|Central|North ?east|North ?west|South ?east|South ?west)$/i.test(p.name)) {
    const placeEnd = tk.end(p.prePlace.last);
    if (/^\s+$/.test(doc.text.slice(placeEnd, doc.text.indexOf(p.name, placeEnd)))) p.name = `${doc.text.slice(tk.start(p.prePlace.first), placeEnd)} ${p.name}`;
  }
  // "the South Central US region": compass words before the place name it with the place.
  if (p.prePlace && p.name && COMPASS_WORD.test(p.name) && w.start < p.prePlace.first) {
    const nameAt = doc.text.lastIndexOf(p.name, tk.start(p.prePlace.first));
    if (nameAt >= tk.start(w.start) && COMPASS_RUN.test(doc.text.slice(nameAt + p.name.length, tk.start(p.prePlace.first)))) p.name = doc.text.slice(nameAt, tk.end(p.prePlace.last));
  }
}

/** A name's first word read as the brand ("the Kestrel Ostavik data center") runs the facility when nothing else does. */
function brandRunsIt(w: PhraseWalk): void {
  const { tk, p, brand } = w;
  if (brand >= 0 && brand === w.start && !p.operator && !p.pronounOwner) {
    const bText = tk.text(brand);
    const bStart = tk.start(brand);
    // "the South Central US region": a compass word before a place is part of the place's name, no brand.
    if (p.name === bText && !COMPASS_WORD.test(bText) && !w.s.sites.some((h) => h.start <= bStart && h.end > bStart)) {
      p.operator = { text: bText, ops: [], start: bStart, end: bStart + bText.length };
    }
  }
}

/** Whether the phrase starting at token `start` is quantified: "every …", "no …", "the average …". */
function quantifiedAt(tk: Tokens, start: number): boolean {
  if (start < 1) return false;
  const before = tk.low(start - 1);
  if (QUANTIFIERS.has(before)) return true;
  return STATISTICAL.has(before) && start >= 2 && /^(?:the|a|an)$/.test(tk.low(start - 2));
}
