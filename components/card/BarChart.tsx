import type { BarDatum } from '../../lib/format/bars';
import { barPercent } from '../../lib/format/numbers';

export type { BarDatum };

export interface BarChartProps {
  /** Table caption for screen readers: "Operators in Japan by capacity". */
  caption: string;
  /** One sentence for role="img": the ranking in words. */
  summary: string;
  /** Header of the value column in the screen-reader table. */
  valueLabel: string;
  /** Header of the name column in the screen-reader table. */
  nameLabel: string;
  /** Already sorted, largest first. */
  rows: BarDatum[];
  /** Rows drawn; the subject is always drawn even when it ranks lower. */
  maxRows?: number;
  /** What the subject is called in the table: "this site", "this operator". */
  subjectNote: string;
}

/** Keeps the first `max` rows plus the subject when it falls below the cut. */
export function visibleRows(rows: BarDatum[], max: number): BarDatum[] {
  if (rows.length <= max) return rows;
  const head = rows.slice(0, max);
  const subject = rows.slice(max).find((r) => r.isSubject);
  return subject ? [...head.slice(0, max - 1), subject] : head;
}

/**
 * Horizontal bars drawn with inline SVG: widths are SVG attributes, not inline styles, so nothing
 * depends on the page's style-src policy. Sighted users get the bars; assistive technology gets a
 * one-sentence summary (role="img") and the full table.
 */
export function BarChart({ caption, summary, valueLabel, nameLabel, rows, maxRows = 6, subjectNote }: BarChartProps) {
  const shown = visibleRows(rows, maxRows);
  const max = Math.max(0, ...rows.map((r) => (r.value !== null && Number.isFinite(r.value) ? r.value : 0)));
  return (
    <div class="dcl-chart">
      <div class="dcl-bars" role="img" aria-label={summary}>
        {shown.map((r) => (
          <div class={r.isSubject ? 'dcl-bar-row is-subject' : 'dcl-bar-row'} key={r.key} data-subject={r.isSubject ? 'true' : undefined}>
            <span class="dcl-bar-label" title={r.label}>
              {r.label}
            </span>
            <svg class="dcl-bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="dcl-bar-bg" x="0" y="0" width="100" height="10" />
              <rect class="dcl-bar-fill" x="0" y="0" width={barPercent(r.value, max).toFixed(2)} height="10" />
            </svg>
            <span class="dcl-bar-value">{r.valueText}</span>
          </div>
        ))}
      </div>
      <table class="dcl-sr-only">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{nameLabel}</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.isSubject ? `${r.label} (${subjectNote})` : r.label}</th>
              <td>{r.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
