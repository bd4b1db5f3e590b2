/** Links the card may render. */

/**
 * The href to render for a source, or null. Catalog data is validated on the way in, but the card
 * re-checks: a single bad record (older schema, a bug in an import path) must not become a
 * `javascript:` link on a news page.
 */
export function safeHref(url: string | null | undefined): string | null {
  if (typeof url !== 'string' || url.length > 2048) return null;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.href;
}

/** "www.reuters.com" → "reuters.com", for a source without a publisher name. */
export function hostLabel(url: string): string | null {
  const href = safeHref(url);
  if (!href) return null;
  return new URL(href).hostname.replace(/^www\./, '') || null;
}
