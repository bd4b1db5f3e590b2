/**
 * GPU counts: "60,000 graphics processing units", "100k H100s", "100,000 Nvidia GB200 chips",
 * "50,000 of Nvidia's Blackwell GPUs". A count needs a GPU noun or a chip model after it.
 */
import type { Tokens } from '../tokens';
import { findEach, numberStarts, parseNumberAt } from './numbers';

const GPU_NOUNS = new Set(['gpu', 'gpus', 'chips', 'chip', 'accelerators', 'accelerator', 'processors', 'superchips', 'tpus', 'tpu', 'graphics', 'cards', 'npus']);
const CHIP_WORDS = /^(nvidia|nvidia's|amd|amd's|google's|intel|huawei|ascend|blackwell|hopper|rubin|grace|instinct|trainium|trainium2|trainium3|trainium2s|inferentia|tpu|tpus|h100s?|h200s?|h800s?|h20s?|a100s?|a800s?|b100s?|b200s?|b300s?|gb200s?|gb300s?|mi300xs?|mi300s?|mi325xs?|mi350s?|mi355xs?|mi400s?|l40s?|v100s?|910bs?|910cs?|vera|ai|advanced|cutting-edge|of|the|company's|its|high-end|graphics|processing|units?|gb200|nvl72)$/i;
const MODEL = /^(h100|h200|h800|h20|a100|a800|b100|b200|b300|gb200|gb300|mi300x|mi300|mi325x|mi350|mi355x|mi400|l40|v100|910b|910c|tpu|trainium\d?)s?$/i;

const CURRENCY = /^(?:[$€£¥₩₹]|[A-Z]{0,2}\$|usd|eur|gbp|jpy|krw|inr|cny|rmb|rm|rs|sgd|aud|cad|hkd)$/i;

export interface ParsedGpus {
  count: number;
  first: number;
  last: number;
}

export function parseGpusAt(tokens: Tokens, i: number): ParsedGpus | null {
  const n = parseNumberAt(tokens, i);
  if (!n || n.value < 8) return null;
  // "a $5 billion chip order": an amount of money, never a count of chips.
  if (i > 0 && CURRENCY.test(tokens.text(i - 1))) return null;
  // Up to five qualifier words between the count and the noun ("Nvidia GB200 Grace Blackwell superchips").
  for (let j = n.last + 1, k = 0; j < tokens.length && k < 6; j++, k++) {
    if (tokens.text(j) === '-') continue;
    const low = tokens.low(j);
    if (GPU_NOUNS.has(low)) {
      if (hostsAfter(tokens, j + 1)) return null; // "4,000 GPU nodes"
      if (low === 'graphics' && tokens.low(j + 1) === 'processing' && /^units?$/.test(tokens.low(j + 2))) return { count: n.value, first: i, last: j + 2 };
      if (low === 'graphics' && /^cards?$/.test(tokens.low(j + 1))) return { count: n.value, first: i, last: j + 1 };
      if (low === 'graphics') return null;
      return { count: n.value, first: i, last: j };
    }
    if (MODEL.test(low)) {
      if (hostsAfter(tokens, j + 1)) return null; // "1,000 GB200 NVL72 racks"
      // "100k H100s" ends here unless a noun follows.
      if (j + 1 < tokens.length && GPU_NOUNS.has(tokens.low(j + 1))) return { count: n.value, first: i, last: j + 1 };
      return { count: n.value, first: i, last: j };
    }
    // Qualifiers: makers and product names ("Amazon's", "Grace Blackwell"), "in-house", "custom".
    if (!CHIP_WORDS.test(low) && !tokens.cap(j) && !/^(in|house|custom|own|latest|newest|next|generation|top|end|most|powerful|specialized|specialised|dedicated)$/.test(low)) return null;
  }
  return null;
}

/** What holds GPUs, many to one: a count of these is no count of GPUs. */
const HOSTS = new Set('rack racks node nodes server servers pod pods system systems tray trays cabinet cabinets boxes blade blades machine machines instance instances superpod superpods cluster clusters'.split(' '));
/** A rack's or a system's model words: "NVL72", "NVL144", "HGX", "DGX", "liquid-cooled". */
const SYSTEM_WORDS = /^(?:nvl\d+|hgx|dgx|mgx|liquid|air|-|cooled)$/;

/**
 * "1,000 GB200 NVL72 racks", "4,000 GPU nodes", "500 H100 servers": the count is of what holds the
 * GPUs (72 to a rack, 8 to a server), and the text gives no count of the GPUs themselves.
 */
function hostsAfter(tokens: Tokens, from: number): boolean {
  for (let k = from; k < Math.min(from + 3, tokens.length); k++) {
    const low = tokens.low(k);
    if (HOSTS.has(low)) return true;
    if (!SYSTEM_WORDS.test(low) && !MODEL.test(low) && !GPU_NOUNS.has(low)) return false;
  }
  return false;
}

export function findGpus(tokens: Tokens, from = 0, to = tokens.length - 1): ParsedGpus[] {
  return findEach(numberStarts(tokens), from, to, (i) => {
    const g = parseGpusAt(tokens, i);
    return g && !marketSale(tokens, g) ? g : null;
  });
}

const SALE = /^(ship|ships|shipped|shipping|sell|sells|sold|selling)$/;

/**
 * "Nvidia shipped 3 million GPUs this year": a vendor's sales, market data. Sold or shipped *to*
 * a buyer ("shipped 20,000 GPUs to the campus") they are that buyer's.
 */
function marketSale(tokens: Tokens, g: ParsedGpus): boolean {
  let sale = false;
  for (let k = Math.max(0, g.first - 3); k < g.first; k++) if (SALE.test(tokens.low(k))) sale = true;
  if (!sale) return false;
  for (let k = g.last + 1; k < Math.min(g.last + 7, tokens.length); k++) if (tokens.low(k) === 'to') return false;
  return true;
}

const INCLUDING = /^(?:including|includes|include|included)$/;
const BEFORE_COUNT = /^(?:about|around|roughly|nearly|almost|some|approximately|over|more|than|just|under|another|a|further|an|additional)$/;
/** What follows a count of the GPUs said before it, where its noun is left out: "including 100,000 at its …". */
const PLACED = /^(?:at|in|on|for|across|inside|within|to|going)$/;

/**
 * "1.3 million GPUs by year end, including 100,000 at its Kuna data center": a count after
 * "including" that leaves out the noun of the GPU count before it is a count of those GPUs too.
 * The list with such counts added, in order.
 */
export function withElidedShares(tokens: Tokens, gpus: ParsedGpus[]): ParsedGpus[] {
  if (gpus.length === 0) return gpus;
  const out = [...gpus];
  for (let k = gpus[0].last + 1; k < tokens.length; k++) {
    if (!INCLUDING.test(tokens.low(k))) continue;
    let i = k + 1;
    while (BEFORE_COUNT.test(tokens.low(i))) i++;
    const n = parseNumberAt(tokens, i);
    if (n && n.value >= 8 && PLACED.test(tokens.low(n.last + 1)) && !out.some((g) => g.first === i)) out.push({ count: n.value, first: i, last: n.last });
  }
  return out.sort((a, b) => a.first - b.first);
}
