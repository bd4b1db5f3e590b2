/**
 * Power capacity: "103-megawatt", "1.2 gigawatts", "300MW", "300 MW", "1GW", "up to 5 GW".
 * Always returned in MW.
 */
import type { Tokens } from '../tokens';
import { findEach, indexesWhere, mayStartNumber, parseNumberAt, splitNumberWord } from './numbers';

// kW is left out on purpose: news gives rack densities in kW, never a facility's capacity.
const UNIT_MW: Record<string, number> = { mw: 1, megawatt: 1, megawatts: 1, gw: 1000, gigawatt: 1000, gigawatts: 1000 };

export interface ParsedCapacity {
  mw: number;
  first: number;
  last: number;
}

/**
 * "2.000 MW", "1.500 megawatts": a dot before exactly three digits is a thousands separator (as
 * European and Latin American news write it). Nobody sizes a site to the kilowatt in MW with
 * three decimals; the decimal comma ("1,5 GW") is read by parseNumeral. Gigawatts are left alone:
 * "1.000 GW" would be a terawatt.
 */
const THOUSANDS_DOT = /^\d{1,3}\.\d{3}$/;

function megawatts(numeral: string, value: number, unit: number): number {
  return unit === 1 && THOUSANDS_DOT.test(numeral) ? Number(numeral.replace('.', '')) : value * unit;
}

/**
 * "a gigawatt", "more than a gigawatt", "half a gigawatt": a gigawatt written with an article is
 * one (not "a gigawatt-scale campus", a size class).
 */
function articleGigawatt(tokens: Tokens, i: number): ParsedCapacity | null {
  const half = tokens.low(i) === 'half' ? 1 : 0;
  if (tokens.low(i + half) !== 'a' || tokens.low(i + half + 1) !== 'gigawatt' || tokens.text(i + half + 2) === '-') return null;
  return { mw: half ? 500 : 1000, first: i, last: i + half + 1 };
}

const capacityStarts = indexesWhere((tk, i) => mayStartNumber(tk, i) || ((tk.low(i) === 'a' || tk.low(i) === 'half') && articleGigawatt(tk, i) !== null));

/** Capacity expression starting at token i. */
export function parseCapacityAt(tokens: Tokens, i: number): ParsedCapacity | null {
  if (i < 0 || i >= tokens.length) return null;
  const article = articleGigawatt(tokens, i);
  if (article) return article;
  const glued = splitNumberWord(tokens.low(i));
  if (glued && UNIT_MW[glued.rest] !== undefined) return { mw: megawatts(tokens.low(i).slice(0, -glued.rest.length), glued.value, UNIT_MW[glued.rest]), first: i, last: i };
  const n = parseNumberAt(tokens, i);
  if (!n) return null;
  let j = n.last + 1;
  if (tokens.text(j) === '-') j++; // "103-megawatt"
  if (j < tokens.length && UNIT_MW[tokens.low(j)] !== undefined) {
    // "MW" must not be glued to something else ("MWh" is energy, not capacity).
    return { mw: n.first === n.last ? megawatts(tokens.text(i), n.value, UNIT_MW[tokens.low(j)]) : n.value * UNIT_MW[tokens.low(j)], first: i, last: j };
  }
  return null;
}

/** Every capacity in tokens[from, to], in order. */
export function findCapacities(tokens: Tokens, from = 0, to = tokens.length - 1): ParsedCapacity[] {
  return findEach(capacityStarts(tokens), from, to, (i) => {
    const c = parseCapacityAt(tokens, i);
    return c && !gridPower(tokens, c) && !ownersTotal(tokens, c) ? c : null;
  });
}

/** "a generating capacity of 1.2 GW", "the utility agreement covers up to 500 MW of load": a supply's words before the figure. */
const GRID_BEFORE = /^(substation|substations|transmission|turbine|turbines|reactor|reactors|ppa|ppas|generating|interconnection|tariff)$/;
/** "a 1 GW private wire network", "a 40 MW microgrid": a supply's words after it. */
const GRID_AFTER = /^(substation|substations|grid|transmission|battery|private|microgrid|microgrids)$/;
const POWER = /^(power|electricity|energy)$/;
const GRID_KIND = /^(sanctioned|grid|contracted|renewable|solar|wind|nuclear|gas|hydro|hydroelectric|geothermal|clean|carbon-free|green|firm)$/;
const SUPPLY = /^(supply|backup|back-up|standby)$/;
/** What makes power rather than uses it: "a 500 MW gas plant", "a 300 MW solar farm", "a 1 GW reactor". */
const GENERATOR = /^(plant|plants|station|stations|farm|farms|park|parks|reactor|reactors|turbines|array|arrays|peaker|peakers|cells)$/;
/** What "N MW of …" makes or stores power with. */
const MAKES_POWER = /^(generation|generating|batteries|battery|storage|fuel|turbines|generators|panels|nuclear|gas|onsite|on-site)$/;
/** Words that say what kind of generator follows: "natural gas-fired combined-cycle plant". */
const FUEL = /^(gas|natural|natural-gas|gas-fired|fired|-|power|nuclear|solar|wind|hydro|hydroelectric|geothermal|coal|fuel|combined-cycle|combined|cycle|simple-cycle|offshore|onshore|floating|photovoltaic|pv|biomass|small|modular|new|onsite|on-site)$/;

