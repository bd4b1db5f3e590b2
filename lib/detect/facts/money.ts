/**
 * Amounts of money as written: "$4 billion", "US$2bn", "€1.2 billion", "380 billion yuan
 * (approximately $52.9 billion)", "Rs 10,000 crore", "5 trillion won". The text is kept as
 * written (with a directly following conversion in brackets); the value is parsed too.
 */
import { spellingTest, type Tokens } from '../tokens';
import { GLUED_SCALES, MULTIPLIERS, findEach, indexesWhere, mayStartNumber, parseNumberAt } from './numbers';

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₩': 'KRW', '₽': 'RUB', 'R$': 'BRL', '₦': 'NGN', '₱': 'PHP', '฿': 'THB', '₫': 'VND', '₺': 'TRY', '₪': 'ILS' };
const PREFIX_WORDS: Record<string, string> = { us: 'USD', usd: 'USD', a: 'AUD', c: 'CAD', s: 'SGD', hk: 'HKD', nz: 'NZD', rs: 'INR', inr: 'INR', eur: 'EUR', euro: 'EUR', euros: 'EUR', gbp: 'GBP', sar: 'SAR', aed: 'AED', rm: 'MYR', rmb: 'CNY', cny: 'CNY', jpy: 'JPY', krw: 'KRW', r: 'ZAR', rp: 'IDR', php: 'PHP', nt: 'TWD', qr: 'QAR', sr: 'SAR', sh: 'KES', ksh: 'KES', shs: 'UGX', vnd: 'VND', dh: 'AED', zł: 'PLN', n: 'NGN' };
const CODE_PREFIXES = new Set(['rs', 'rm', 'rp', 'usd', 'eur', 'gbp', 'inr', 'cny', 'rmb', 'sar', 'aed', 'jpy', 'krw', 'euros', 'euro', 'php', 'qr', 'sr', 'sh', 'ksh', 'shs', 'vnd', 'dh']);
/** ISO 4217 codes written before the figure in capitals ("NOK 20 billion", "DKK 3.5bn", "MXN 1,200 million"). */
const ISO_CODES = new Set(
  'NOK SEK DKK CHF MXN BRL ZAR HKD SGD AUD CAD NZD TWD THB IDR MYR PLN CZK HUF RON NGN KES UGX TZS GHS MAD EGP CLP COP PEN ARS VND ILS QAR KWD OMR BHD PKR BDT LKR CNH'.split(' '),
);
/**
 * "RM1.2 billion", "Rs500 crore", "RM12bil", "USD1.2bn", "R5 billion" (South African rand): a
 * currency code written onto its number, one token (only with a scale of millions or more).
 */
const CODE_ON_NUMBER = /^(rm|rs|rp|php|usd|eur|gbp|inr|cny|jpy|krw|aed|sar|qr|sr|ksh|shs|sh|vnd|dh|zł|n|r)(\d+(?:[.,]\d+)*)(bn|bil|mn|mil|m|b)?$/;
/** "3 billion Norwegian kroner", "5 billion Hong Kong dollars": the nation before the currency. */
const CURRENCY_NATIONS: Record<string, string> = {
  norwegian: 'NOK', swedish: 'SEK', danish: 'DKK', swiss: 'CHF', australian: 'AUD', canadian: 'CAD', singapore: 'SGD',
  'hong kong': 'HKD', taiwan: 'TWD', 'new taiwan': 'TWD', saudi: 'SAR', brazilian: 'BRL', mexican: 'MXN', malaysian: 'MYR', indian: 'INR', japanese: 'JPY',
  chinese: 'CNY', korean: 'KRW', 'south korean': 'KRW', 'south african': 'ZAR', zealand: 'NZD', 'new zealand': 'NZD', nigerian: 'NGN',
  indonesian: 'IDR', thai: 'THB', philippine: 'PHP', chilean: 'CLP', colombian: 'COP', polish: 'PLN', czech: 'CZK', kenyan: 'KES', egyptian: 'EGP',
};
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yuan: 'CNY', renminbi: 'CNY', rmb: 'CNY', yen: 'JPY', won: 'KRW', rupee: 'INR', rupees: 'INR', riyal: 'SAR', riyals: 'SAR',
  dirham: 'AED', dirhams: 'AED', ringgit: 'MYR', real: 'BRL', reais: 'BRL', peso: 'MXN', pesos: 'MXN', rand: 'ZAR',
  krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', francs: 'CHF', franc: 'CHF', rupiah: 'IDR', baht: 'THB', naira: 'NGN',
  zloty: 'PLN', zlotys: 'PLN', zlotych: 'PLN', złoty: 'PLN', złotych: 'PLN', dong: 'VND', shillings: 'KES', shilling: 'KES', cedi: 'GHS', cedis: 'GHS',
};

