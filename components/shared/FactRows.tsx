import type { FactRow } from '../../lib/format/fact-rows';

/** A definition list of fact rows (lib/format/fact-rows), shared by the manager and the popup. */
export function FactRows({ rows }: { rows: readonly FactRow[] }) {
  if (!rows.length) return <p class="muted">No facts recorded yet.</p>;
  return (
    <dl class="facts">
      {rows.map((r) => (
        <div class="facts-row" key={r.key}>
          <dt>{r.label}</dt>
          <dd>
            {r.value}
            {r.details.map((d) => (
              <span class="facts-detail" key={d}>
                {d}
              </span>
            ))}
          </dd>
        </div>
      ))}
    </dl>
  );
}
