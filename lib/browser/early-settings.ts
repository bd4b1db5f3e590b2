/**
 * The settings, read at document_start (Chrome). The wake ping (entrypoints/wake-ping.ts) starts
 * the read while the page loads, and the content script, which runs in the same isolated world
 * at about the load event, takes its answer instead of asking storage then: one storage round
 * trip less between the load event and the first mark (1-100 ms on a busy machine). A change made
 * in between replaces the answer. `chrome` directly: the wake ping carries no polyfill.
 */
type Listener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;
interface Storage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
}
interface Early {
  value: Promise<unknown>;
  stop(): void;
}

/** Where lib/browser/settings.ts keeps them (not imported: it brings the polyfill). */
const KEY = 'settings';
const SLOT = Symbol.for('dc-lens.early-settings');

export function readSettingsEarly(): void {
  const storage = (globalThis as { chrome?: { storage?: Storage } }).chrome?.storage;
  if (!storage) return;
  const listener: Listener = (changes, area) => {
    if (area === 'local' && KEY in changes) early.value = Promise.resolve(changes[KEY].newValue);
  };
  const early: Early = { value: storage.local.get(KEY).then((r) => r[KEY]), stop: () => storage.onChanged.removeListener(listener) };
  early.value.catch(() => undefined);
  storage.onChanged.addListener(listener);
  (globalThis as Record<symbol, unknown>)[SLOT] = early;
}

/** The stored settings as read early (raw: parse them), once; undefined when nothing read them. */
export function takeEarlySettings(): Promise<unknown> | undefined {
  const slot = globalThis as Record<symbol, Early | undefined>;
  const early = slot[SLOT];
  if (!early) return undefined;
  delete slot[SLOT];
  early.stop();
  return early.value;
}
