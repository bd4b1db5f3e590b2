/**
 * Who the phrase is introduced by, read before the head: an article, an owner's pronoun ("its",
 * "whose"), an owner described ("a rival's") or a company ("Meta's", "China Telecom's",
 * "Kestrel Hosting's").
 */
import { tokenIndexAt } from '../context';
import { endsLongerName } from '../facts/operator';
import { DETERMINERS, POSSESSIVE_PRONOUNS } from '../vocab';
import { companyStart, operatorEndingAt, orgBackFrom } from './lookups';
import { NOT_MINE, READ, STOP, type PhraseWalk, type Step } from './walk';

const AREA_WORDS = /^(county|district|province|prefecture|city|state|region|parish|township|municipality|island|valley|park|zone|corridor)$/;

export function readDeterminer(w: PhraseWalk): Step {
  const { tk, i, p } = w;
  // "the Kestrel One data center": a capitalised "One" after a name word is the name's numeral.
  const numeralOfName = tk.low(i) === 'one' && tk.cap(i) && !w.s.title && i > 0 && tk.cap(i - 1) && tk.word(i - 1) && !DETERMINERS.has(tk.low(i - 1));
  if (!DETERMINERS.has(tk.low(i)) || numeralOfName) return NOT_MINE;
  p.definite = /^(the|this|that)$/.test(tk.low(i));
  p.indefinite = tk.low(i) === 'a' || tk.low(i) === 'an';
  return STOP;
}

export function readPossessivePronoun(w: PhraseWalk): Step {
  if (!POSSESSIVE_PRONOUNS.has(w.tk.low(w.i))) return NOT_MINE;
  w.p.pronounOwner = true;
  w.start = w.i;
  return STOP;
}

/** "AdaniConneX, whose Pune campus keeps growing": the company the clause hangs on owns it. */
export function readWhose(w: PhraseWalk): Step {
  const { tk, s, i, p } = w;
  if (tk.low(i) !== 'whose') return NOT_MINE;
  const k = tk.text(i - 1) === ',' ? i - 2 : i - 1;
  // "Reliance, whose site has not been named" says which company, not which site.
  const op = operatorEndingAt(s, k);
  if (op && (p.prePlace || p.name || p.ordinal || p.capacityMW || p.money || p.gpus)) p.operator ??= orgBackFrom(w.doc, s, tokenIndexAt(tk, op.start), k);
  else p.pronounOwner = true;
  return STOP;
}

/**
 * "a rival's 20 MW data center", "a local bank's facility": an owner described, not named, and a
 * facility brought in as a new one.
 */
export function readCommonOwner(w: PhraseWalk): Step {
  const { tk, i } = w;
  if (!(tk.poss(i) && !tk.cap(i) && tk.word(i))) return NOT_MINE;
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && tk.word(k) && !tk.cap(k) && !DETERMINERS.has(tk.low(k))) k--;
  if (!(k >= 0 && (tk.low(k) === 'a' || tk.low(k) === 'an'))) return NOT_MINE;
  w.p.indefinite = true;
  w.p.commonOwner = true;
  w.start = k + 1;
  return STOP;
}

/** "The Company's", "the Group's": corporate English capitalises the anaphor, still no name. */
export function readCompanyAnaphor(w: PhraseWalk): Step {
  const { tk, i } = w;
  if (!(tk.poss(i) && (!tk.cap(i) || /^the$/i.test(tk.text(i - 1))) && /^(company|firm|group|startup|giant|operator|provider|developer|jv|venture|country|nation|state|city|region|kingdom|emirate|world)$/.test(tk.low(i)))) return NOT_MINE;
  // "the company's fifth data center"; "the country's largest" is vague, not an operator.
  if (!/^(country|nation|state|city|region|kingdom|emirate|world)$/.test(tk.low(i))) w.p.pronounOwner = true;
  w.start = i;
  return STOP;
}

/** A catalog company ending at the token runs the facility. */
export function readOperator(w: PhraseWalk): Step {
  const { tk, s, i } = w;
  const op = operatorEndingAt(s, i);
  if (!op) return NOT_MINE;
  // "China Telecom's": the words before a catalog company's one industry word are its name.
  const opFirst = endsLongerName(s, op) ? companyStart(tk, tokenIndexAt(tk, op.start)) : tokenIndexAt(tk, op.start);
  const org = orgBackFrom(w.doc, s, opFirst, i);
  w.p.operator ??= org;
  w.start = opFirst;
  w.i = opFirst - 1;
  return tk.poss(i) ? STOP : READ;
}

/**
 * "Kestrel Hosting's", "Kestrel Cloud's" (a last word that is also a modifier): a possessive
 * company of several capitalised words runs the facility, all of them in the mark.
 * "Loudoun County's" is a place's.
 */
export function readPossessiveCompany(w: PhraseWalk): Step {
  const { tk, i } = w;
  if (!(tk.poss(i) && tk.cap(i) && !w.s.title && !AREA_WORDS.test(tk.low(i)))) return NOT_MINE;
  const f = companyStart(tk, i);
  if (f >= i) return NOT_MINE;
  w.p.operator ??= orgBackFrom(w.doc, w.s, f, i);
  w.start = f;
  return STOP;
}
