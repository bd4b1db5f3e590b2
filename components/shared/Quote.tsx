/** A quote with its context, as a TextQuoteSelector stores it: …prefix **exact** suffix… */
export function Quote({ quote }: { quote: { exact: string; prefix: string; suffix: string } }) {
  return (
    <blockquote class="quote">
      <span class="quote-context">{quote.prefix ? `…${quote.prefix} ` : ''}</span>
      <mark>{quote.exact}</mark>
      <span class="quote-context">{quote.suffix ? ` ${quote.suffix}…` : ''}</span>
    </blockquote>
  );
}
