import { KIND_LABELS, STATUS_LABELS } from '../../lib/format/labels';
import type { Stats } from './api';
import { BarList } from './BarList';
import { ORIGIN_LABELS } from './labels';
import { WorldMap } from './WorldMap';



function CountTable({ title, counts, labels }: { title: string; counts: Record<string, number>; labels: Readonly<Record<string, string>> }) {
  const rows = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  return (
    <table class="count-table">
      <caption>{title}</caption>
      <tbody>
        {rows.map(([key, n]) => (
          <tr key={key}>
            <th scope="row">{labels[key] ?? key}</th>
            <td>{n.toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Overview({ stats }: { stats: Stats | null }) {
  if (!stats) return <p class="muted">Loading the catalog…</p>;
  return (
    <div class="overview">
      <p class="total" data-testid="total">
        <strong>{stats.total.toLocaleString('en-US')}</strong> sites in your catalog
      </p>
      <div class="overview-grid">
        <WorldMap points={stats.points} />
        <div class="count-tables">
          <CountTable title="By kind" counts={stats.byKind} labels={KIND_LABELS} />
          <CountTable title="By status" counts={stats.byStatus} labels={STATUS_LABELS} />
          <CountTable title="By origin" counts={stats.byOrigin} labels={ORIGIN_LABELS} />
        </div>
        <BarList title="By operator" items={stats.byOperator} />
        <BarList title="By country" items={stats.byCountry} />
      </div>
    </div>
  );
}
