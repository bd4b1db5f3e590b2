import type { ComponentChildren } from 'preact';
import { safeHref } from '../../lib/format/url';

interface Props {
  href: string | null | undefined;
  children?: ComponentChildren;
  class?: string;
}

/** Opens in a new tab without giving it a handle on this page; anything not http(s) is plain text. */
export function ExternalLink({ href, children, class: className }: Props) {
  const safe = safeHref(href);
  const label = children ?? href ?? '';
  if (!safe) return <span class={className}>{label}</span>;
  return (
    <a class={className} href={safe} target="_blank" rel="noopener noreferrer">
      {label}
    </a>
  );
}
