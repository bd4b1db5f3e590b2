import type { Operator, Site } from '../../lib/catalog/schema';
import { kindLabel, statusLabel } from '../../lib/format/labels';
import { formatInteger, formatMW } from '../../lib/format/numbers';
import { ORIGIN_LABELS } from './labels';

interface Props {
  sites: readonly Site[];
  operators: readonly Operator[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Operational capacity when known, else the plan marked as such: the two are never mixed up. */
export function capacityCell(site: Site): string {
  if (site.capacity.operationalMW !== undefined) return formatMW(site.capacity.operationalMW);
  if (site.capacity.plannedMW !== undefined) return `${formatMW(site.capacity.plannedMW)} planned`;
  return '';
}

export function gpuCell(site: Site): string {
  if (site.gpus.count !== undefined) return formatInteger(site.gpus.count);
  if (site.gpus.plannedCount !== undefined) return `${formatInteger(site.gpus.plannedCount)} planned`;
  return '';
}

export function SiteTable({ sites, operators, selectedId, onSelect }: Props) {
  const names = new Map(operators.map((o) => [o.id, o.name]));
  return (
    <div class="table-wrap">
      <table class="site-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Operator</th>
            <th scope="col">Place</th>
            <th scope="col">Kind</th>
            <th scope="col">Status</th>
            <th scope="col" class="num">
              Capacity
            </th>
            <th scope="col" class="num">
              GPUs
            </th>
            <th scope="col">Origin</th>
          </tr>
        </thead>
        <tbody>
          {sites.map((s) => (
            <tr
              key={s.id}
              data-testid="site-row"
              data-site-id={s.id}
              class={s.id === selectedId ? 'selected' : undefined}
              aria-selected={s.id === selectedId}
              onClick={() => onSelect(s.id)}
            >
              <td>
                {/* The button makes rows reachable by keyboard; the row click is a larger target. */}
                <button type="button" class="row-link" onClick={(e) => (e.stopPropagation(), onSelect(s.id))}>
                  {s.name}
                </button>
              </td>
              <td>{s.operatorIds.map((id) => names.get(id) ?? id).join(', ')}</td>
              <td>{[s.place.city, s.place.country].filter(Boolean).join(', ')}</td>
              <td>{kindLabel(s.kind)}</td>
              <td>{statusLabel(s.status)}</td>
              <td class="num">{capacityCell(s)}</td>
              <td class="num">{gpuCell(s)}</td>
              <td>{ORIGIN_LABELS[s.origin]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
