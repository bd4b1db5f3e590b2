export function CountBadge({ count, label }: { count: number; label: string }) {
  return (
    <span class="badge" aria-label={`${count} ${label}`}>
      {count.toLocaleString('en-US')}
    </span>
  );
}
