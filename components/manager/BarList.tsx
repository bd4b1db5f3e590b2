import { barWidths } from './projection';

interface Props {
  title: string;
  items: ReadonlyArray<{ id: string; name: string; count: number }>;
  /** Rows shown before "and N more". */
  limit?: number;
}

export function BarList({ title, items, limit = 12 }: Props) {
  const sorted = [...items].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  const shown = sorted.slice(0, limit);
  const widths = barWidths(shown.map((i) => i.count));
  return (
    <figure class="bar-list">
      <figcaption>{title}</figcaption>
      {shown.length === 0 ? (
        <p class="muted">Nothing yet.</p>
      ) : (
        <ol>
          {shown.map((item, i) => (
            <li key={item.id}>
              <span class="bar-label">{item.name}</span>
              <span class="bar-track" aria-hidden="true">
                <span class="bar" style={{ width: `${widths[i]}%` }} />
              </span>
              <span class="bar-value">{item.count.toLocaleString('en-US')}</span>
            </li>
          ))}
        </ol>
      )}
      {sorted.length > shown.length && <p class="muted">and {(sorted.length - shown.length).toLocaleString('en-US')} more</p>}
    </figure>
  );
}