export interface ParsedMoney {
  text: string;
  value: number;
  currency: string;
  first: number;
  last: number;
  start: number;
  end: number;
}

/** "Norwegian kroner", "Hong Kong dollars" starting at token i: the currency and its last token. */
function nationBefore(tokens: Tokens, i: number): { code: string; last: number } | null {
  for (const n of [2, 1]) {
    if (i + n >= tokens.length) continue;
    let names = true;
    for (let k = i; k < i + n; k++) if (!tokens.word(k) || !tokens.cap(k)) names = false;
    const unit = tokens.low(i + n);
    if (!names || unit === 'won' || CURRENCY_WORDS[unit] === undefined) continue;
    const code = CURRENCY_NATIONS[n === 2 ? `${tokens.low(i)} ${tokens.low(i + 1)}` : tokens.low(i)];
    if (code) return { code, last: i + n };
  }
  return null;
}

/** Scale words written out or abbreviated as words ("billion", "bn"), not single letters ("$2-m" is rare, "2-B" a code). */
const WORD_SCALE = /^(?:million|billion|trillion|mn|bn|mln|bln|tn)$/;

/** Counts news gives without a figure, at their lower bound: "several billion", "a few hundred million". */
const VAGUE_COUNTS: Record<string, number> = { several: 3, few: 3 };
/** "hundreds of millions of", "billions of". */
const VAGUE_PLURALS: Record<string, number> = { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12 };
/** The scale words of an adjective amount ("billion-dollar", "multibillion-euro", "multi-million-pound"). */
const ADJECTIVE_SCALES: Record<string, number> = { million: 1e6, billion: 1e9, trillion: 1e12, multimillion: 2e6, multibillion: 2e9, multitrillion: 2e12 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, crore: 1e7, lakh: 1e5 };

/**
 * Amounts written without a figure, which news uses for what is not disclosed: "a multibillion-dollar
 * campus", "a billion-pound build", "several hundred billion won", "hundreds of millions of dollars".
 * Kept as written; valued at their lower bound. A currency word is required, so "several hundred
 * jobs" or "tens of thousands of GPUs" are no money.
 */
function vagueMoneyAt(text: string, tokens: Tokens, i: number): ParsedMoney | null {
  let k = i;
  // "multibillion-dollar", "multi-billion-dollar", "billion-pound": an adjective of the noun after it.
  let multi = 1;
  if (tokens.low(k) === 'multi' && tokens.text(k + 1) === '-') {
    multi = 2;
    k += 2;
  }
  const scale = ADJECTIVE_SCALES[tokens.low(k)];
  if (scale !== undefined && tokens.text(k + 1) === '-' && tokens.glued(k + 1) && tokens.glued(k + 2)) {
    return vagueAmount(text, tokens, i, scale * multi, k + 2);
  }
  if (multi > 1) return null;
  // "several hundred billion won", "a few billion dollars".
  k = tokens.low(i) === 'a' && tokens.low(i + 1) === 'few' ? i + 1 : i;
  if (VAGUE_COUNTS[tokens.low(k)] !== undefined) {
    let value = VAGUE_COUNTS[tokens.low(k)];
    let m = k + 1;
    while (SCALES[tokens.low(m)] !== undefined) value *= SCALES[tokens.low(m++)];
    return m > k + 1 ? vagueAmount(text, tokens, i, value, m) : null;
  }
  // "hundreds of millions of dollars", "billions of euros".
  let value = 1;
  let m = i;
  while (VAGUE_PLURALS[tokens.low(m)] !== undefined && tokens.low(m + 1) === 'of') {
    value *= VAGUE_PLURALS[tokens.low(m)];
    m += 2;
  }
  return m > i && value >= 1e6 ? vagueAmount(text, tokens, i, value, m) : null;
}

/** The vague amount from token i to its currency word at `unit`, or null when `unit` is none. */
function vagueAmount(text: string, tokens: Tokens, i: number, value: number, unit: number): ParsedMoney | null {
  const currency = CURRENCY_WORDS[tokens.low(unit)];
  if (currency === undefined || !tokens.word(unit)) return null;
  const start = tokens.start(i);
  const end = tokens.start(unit) + tokens.text(unit).length;
  return { text: text.slice(start, end), value, currency, first: i, last: unit, start, end };
}

