/**
 * Settings read at document_start by the wake ping and taken by the content script at load: the
 * stored value, or a change made in between; taken once; the change listener gone once taken.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readSettingsEarly, takeEarlySettings } from '../../../lib/browser/early-settings';

type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

function fakeChrome(stored: unknown) {
  const listeners = new Set<Listener>();
  const storage = {
    local: { get: async (key: string) => (key === 'settings' ? { settings: stored } : {}) },
    onChanged: { addListener: (cb: Listener) => listeners.add(cb), removeListener: (cb: Listener) => listeners.delete(cb) },
  };
  (globalThis as { chrome?: unknown }).chrome = { storage };
  return { listeners, change: (changes: Record<string, { newValue?: unknown }>, area = 'local') => [...listeners].forEach((cb) => cb(changes, area)) };
}

afterEach(() => {
  takeEarlySettings();
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('settings read early', () => {
  it('hands the stored settings to the content script once', async () => {
    const chrome = fakeChrome({ markStyle: 'highlight' });
    readSettingsEarly();
    const early = takeEarlySettings();
    expect(await early).toEqual({ markStyle: 'highlight' });
    expect(takeEarlySettings()).toBeUndefined();
    expect(chrome.listeners.size).toBe(0);
  });

  it('hands over a change made between the read and the take, and only a change of the settings', async () => {
    const chrome = fakeChrome({ enabled: true });
    readSettingsEarly();
    chrome.change({ other: { newValue: 1 } });
    chrome.change({ settings: { newValue: { enabled: 'sync' } } }, 'sync');
    expect(await takeEarlySettings()).toEqual({ enabled: true });
    readSettingsEarly();
    chrome.change({ settings: { newValue: { enabled: false } } });
    expect(await takeEarlySettings()).toEqual({ enabled: false });
  });

  it('leaves nothing to take where no chrome.storage exists (Firefox has no wake ping)', () => {
    readSettingsEarly();
    expect(takeEarlySettings()).toBeUndefined();
  });
});
