/**
 * Whether a head word ("data center", "campus", "building") heads its own phrase, read from the
 * words right after it: not when it modifies a later noun ("data center campus", "data center
 * operators"), names something else ("Data Center World") or is a part of a facility ("the second
 * building at BER1").
 */
import { COMPOUND_HEADS, COMPOUND_NOUNS, FOLLOWERS_OK } from '../vocab';
import type { Tokens } from '../tokens';
import { placeStartsAt } from './lookups';
import type { PhraseWalk } from './walk';

/** Work on a facility named before it: "its Kuna data center expansion". */
const WORK_ON_IT = /^(?:expansion|expansions|construction|buildout|build-out|upgrade|retrofit)$/;

const NUMBER_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|new|more|its|their)$/;
const OBJECT_START = /^(a|an|the|this|that|these|those|its|their|his|her|our|about|around|nearly|almost|roughly|some|more|up|out|how|what|why|when|where|whether|to|over|under|down|back|off|just|only|both|all|each|every|no|any|another|it|them|him|us|you|me)$/;

/** False when the head is used as a modifier or is no facility; sets w.workOnIt ("data center expansion"). */
export function headsAPhrase(w: PhraseWalk): boolean {
  const { tk, s, head, hi, hj, headCap, possessiveHead } = w;
  // "Building 7", "Building C": a capitalised building is a name the catalog path reads, or no facility.
  if (headCap && /^buildings?$/i.test(head.phrase)) return false;
  // "the second building at BER1", "the LD7-1 building of Equinix": a part of the facility after it.
  if (/^buildings?$/i.test(head.phrase) && /^(?:at|of)$/.test(tk.low(hj + 1))) return false;

  if (head.phrase === 'dc' && !dcAbbreviation(tk, hi, hj)) return false;
  // "Tesla's gigafactory in Hanau" makes batteries; "an AI gigafactory" is a data center.
  if (/^gigafactor/.test(head.phrase) && !/^(?:ai|compute|computing|hpc)$/.test(tk.low(hi - 1))) return false;
  // "an AI centre of excellence" (LABELING: never a mention).
  if (/^cent(?:er|re)$/.test(head.phrase) && /^(?:of|for)$/.test(tk.low(hj + 1)) && tk.low(hj + 2) === 'excellence') return false;
  // "Regulators let Orsted build three gas plants": the verb, before its object.
  if (head.phrase === 'build' && buildIsAVerb(tk, hi, hj)) return false;

  // --- Right side: is the head really the head? ---
  const next = hj + 1;
  if (tk.word(next) && !tk.glued(next) && !possessiveHead) {
    const low = tk.low(next);
    if (COMPOUND_HEADS.has(low)) return false; // "data center campus": the later head builds the phrase
    if (!FOLLOWERS_OK.has(low) && !tk.num(next)) {
      // "Meta's Kuna data center expansion" names the facility it expands (checked once the left side is read).
      // "Phoenix's data center construction pipeline": the work is itself a modifier of a trade's noun.
      if (WORK_ON_IT.test(low) && tk.word(next + 1) && !tk.glued(next + 1) && COMPOUND_NOUNS.has(tk.low(next + 1))) return false;
      if (WORK_ON_IT.test(low)) w.workOnIt = true;
      else if (COMPOUND_NOUNS.has(low)) return false;
      // "data center operators said" (a plural noun) vs "the project follows OpenAI's" (a verb):
      // a verb is followed by its object or an adverb, a plural noun by a verb or a preposition.
      if (!tk.cap(next) && /[a-z]s$/.test(low) && !/(ss|us|is)$/.test(low) && !verbFollows(tk, hj + 2)) return false;
      if (headCap && tk.cap(next) && !s.title && !placeStartsAt(s, hj + 1)) return false; // "Data Center World"
    }
  }
  if (tk.glued(next) && tk.text(next) === '-' && tk.has(hj + 2) && !tk.num(hj + 2)) return false; // "data center-related"
  return true;
}

function verbFollows(tk: Tokens, i: number): boolean {
  if (!tk.has(i)) return false;
  const text = tk.text(i);
  return tk.num(i) || (tk.word(i) && tk.cap(i)) || OBJECT_START.test(tk.low(i)) || text === '$' || text === '€' || text === '£';
}

/** Words before "DC" that make it a data center: "AI DC", "hyperscale DC", "a 270MW DC". */
const DC_BEFORE = /^(?:ai|hyperscale|hyperscaler|colocation|colo|edge|cloud|green|sovereign|mw|gw|megawatt|idc|tier-?(?:iii|iv|3|4)|iii|iv)$/;
/** Words after it that make it a current or a city: "DC power", "DC fast chargers", "DC-based". */
const DC_AFTER = /^(?:power|current|voltage|fast|charger|chargers|charging|circuit|circuits|motor|motors|grid|bus|link|side|area|metro|region|office|offices|headquarters|mayor|council)$/;

/**
 * "Ulsan AI DC", "a 270MW hyperscale DC": the capital letters after a word that only a data center
 * takes; not "Washington, DC", "DC power" or "D.C.".
 */
function dcAbbreviation(tk: Tokens, hi: number, hj: number): boolean {
  if (hi !== hj || tk.text(hi) !== 'DC' || hi === 0) return false;
  const next = hj + 1;
  if (tk.has(next) && tk.glued(next) && /^[-.]$/.test(tk.text(next))) return false;
  if (tk.has(next) && tk.word(next) && DC_AFTER.test(tk.low(next))) return false;
  if (DC_BEFORE.test(tk.low(hi - 1))) return true;
  // "The Pune DC will open", "Kestrel's Chuncheon DC": a town's name after a determiner or an owner.
  const town = hi - 1;
  return tk.word(town) && tk.cap(town) && tk.low(town) !== 'washington' && town > 0 && (DC_OWNER.test(tk.low(town - 1)) || tk.poss(town - 1));
}

const DC_OWNER = /^(?:the|its|our|their|new)$/;

/**
 * "Regulators let Orsted build three gas plants", "How did xAI build it so fast?": after a company
 * or a modal and before its object, "build" is the verb; "the 230MW build that will host …" is not.
 */
function buildIsAVerb(tk: Tokens, hi: number, hj: number): boolean {
  const next = hj + 1;
  if (!tk.has(next) || !tk.word(next) || !(OBJECT_START.test(tk.low(next)) || NUMBER_WORD.test(tk.low(next)))) return false;
  return hi > 0 && tk.word(hi - 1) && (tk.cap(hi - 1) || /^(?:to|will|would|can|could|may|might|must|should|let|help|helped|helps|did|does|do)$/.test(tk.low(hi - 1)));
}
