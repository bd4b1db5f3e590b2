/** What the popup can do on the current tab, decided from its URL and the settings alone. */
import { isActiveOn, type Settings } from '../settings';

export type PageStatus =
  | { kind: 'restricted' }
  | { kind: 'off' }
  | { kind: 'site-off'; hostname: string }
  | { kind: 'active'; hostname: string };

/** The content script only runs on http(s) pages (see its matches); everything else is closed to it. */
export function hostnameOf(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

export function pageStatus(url: string | undefined | null, settings: Settings): PageStatus {
  const hostname = hostnameOf(url);
  if (!hostname) return { kind: 'restricted' };
  if (!settings.enabled) return { kind: 'off' };
  return isActiveOn(settings, hostname) ? { kind: 'active', hostname } : { kind: 'site-off', hostname };
}

/** The settings patch for "Off on this site". */
export function siteTogglePatch(settings: Settings, hostname: string, off: boolean): Pick<Settings, 'disabledSites'> {
  const host = hostname.toLowerCase();
  const rest = settings.disabledSites.filter((h) => h !== host);
  return { disabledSites: off ? [...rest, host] : rest };
}
