export interface MetricOption<K extends string> {
  key: K;
  label: string;
}

export interface MetricToggleProps<K extends string> {
  label: string;
  options: Array<MetricOption<K>>;
  selected: K;
  onSelect: (key: K) => void;
}

/** A segmented control; hidden when there is nothing to choose. */
export function MetricToggle<K extends string>({ label, options, selected, onSelect }: MetricToggleProps<K>) {
  if (options.length < 2) return null;
  return (
    <div class="dcl-toggle" role="group" aria-label={label}>
      {options.map((o) => (
        <button type="button" key={o.key} aria-pressed={o.key === selected} onClick={() => onSelect(o.key)}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
