/**
 * One phrase being read: the head's tokens, the phrase built so far, and where the reading stands
 * on each side of the head. Made once per phrase; the steps of each side read and move it.
 */
import type { Doc, Hit, Sentence } from '../context';
import type { Phrase } from '../phrase';
import type { Tokens } from '../tokens';
import type { HeadWord } from '../vocab';

export interface PhraseWalk {
  readonly doc: Doc;
  readonly s: Sentence;
  readonly tk: Tokens;
  readonly hit: Hit;
  readonly head: HeadWord;
  /** The head's first and last tokens. */
  readonly hi: number;
  readonly hj: number;
  /** Capitalised head in running text ("Project Rainier", "Data Center Knowledge") is part of a name. */
  readonly headCap: boolean;
  /**
   * "the data center's cooling" is a bare reference; "Meta's Kuna data center's cooling" names one
   * (checked once the left side is read). Nothing after the possessive is the facility's.
   */
  readonly possessiveHead: boolean;
  /** "Meta's Kuna data center expansion": work on the facility named before it (set by the head gate). */
  workOnIt: boolean;
  readonly p: Phrase;
  /** Left side, read right to left: the token being read, the phrase's first token so far. */
  i: number;
  start: number;
  /** First token of the amount read last ("$2 billion"), or -1. */
  unitStart: number;
  /** A name's first word that may be the brand owning the facility ("Kestrel Ostavik data center"), or -1. */
  brand: number;
  /** Right side, read left to right: the token being read, the phrase's last token so far. */
  j: number;
  end: number;
}

/** What a step of a walk did with the token: not its kind of word (the next step reads it), … */
export const NOT_MINE = 0;
/** … read it (the walk goes on from where the step left it), … */
export const READ = 1;
/** … ended this side of the phrase, … */
export const STOP = 2;
/** … or found the head is no phrase's (a modifier, or a part of another facility). */
export const NO_PHRASE = 3;
export type Step = typeof NOT_MINE | typeof READ | typeof STOP | typeof NO_PHRASE;

/** The walk over a head hit whose first and last tokens are hi and hj. */
export function startWalk(doc: Doc, s: Sentence, hit: Hit, head: HeadWord, hi: number, hj: number): PhraseWalk {
  const tk = s.toks;
  const p: Phrase = {
    start: tk.start(hi),
    end: hit.end,
    kind: head.kind,
    head,
    headStart: hit.start,
    headEnd: hit.end,
    sentence: s,
    ordinal: null,
    capacityMW: null,
    gpus: null,
    money: null,
    place: null,
    prePlace: null,
    operator: null,
    pronounOwner: false,
    name: null,
    siteHit: null,
    dcModifier: head.strong && head.kind !== 'region',
    nonDc: false,
    definite: false,
    indefinite: false,
    commonOwner: false,
    quantified: false,
  };
  return {
    doc,
    s,
    tk,
    hit,
    head,
    hi,
    hj,
    headCap: tk.cap(hi) && !s.title,
    possessiveHead: tk.poss(hj),
    workOnIt: false,
    p,
    i: hi - 1,
    start: hi,
    unitStart: -1,
    brand: -1,
    j: hj + 1,
    end: hj,
  };
}

/** The right side reads on to token `last`, which ends the phrase so far. */
export function readTo(w: PhraseWalk, last: number): Step {
  w.end = last;
  w.j = last + 1;
  return READ;
}