/** Money expression starting at token i (a currency symbol, code or a number). */
export function parseMoneyAt(text: string, tokens: Tokens, i: number): ParsedMoney | null {
  if (i < 0 || i >= tokens.length) return null;
  const vague = VAGUE_STARTS(tokens, i) ? vagueMoneyAt(text, tokens, i) : null;
  if (vague) return vague;
  let j = i;
  let currency: string | null = null;
  const tText = tokens.text(i);
  const tLow = tokens.low(i);
  const onNumber = CODE_ON_NUMBER.exec(tLow);
  if (onNumber) {
    const glued = onNumber[3];
    const scale = glued ? (GLUED_SCALES[glued] ?? MULTIPLIERS[glued]) : MULTIPLIERS[tokens.low(i + 1)];
    if (!scale || scale < 1e6) return null;
    const last = glued ? i : i + 1;
    const start = tokens.start(i);
    const end = tokens.end(last);
    return { text: text.slice(start, end), value: Number(onNumber[2].replace(/,/g, '')) * scale, currency: PREFIX_WORDS[onNumber[1]], first: i, last, start, end };
  }
  if (SYMBOLS[tText] !== undefined) {
    currency = SYMBOLS[tText];
    j = i + 1;
  } else if (tokens.text(i + 1) === '$' && tokens.glued(i + 1) && ['us', 'a', 'c', 's', 'hk', 'nz', 'r', 'nt'].includes(tLow)) {
    currency = tLow === 'r' ? 'BRL' : PREFIX_WORDS[tLow]; // "US$", "A$", "R$"
    j = i + 2;
  } else if ((tokens.num(i + 1) || /^\d/.test(tokens.text(i + 1))) && CODE_PREFIXES.has(tLow)) {
    currency = PREFIX_WORDS[tLow]; // "Rs 10,000 crore", "RM1 billion", "USD 2 billion"
    j = i + 1;
  } else if (ISO_CODES.has(tText) && (tokens.num(i + 1) || /^\d/.test(tokens.text(i + 1)))) {
    currency = tText; // "NOK 20 billion"
    j = i + 1;
  }
  let n = parseNumberAt(tokens, j);
  if (!n) return null;
  // "$2-billion", "C$750-million", "$1.5-bn" (Canadian house style): the scale hyphenated onto the figure.
  const hyphenScale = n.last === n.first && tokens.text(n.last + 1) === '-' && tokens.glued(n.last + 1) && tokens.glued(n.last + 2) ? MULTIPLIERS[tokens.low(n.last + 2)] : undefined;
  if (hyphenScale !== undefined && hyphenScale >= 1e6 && WORD_SCALE.test(tokens.low(n.last + 2))) n = { ...n, value: n.value * hyphenScale, last: n.last + 2 };
  // "₹6,000-7,000 crore", "$2 to $3 billion": a range is written whole, valued at its upper end.
  if ((tokens.text(n.last + 1) === '-' || tokens.low(n.last + 1) === 'to') && n.last === n.first) {
    const k = n.last + 2 + (n.last + 2 < tokens.length && SYMBOLS[tokens.text(n.last + 2)] !== undefined ? 1 : 0);
    const upper = parseNumberAt(tokens, k);
    if (upper && upper.last > k) n = { ...upper, first: n.first };
  }
  let last = n.last;
  const continental = continentalScale(tokens, n);
  if (continental) {
    n = { ...n, value: continental.value };
    last = continental.last;
    // "150 millions d'euros", "1.200 millones de euros", "500 Mio. €": the currency after a linking word or as a symbol.
    const unit = continental.unit;
    if (!currency && SYMBOLS[tokens.text(unit)] !== undefined) {
      currency = SYMBOLS[tokens.text(unit)];
      last = unit;
    } else if (!currency && CURRENCY_WORDS[tokens.low(unit)] !== undefined && tokens.low(unit) !== 'won') {
      currency = CURRENCY_WORDS[tokens.low(unit)];
      last = unit;
    }
    if (!currency) return null;
  }
  if (!currency) {
    const nation = nationBefore(tokens, last + 1);
    if (nation) {
      currency = nation.code;
      last = nation.last;
    }
  }
  // "a 7 trillion-won project": the currency hyphenated onto the scale.
  if (!currency && n.last > n.first && hyphenated(tokens, last + 1) && CURRENCY_WORDS[tokens.low(last + 2)] !== undefined) {
    currency = CURRENCY_WORDS[tokens.low(last + 2)];
    last += 2;
  }
  if (!currency) {
    const w = tokens.low(last + 1);
    if (CURRENCY_WORDS[w] === undefined) return null;
    // A bare number before "won"/"real" is usually not money ("2 won the bid"): ask for a multiplier.
    if ((w === 'won' || w === 'real' || w === 'rand') && n.last === n.first && !/[a-z]$/i.test(tokens.text(n.first))) return null;
    currency = CURRENCY_WORDS[w];
    last++;
  } else if (CURRENCY_WORDS[tokens.low(last + 1)] !== undefined && tokens.low(last + 1) !== 'won') {
    last++; // "$4 billion dollars"
  }
  // "$10 billion-plus": at least the figure.
  if (hyphenated(tokens, last + 1) && tokens.low(last + 2) === 'plus') last += 2;
  let end = tokens.start(last) + tokens.text(last).length;
  // A conversion in brackets right after: "(approximately $52.9 billion)".
  if (tokens.text(last + 1) === '(') {
    let k = last + 2;
    while (k < tokens.length && k < last + 8 && tokens.text(k) !== ')') k++;
    if (tokens.text(k) === ')' && currencyWithin(tokens, last + 2, k)) {
      end = tokens.end(k);
      last = k;
    }
  }
  const start = tokens.start(i);
  return { text: text.slice(start, end), value: n.value, currency, first: i, last, start, end };
}

