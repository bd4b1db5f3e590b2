/** Source-list hygiene applied to every site: clean links, one entry per link, readable publishers. */
import type { Source } from '../schema';

const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|_p_lc|ref_src)$/i;

/** Drops tracking parameters; keeps everything else (including archive paths) untouched. */
export function cleanUrl(url: string): string {
  const u = new URL(url);
  for (const key of [...u.searchParams.keys()]) if (TRACKING.test(key)) u.searchParams.delete(key);
  return u.toString();
}

/** "web.archive.org/web/2025.../https://www.commerce.gov/..." is published by commerce.gov. */
export function publisherOf(url: string): string {
  const inner = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/[^\s]+)$/.exec(url)?.[1];
  try {
    return new URL(inner ?? url).hostname.replace(/^www\./, '');
  } catch {
    return new URL(url).hostname.replace(/^www\./, '');
  }
}

export function tidySources(sources: Source[], max = 20): Source[] {
  const out = new Map<string, Source>();
  for (const s of sources) {
    const url = cleanUrl(s.url);
    const prev = out.get(url);
    // Keep the richer of two entries for the same link (a hand-written title beats a bare URL).
    if (!prev || (!prev.title && s.title)) {
      const auto = !s.publisher || s.publisher === new URL(s.url).hostname.replace(/^www\./, '');
      out.set(url, { ...s, url, publisher: auto ? publisherOf(url) : s.publisher });
    }
  }
  return [...out.values()].slice(0, max);
}

/** True for a parseable https link (dataset cells hold anything). */
export function isHttpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}
