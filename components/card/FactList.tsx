import type { FactRow } from '../../lib/format/fact-rows';

export interface FactListProps {
  rows: FactRow[];
}

/** Label/value pairs; values are plain text and wrap or clamp in CSS. */
export function FactList({ rows }: FactListProps) {
  if (!rows.length) return null;
  return (
    <dl class="dcl-facts">
      {rows.map((r) => (
        <div class="dcl-fact" key={r.key} data-fact={r.key}>
          <dt>{r.label}</dt>
          <dd>
            <span class="dcl-fact-value">{r.value}</span>
            {r.details.map((d, i) => (
              <span class="dcl-fact-detail" key={i}>
                {d}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