/**
 * Scale words of continental European and Latin American papers, which translated and local press
 * keep: "1,2 Mrd. Euro", "300 Mio. €", "1,2 Milliarden Euro", "150 millions d'euros", "1,5 milliard
 * d'euros", "1.200 millones de euros", "8,5 mil milhões de euros", "R$ 1,5 bilhão", "300 milioni di
 * euro", "2 miljard euro". (Spanish "billón" and Portuguese "bilião" are a million millions: left out.)
 */
const CONTINENTAL_SCALES: Record<string, number> = {
  mio: 1e6, mrd: 1e9, mld: 1e9, millionen: 1e6, milliarde: 1e9, milliarden: 1e9, millions: 1e6, milliard: 1e9, milliards: 1e9,
  millón: 1e6, millones: 1e6, milhão: 1e6, milhões: 1e6, bilhão: 1e9, bilhões: 1e9, milione: 1e6, milioni: 1e6, miliardo: 1e9, miliardi: 1e9,
  miljoen: 1e6, miljard: 1e9, miljoner: 1e6, miljarder: 1e9,
};
/** "mil millones", "mil milhões": a thousand millions. */
const THOUSAND_OF = /^(?:millones|milhões)$/;
/** The words between the scale and its currency: "de", "di", "d'". */
const LINKS = /^(?:de|di|d|'|’)$/;
/** "1.200 millones": before a continental scale, a dot before three digits groups thousands. */
const GROUPED_BY_DOTS = /^\d{1,3}(?:\.\d{3})+$/;

/** A continental scale after the number n: the amount, the scale's last token and where its currency would be. */
function continentalScale(tokens: Tokens, n: { value: number; first: number; last: number }): { value: number; last: number; unit: number } | null {
  if (n.last !== n.first) return null;
  let k = n.last + 1;
  // Every such word starts with "m" or "b": one char turns away the other words after a number.
  const c = tokens.low(k).charCodeAt(0);
  if (c !== 109 && c !== 98) return null;
  let scale = CONTINENTAL_SCALES[tokens.low(k)];
  if (tokens.low(k) === 'mil' && THOUSAND_OF.test(tokens.low(k + 1))) scale = 1e3 * CONTINENTAL_SCALES[tokens.low(++k)];
  if (scale === undefined || tokens.glued(k)) return null;
  const numeral = tokens.text(n.first);
  const value = (GROUPED_BY_DOTS.test(numeral) ? Number(numeral.replace(/\./g, '')) : n.value) * scale;
  let last = k;
  if (tokens.text(k + 1) === '.' && tokens.glued(k + 1)) last = k + 1; // "Mio.", "Mrd."
  let unit = last + 1;
  while (unit < last + 4 && LINKS.test(tokens.low(unit))) unit++;
  return { value, last, unit };
}

/** A hyphen glued to the token before it and to the word after it ("billion-plus", "trillion-won"). */
function hyphenated(tokens: Tokens, k: number): boolean {
  return tokens.text(k) === '-' && tokens.glued(k) && tokens.glued(k + 1) && tokens.word(k + 1);
}

/** A currency symbol or word among tokens [from, to). */
function currencyWithin(tokens: Tokens, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (SYMBOLS[tokens.text(k)] !== undefined || CURRENCY_WORDS[tokens.low(k)] !== undefined) return true;
  return false;
}

const VAGUE_STARTS = spellingTest((tk, i) => {
  const low = tk.low(i);
  return low === 'a' || low === 'multi' || VAGUE_COUNTS[low] !== undefined || VAGUE_PLURALS[low] !== undefined || ADJECTIVE_SCALES[low] !== undefined;
});
const moneyStarts = indexesWhere(
  spellingTest((tk, i) => SYMBOLS[tk.text(i)] !== undefined || PREFIX_WORDS[tk.low(i)] !== undefined || ISO_CODES.has(tk.text(i)) || CODE_ON_NUMBER.test(tk.low(i)) || mayStartNumber(tk, i) || VAGUE_STARTS(tk, i)),
);

export function findMoney(text: string, tokens: Tokens, from = 0, to = tokens.length - 1): ParsedMoney[] {
  return findEach(moneyStarts(tokens), from, to, (i) => parseMoneyAt(text, tokens, i));
}
