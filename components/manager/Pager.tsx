import { pageCount, rangeLabel } from '../../lib/ui/catalog-query';

interface Props {
  page: number;
  shown: number;
  total: number;
  onPage: (page: number) => void;
}

export function Pager({ page, shown, total, onPage }: Props) {
  const pages = pageCount(total);
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 0}>
        ← Previous
      </button>
      <span aria-live="polite" data-testid="range">
        {rangeLabel(page, shown, total)}
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page + 1 >= pages}>
        Next →
      </button>
    </nav>
  );
}
