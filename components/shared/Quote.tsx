/**
 * A quote with its context, as a TextQuoteSelector stores it: …prefix **exact** suffix…
 * Stored prefix and suffix are trimmed, so the space between them and the quote is put back,
 * except before punctuation (", a 75 MW facility") and after an opening bracket or quote.
 */
export function joinQuote(quote: { exact: string; prefix: string; suffix: string }): { before: string; after: string } {
  const before = quote.prefix ? `…${quote.prefix}${/[(\[“‘"'\u2014-]$/.test(quote.prefix) ? '' : ' '}` : '';
  const after = quote.suffix ? `${/^[,.;:!?)\]”’"'\u2014-]/.test(quote.suffix) ? '' : ' '}${quote.suffix}…` : '';
  return { before, after };
}

export function Quote({ quote }: { quote: { exact: string; prefix: string; suffix: string } }) {
  const { before, after } = joinQuote(quote);
  return (
    <blockquote class="quote">
      <span class="quote-context">{before}</span>
      <mark>{quote.exact}</mark>
      <span class="quote-context">{after}</span>
    </blockquote>
  );
}
