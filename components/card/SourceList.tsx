import type { Source } from '../../lib/catalog/schema';
import { formatPartialDate } from '../../lib/format/dates';
import { hostLabel, safeHref } from '../../lib/format/url';

export interface SourceListProps {
  sources: Source[];
}

function meta(source: Source, linkText: string): string | null {
  const parts = [source.publisher, source.date ? formatPartialDate(source.date) : null].filter(
    (p): p is string => !!p && p !== linkText,
  );
  return parts.length ? parts.join(', ') : null;
}

/** Sources as links; a URL that is not http(s) is shown as inert text, never as an href. */
export function SourceList({ sources }: SourceListProps) {
  if (!sources.length) return null;
  return (
    <ul class="dcl-sources">
      {sources.map((s, i) => {
        const href = safeHref(s.url);
        const text = s.title || (href ? hostLabel(href) : null) || s.publisher || 'Source';
        const info = meta(s, text);
        return (
          <li key={i}>
            {href ? (
              <a href={href} target="_blank" rel="noopener noreferrer">
                {text}
              </a>
            ) : (
              <span class="dcl-source-inert">{text}</span>
            )}
            {info && <span class="dcl-source-meta">{info}</span>}
          </li>
        );
      })}
    </ul>
  );
}
