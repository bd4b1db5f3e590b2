/**
 * Numbers as the card writes them: "103 MW", "1.2 GW", "60,000 GPUs", "$52.9 billion".
 * Formatting is done by hand rather than with Intl so the output is the same in every browser,
 * locale and test runner (the card is English-only for now).
 */

/** Rounds to at most `decimals` places and drops trailing zeros: 1.20 → "1.2", 2.0 → "2". */
export function formatDecimal(n: number, decimals = 1): string {
  if (!Number.isFinite(n)) return '—';
  const factor = 10 ** decimals;
  const rounded = Math.round(Math.abs(n) * factor) / factor;
  const [whole, frac = ''] = rounded.toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = frac.replace(/0+$/, '');
  const sign = n < 0 && rounded !== 0 ? '-' : '';
  return sign + (trimmed ? `${grouped}.${trimmed}` : grouped);
}

/** Whole numbers with thousands separators: 60000 → "60,000". */
export function formatInteger(n: number): string {
  return formatDecimal(n, 0);
}

/** "0.5 MW", "103 MW", "1.05 GW", "1.2 GW", "12.5 GW". Megawatts switch to gigawatts at 1,000. */
export function formatMW(mw: number): string {
  if (!Number.isFinite(mw)) return '—';
  const roundedMW = mw < 10 ? Math.round(mw * 10) / 10 : Math.round(mw);
  if (roundedMW < 1000) return `${formatDecimal(mw, mw < 10 ? 1 : 0)} MW`;
  const gw = mw / 1000;
  return `${formatDecimal(gw, gw < 10 ? 2 : 1)} GW`;
}

/** "1 GPU", "60,000 GPUs". */
export function formatGpus(count: number): string {
  return formatCount(count, 'GPU', 'GPUs');
}

/** "1 zone", "3 zones": the unit follows the number in the right form. */
export function formatCount(count: number, singular: string, plural: string): string {
  return `${formatInteger(count)} ${Math.round(count) === 1 ? singular : plural}`;
}

const USD_SCALES: ReadonlyArray<readonly [number, string]> = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "$500,000", "$800 million", "$52.9 billion", "$1.2 trillion". */
export function formatUsd(usd: number): string {
  if (!Number.isFinite(usd)) return '—';
  for (const [scale, word] of USD_SCALES) {
    // 999.96 million rounds to 1,000 million; promote it so it reads "$1 billion".
    if (usd >= scale * 0.9995) {
      const v = usd / scale;
      return `$${formatDecimal(v, v < 100 ? 1 : 0)} ${word}`;
    }
  }
  return `$${formatInteger(usd)}`;
}

/** Share of `max` as a percentage for a bar, clamped to 0..100; 0 when unknown. */
export function barPercent(value: number | null, max: number): number {
  if (value === null || !Number.isFinite(value) || value <= 0 || !(max > 0)) return 0;
  return Math.min(100, Math.max(0, (value / max) * 100));
}
