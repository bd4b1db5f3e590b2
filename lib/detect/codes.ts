/**
 * Facility codes such as "FR7", "LD13", "SG5", "JHB2": two to four capital letters and one or
 * two digits. Only on pages about data centers, and only for a code family (the letters) that
 * appears at least once next to a data-center word or operator, so "FY25", "CO2" or a bill
 * number never count.
 */
import { forText, UnicodeRegExp } from './cheap-regexp';
import type { Doc } from './context';

// "FR7", "CWB01", and as news also writes them "VMB-1", "KD-LOS1", "FR11x" (an xScale building).
export const CODE = new UnicodeRegExp(String.raw`(?<![\p{L}\p{N}\-–.$€£])((?:[A-Z]{2,3}-)?[A-Z]{1,4})-?(\d{1,2})x?(?![\p{L}\p{N}%]|[.,]\d|-\d)`, 'gu');
/** Credit ratings, paper sizes and the like share the shape of one-letter codes. */
const NOT_ONE_LETTER_CONTEXT = /\b(rating|rated|moody|fitch|s&p|outlook|paper|sizes?|vitamin|formula|grand prix|seed|series|round)\b/i;
const NOT_CODES = new Set(
  `FY CY QE CO NO SO HB SB AB HR PM GPT LLM NATO COVID MP EV PUE IT AI UK US EU GB MI RTX GTX DDR PCIE USB LTE NR ISO
  SOC PCI RFC CVE MW GW KW TWH MWH GWH MMT CEO CFO CTO COO ESG NVL DGX HGX TPU GPU CPU NPU APU ASIC SKU RAM HDD SSD
  NVME HBM LPDDR SXM PCI DC AC HVAC UPS ATS VAT GDP CPI OPEC BRICS ASEAN COP MSCI SP DJIA WW WWII PS XB IOS ICT IPO ETF
  REIT ARM RISC AMD INTEL IBM SAP AWS GCP OCI API SDK SLA TIER UPTIME RFP RFQ LOI MOU NDA BESS SMR PPA ERCOT PJM CAISO MISO
  SPP NYISO ISONE FERC NERC EPA DOE NRC TVA NASA DARPA NSF NIH NHS BBC CNN GDPR CCPA HIPAA PCI SOX RTO RPO NPV IRR EBITDA
  EPS ROI ROE CAGR YOY QOQ MOM GEN ZEN LTS RC HPE AA BAA BA CAA HQ`.split(/\s+/),
);

export interface CodeHit {
  start: number;
  end: number;
  code: string;
}

/** Facility codes of a data-center page, repeats included. */
const AMOUNT_AFTER = /^\s?(?:billion|million|trillion|bn|mn|crore|lakh)\b/i;

/** "Q3 2026", "in Q4", "H1 results": a quarter or half of a year, not a building. */
const QUARTER = /^[QH][1-4]$/;
const QUARTER_AFTER = /^\s?(?:(?:19|20)\d\d\b|['’]\d\d\b|FY|CY|fiscal|calendar|results|earnings|revenue|sales|report|call|guidance|deliver|of\s+(?:19|20)\d\d)/i;
const QUARTER_BEFORE = /\b(?:in|by|during|for|until|till|since|through|from|last|this|next|fiscal|calendar|early|late|mid|end of(?: the)?)\s+$/i;

function quarter(text: string, start: number, end: number, code: string): boolean {
  if (!QUARTER.test(code)) return false;
  return QUARTER_AFTER.test(text.slice(end, end + 14)) || QUARTER_BEFORE.test(text.slice(Math.max(0, start - 16), start));
}

export function findCodes(doc: Doc): CodeHit[] {
  const all: Array<CodeHit & { prefix: string }> = [];
  // Its Unicode classes are costly to compile on a woken worker's first page: plain text runs its ASCII twin.
  const code = forText(CODE, doc.text);
  code.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = code.exec(doc.text))) {
    if (NOT_CODES.has(m[1])) continue;
    // "RM5 billion", "Rs800 crore": a currency and an amount, not a facility code.
    if (AMOUNT_AFTER.test(doc.text.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (quarter(doc.text, m.index, m.index + m[0].length, m[0])) continue;
    all.push({ start: m.index, end: m.index + m[0].length, code: m[0], prefix: m[1] });
  }
  if (all.length === 0) return [];
  const families = new Set<string>();
  // One letter ("S1" … "S4" of NEXTDC) is a code family only when several of its codes appear.
  const members = new Map<string, Set<string>>();
  for (const c of all) {
    const set = members.get(c.prefix) ?? new Set<string>();
    set.add(c.code);
    members.set(c.prefix, set);
  }
  for (const c of all) {
    if (families.has(c.prefix)) continue;
    const s = doc.sentenceAt(c.start);
    if (c.prefix.length === 1 && (members.get(c.prefix)!.size < 2 || s.operators.length === 0 || NOT_ONE_LETTER_CONTEXT.test(doc.text.slice(s.start, s.end)))) continue;
    const cue = s.heads.length > 0 || s.operators.length > 0 || /^\s*(?:data cent|IBX|campus|facility|site|building)/i.test(doc.text.slice(c.end, c.end + 16));
    if (cue) families.add(c.prefix);
  }
  return all.filter((c) => families.has(c.prefix)).map(({ start, end, code }) => ({ start, end, code }));
}
