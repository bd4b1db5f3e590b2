/**
 * Bench rows and how they print. Every figure travels with the baseline measured in the same run
 * and, where the project set one, its goal and whether it was met.
 */
export interface Baseline {
  label: string;
  value: number;
  unit: string;
}

export interface Goal {
  /** As printed: "<= 1.5x bare read", "< 100 ms". */
  text: string;
  met: boolean;
}

export interface Row {
  section: string;
  measure: string;
  value: number | null;
  unit: string;
  baseline?: Baseline;
  /** value / baseline.value, when both are times (or sizes) of the same thing. */
  ratio?: number;
  goal?: Goal;
  /** Timed runs behind the median (1 = a single run). */
  runs?: number;
  note?: string;
}

export interface SectionResult {
  section: string;
  rows: Row[];
  /** Anything else worth keeping in results.json (counts, raw runs, sizes). */
  details: Record<string, unknown>;
  notes: string[];
  /** Set when the section could not run at all. */
  skipped?: string;
}

export function fmt(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'n/a';
  if (unit === 'bytes') {
    if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MB`;
    if (value >= 1024) return `${(value / 1024).toFixed(1)} KB`;
    return `${Math.round(value)} B`;
  }
  if (unit === 'x') return `${value.toFixed(2)}x`;
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  return `${value.toFixed(digits)} ${unit}`.trim();
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function renderTable(rows: readonly Row[]): string {
  const header = ['Section', 'Measure', 'Value', 'Baseline (same run)', 'Ratio', 'Goal', 'Status'];
  const lines = rows.map((r) => [
    r.section,
    r.measure + (r.runs && r.runs > 1 ? ` [median of ${r.runs}]` : r.runs === 1 ? ' [1 run]' : ''),
    fmt(r.value, r.unit),
    r.baseline ? `${r.baseline.label}: ${fmt(r.baseline.value, r.baseline.unit)}` : '',
    r.ratio === undefined ? '' : fmt(r.ratio, 'x'),
    r.goal?.text ?? '',
    r.goal ? (r.goal.met ? 'met' : 'MISSED') : '',
  ]);
  const widths = header.map((h, i) => Math.min(70, Math.max(h.length, ...lines.map((l) => l[i].length))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => pad(c, widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...lines.map(line)].join('\n');
}

export function renderGoals(rows: readonly Row[]): string {
  const withGoal = rows.filter((r) => r.goal);
  if (withGoal.length === 0) return 'No goals evaluated.';
  return withGoal
    .map((r) => `${r.goal!.met ? 'met   ' : 'MISSED'}  ${r.section}: ${r.measure} = ${r.unit === 'x' ? fmt(r.value, 'x') : fmt(r.value, r.unit)}${r.ratio !== undefined && r.unit !== 'x' ? ` (${fmt(r.ratio, 'x')})` : ''}; goal ${r.goal!.text}`)
    .join('\n');
}
