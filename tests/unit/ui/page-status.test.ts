import { describe, expect, it } from 'vitest';
import { candidateLine } from '../../../lib/ui/candidates';
import { hostnameOf, pageStatus, siteTogglePatch } from '../../../lib/ui/page-status';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { OPERATORS, site } from './fixtures';

describe('pageStatus', () => {
  it('calls browser and local pages restricted', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///home/a.html', 'chrome-extension://abc/popup.html', undefined, 'nonsense']) {
      expect(pageStatus(url, DEFAULT_SETTINGS)).toEqual({ kind: 'restricted' });
    }
  });
  it('tells off, off for this site, and active apart', () => {
    const url = 'https://www.Reuters.com/technology/x';
    expect(hostnameOf(url)).toBe('www.reuters.com');
    expect(pageStatus(url, DEFAULT_SETTINGS)).toEqual({ kind: 'active', hostname: 'www.reuters.com' });
    expect(pageStatus(url, { ...DEFAULT_SETTINGS, enabled: false })).toEqual({ kind: 'off' });
    expect(pageStatus(url, { ...DEFAULT_SETTINGS, disabledSites: ['www.reuters.com'] })).toEqual({ kind: 'site-off', hostname: 'www.reuters.com' });
  });
  it('adds and removes a site from the off list without duplicates', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['a.com'] };
    expect(siteTogglePatch(s, 'B.com', true)).toEqual({ disabledSites: ['a.com', 'b.com'] });
    expect(siteTogglePatch({ ...s, disabledSites: ['a.com', 'b.com'] }, 'b.com', true)).toEqual({ disabledSites: ['a.com', 'b.com'] });
    expect(siteTogglePatch(s, 'a.com', false)).toEqual({ disabledSites: [] });
  });
});

describe('candidateLine', () => {
  it('names the site with place and operators', () => {
    const line = candidateLine(site(), OPERATORS);
    expect(line.id).toBe('xai-colossus-1');
    expect(line.name).toBe('Colossus');
    expect(line.detail).toContain('Memphis');
    expect(line.detail).toContain('xAI');
  });
});