/**
 * "120 megawatts of contracted power", "a substation that could grow to 600 MW", "a 1 GW
 * solar farm", "a 500 MW gas plant next to the campus", "a power purchase agreement for 250 MW of
 * nuclear power": power made or supplied for a site, not the site's IT capacity.
 */
function gridPower(tokens: Tokens, c: ParsedCapacity): boolean {
  const after = tokens.low(c.last + 1);
  // "250 MW of power" is how news sizes a data center; "of sanctioned power", "of nuclear power" is a supply.
  if (after === 'of' && GRID_KIND.test(tokens.low(c.last + 2)) && POWER.test(tokens.low(c.last + 3))) return true;
  // "400 megawatts of backup supply": a supply, not what the site holds.
  if (after === 'of') for (let k = c.last + 2; k < Math.min(c.last + 5, tokens.length); k++) if (SUPPLY.test(tokens.low(k))) return true;
  // "300 MW of generation for", "120 MW of batteries at", "40 MW of fuel cells at".
  if (after === 'of' && MAKES_POWER.test(tokens.low(c.last + 2))) return true;
  if (GRID_AFTER.test(after) || generatorAfter(tokens, c.last + 1)) return true;
  // "up to 500 MW of load" in a utility's agreement: what the grid will carry, not the site's size.
  if (after === 'of' && tokens.low(c.last + 2) === 'load') return true;
  // "two gas plants with 1,200 MW of capacity to serve the campus".
  if (tokens.low(c.first - 1) === 'with' && GENERATOR.test(tokens.low(c.first - 2))) return true;
  for (let k = Math.max(0, c.first - 8); k < c.first; k++) {
    if (GRID_BEFORE.test(tokens.low(k)) || (tokens.low(k) === 'purchase' && tokens.low(k - 1) === 'power')) return true;
  }
  return false;
}

const OWNER_WORD = /^(its|their|our)$/;
const HOLDINGS = /^(portfolio|footprint|fleet|estate)$/;
const AREA_PREPOSITION = /^(in|across|throughout)$/;
const APPROXIMATELY = /^(about|around|roughly|nearly|almost|some|approximately|over|more|than|just|under)$/;

/**
 * "…, bringing its capacity in the state to 150 MW", "taking the company's portfolio to 400 MW",
 * "its total capacity across the region to 1 GW": a company's holdings, or its capacity within an
 * area, brought to a figure is the company's total, not the facility's. ("bringing the campus to
 * 150 MW" and "bringing its capacity to 150 MW" stay the facility's.)
 */
function ownersTotal(tokens: Tokens, c: ParsedCapacity): boolean {
  let to = c.first - 1;
  while (to > 0 && APPROXIMATELY.test(tokens.low(to))) to--;
  if (tokens.low(to) !== 'to') return false;
  for (let k = to - 1; k >= Math.max(1, to - 8); k--) {
    const low = tokens.low(k);
    const owned = OWNER_WORD.test(tokens.low(k - 1)) || tokens.poss(k - 1) || (/^(total|overall|combined)$/.test(tokens.low(k - 1)) && (OWNER_WORD.test(tokens.low(k - 2)) || tokens.poss(k - 2)));
    if (HOLDINGS.test(low)) return owned;
    if (low === 'capacity') return owned && AREA_PREPOSITION.test(tokens.low(k + 1));
  }
  return false;
}

/**
 * A generator's noun after the size, past words of its kind only: "gas plant", "solar farm",
 * "natural gas-fired power station". "a 300 MW solar-powered data center" reaches "powered", no
 * generator: the size stays the facility's.
 */
function generatorAfter(tokens: Tokens, from: number): boolean {
  for (let k = from; k < Math.min(from + 7, tokens.length); k++) {
    const low = tokens.low(k);
    if (GENERATOR.test(low)) return k > from || low !== 'park'; // "a 200 MW park" alone is a data-center park
    if (!FUEL.test(low)) return false;
  }
  return false;
}
