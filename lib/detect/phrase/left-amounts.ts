/**
 * Amounts before the head: a capacity, a GPU count, money or a size ("103-megawatt", "1 GW",
 * "$4 billion", "100,000-GPU", "160-acre"), and the comma between two of them.
 */
import type { Doc, Sentence } from '../context';
import { parseCapacityAt } from '../facts/capacity';
import { parseMoneyAt, type ParsedMoney } from '../facts/money';
import { parseNumberAt } from '../facts/numbers';
import { DETERMINERS, POSSESSIVE_PRONOUNS } from '../vocab';
import { NOT_MINE, READ, type PhraseWalk, type Step } from './walk';

interface Unit {
  kind: 'capacity' | 'gpus' | 'money' | 'size';
  value: number;
  money?: ParsedMoney;
  first: number;
}

const GPU_UNIT = /^(gpu|gpus|chip|chips|accelerator|h100|h200|b200|gb200)$/;

/** Quantity modifiers that end at token i: "103-megawatt", "1 GW", "$4 billion", "100,000-GPU", "160-acre". */
const UNIT_END = /^(mw|megawatts?|gw|gigawatts?|\d+(?:[.,]\d+)*(?:mw|gw))$/;
const MONEY_END = /^((?:rm|rs|rp|php|usd|eur|gbp|inr|cny|jpy|krw|aed|sar|qr|sr|ksh|shs|sh|vnd|dh|zł|n|r)?\d+(?:[.,]\d+)*(?:k|m|mn|bn|b|tn|bil|mil)?|hundred|thousand|million|billion|trillion|crores?|lakhs?|mn|bn|tn|dollars?|euros?|pounds?|yuan|yen|won|rupees?|riyals?|dirhams?|ringgit|reais|real|pesos?|rand|krona|kronor|krone|kroner|francs?|rupiah|baht|naira|sterling|renminbi|rmb|usd|eur|gbp|plus|zlotys?|zlotych|dong|shillings?|cedis?|millones|milhões|milhoes|milioni|miliardi|millions|milliards?|milliarden|mrd|mio|\))$/;

const AREA_END = /^(?:foot|feet|ft|metre|meter|metres|meters|acre|acres|hectare|hectares)$/;

/** Multi-token units that end at i. */
export function readUnit(w: PhraseWalk): Step {
  const unit = unitEndingAt(w.doc, w.s, w.i);
  if (!unit) return NOT_MINE;
  const p = w.p;
  if (unit.kind === 'capacity') p.capacityMW ??= unit.value;
  else if (unit.kind === 'gpus') p.gpus ??= unit.value;
  else if (unit.kind === 'money') p.money ??= unit.money ?? null;
  w.start = unit.first;
  w.unitStart = unit.first;
  w.i = unit.first - 1;
  return READ;
}

/**
 * "a $2 billion, 180-megawatt campus": a comma between two amount modifiers after an article
 * (not "bought land for $40 million, 300-megawatt plans …").
 */
export function skipCommaBetweenAmounts(w: PhraseWalk): Step {
  const { tk, i } = w;
  if (tk.text(i) === ',' && i > 0 && w.unitStart === i + 1) {
    const u = unitEndingAt(w.doc, w.s, i - 1);
    if (u && (DETERMINERS.has(tk.low(u.first - 1)) || POSSESSIVE_PRONOUNS.has(tk.low(u.first - 1)))) {
      w.i--;
      return READ;
    }
  }
  return NOT_MINE;
}

function unitEndingAt(doc: Doc, s: Sentence, i: number): Unit | null {
  const tk = s.toks;
  const low = tk.low(i);
  if (UNIT_END.test(low)) {
    for (let k = Math.max(0, i - 5); k <= i; k++) {
      const c = parseCapacityAt(tk, k);
      if (c && c.last === i) return { kind: 'capacity', value: c.mw, first: k };
    }
  }
  if (MONEY_END.test(low)) {
    for (let k = Math.max(0, i - 8); k <= i; k++) {
      const m = parseMoneyAt(doc.text, tk, k);
      if (m && m.last === i) return { kind: 'money', value: m.value, money: m, first: k };
    }
  }
  // "$10 billion-dollar" style and "multibillion-dollar" are adjectives (handled as hyphenated words).
  // "100,000-GPU cluster"
  if (tk.has(i) && GPU_UNIT.test(tk.low(i)) && tk.text(i - 1) === '-') {
    const n = parseNumberAt(tk, i - 2);
    if (n && n.last === i - 2) return { kind: 'gpus', value: n.value, first: n.first };
  }
  // "a 200K square foot data centre", "a 40 acre campus": a size written without hyphens.
  if (AREA_END.test(low)) {
    let k = i - 1;
    if (/^(?:square|sq)$/.test(tk.low(k))) k--;
    else if (tk.text(k) === '.' && tk.low(k - 1) === 'sq') k -= 2;
    for (let f = Math.max(0, k - 3); f <= k; f++) {
      const n = parseNumberAt(tk, f);
      if (n && n.last === k) return { kind: 'size', value: n.value, first: n.first };
    }
  }
  // "160-acre", "500,000-square-foot", "two-story": sizes are modifiers but do not identify.
  if (tk.word(i) && tk.text(i - 1) === '-') {
    let k = i - 1;
    while (k - 1 >= 0 && tk.text(k) === '-' && tk.word(k - 1)) {
      const n = parseNumberAt(tk, k - 1);
      if (n && n.last === k - 1) return { kind: 'size', value: n.value, first: n.first };
      k -= 2;
    }
  }
  return null;
}
