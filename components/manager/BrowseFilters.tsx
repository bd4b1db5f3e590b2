import { ORIGIN_LABELS } from './labels';
import { SITE_KINDS, SITE_STATUSES, type Operator } from '../../lib/catalog/schema';
import { SORT_LABELS, type BrowseState, type SortKey } from '../../lib/ui/catalog-query';
import { KIND_LABELS, STATUS_LABELS } from '../../lib/format/labels';

interface Props {
  state: BrowseState;
  operators: readonly Operator[];
  countries: ReadonlyArray<{ id: string; name: string }>;
  onChange: (patch: Partial<BrowseState>) => void;
}

function Select<V extends string>({ label, value, options, onChange }: { label: string; value: V | ''; options: ReadonlyArray<readonly [V, string]>; onChange: (v: V | '') => void }) {
  return (
    <label class="filter">
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as V | '')}>
        <option value="">All</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

export function BrowseFilters({ state, operators, countries, onChange }: Props) {
  const operatorOptions = [...operators].sort((a, b) => a.name.localeCompare(b.name)).map((o) => [o.id, o.name] as const);
  const countryOptions = [...countries].sort((a, b) => a.name.localeCompare(b.name)).map((c) => [c.id, c.name] as const);
  return (
    <div class="filters" role="search">
      <label class="filter filter--search">
        Search sites
        <input
          type="search"
          data-testid="search"
          placeholder="Name, alias, city, region code…"
          value={state.query}
          maxLength={200}
          onInput={(e) => onChange({ query: e.currentTarget.value })}
        />
      </label>
      <Select label="Operator" value={state.operatorId} options={operatorOptions} onChange={(v) => onChange({ operatorId: v })} />
      <Select label="Country" value={state.country} options={countryOptions} onChange={(v) => onChange({ country: v })} />
      <Select label="Status" value={state.status} options={SITE_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const)} onChange={(v) => onChange({ status: v })} />
      <Select label="Kind" value={state.kind} options={SITE_KINDS.map((k) => [k, KIND_LABELS[k]] as const)} onChange={(v) => onChange({ kind: v })} />
      <Select label="Origin" value={state.origin} options={Object.entries(ORIGIN_LABELS) as Array<[BrowseState['origin'] & string, string]>} onChange={(v) => onChange({ origin: v })} />
      <label class="filter">
        Sort by
        <select value={state.sort} onChange={(e) => onChange({ sort: e.currentTarget.value as SortKey })}>
          {(Object.entries(SORT_LABELS) as Array<[SortKey, string]>).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
