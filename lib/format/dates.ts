/** Partial ISO dates ("2025", "2025-06", "2025-06-30") as the card writes them. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "2025" → "2025", "2025-06" → "Jun 2025", "2025-06-30" → "30 Jun 2025". The precision of the
 * source is kept: a month-precision date must not be shown as a day. Anything else is returned as
 * is (it is still rendered as text, so nothing unsafe can come of it).
 */
export function formatPartialDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
  if (!m) return value;
  const [, year, month, day] = m;
  if (!month) return year;
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return value;
  if (!day) return `${monthName} ${year}`;
  const d = Number(day);
  if (d < 1 || d > 31) return value;
  return `${d} ${monthName} ${year}`;
}

/** "as of Jun 2025", or null when there is no date. */
export function formatAsOf(value: string | null | undefined): string | null {
  return value ? `as of ${formatPartialDate(value)}` : null;
}
