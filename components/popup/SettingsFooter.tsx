import { useEffect, useState } from 'preact/hooks';
import { siteTogglePatch } from '../../lib/ui/page-status';
import type { Settings } from '../../lib/settings';

interface Props {
  settings: Settings;
  /** Null on pages without a hostname (browser pages, files). */
  hostname: string | null;
  onChange: (patch: Partial<Settings>) => void;
  onOpenManager: () => void;
}

const MARK_STYLES: ReadonlyArray<[Settings['markStyle'], string]> = [
  ['underline', 'Underline'],
  ['highlight', 'Highlight'],
  ['none', 'None'],
];
const THEMES: ReadonlyArray<[Settings['theme'], string]> = [
  ['auto', 'Auto'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

export function SettingsFooter({ settings, hostname, onChange, onOpenManager }: Props) {
  // The delay is committed on change (blur/enter), so typing "350" does not save "3" and "35".
  const [delay, setDelay] = useState(String(settings.hoverDelayMs));
  useEffect(() => setDelay(String(settings.hoverDelayMs)), [settings.hoverDelayMs]);
  const siteOff = hostname !== null && settings.disabledSites.includes(hostname.toLowerCase());

  const commitDelay = () => {
    const n = Math.round(Number(delay));
    if (!Number.isFinite(n) || delay.trim() === '') return setDelay(String(settings.hoverDelayMs));
    const clamped = Math.min(3000, Math.max(0, n));
    setDelay(String(clamped));
    if (clamped !== settings.hoverDelayMs) onChange({ hoverDelayMs: clamped });
  };

  return (
    <footer class="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading" class="visually-hidden">
        Settings
      </h2>
      <div class="settings-toggles">
        <label class="switch">
          <input type="checkbox" checked={settings.enabled} data-testid="toggle-enabled" onChange={(e) => onChange({ enabled: e.currentTarget.checked })} />
          DC Lens on
        </label>
        {hostname && (
          <label class="switch">
            <input
              type="checkbox"
              checked={siteOff}
              data-testid="toggle-site"
              onChange={(e) => onChange(siteTogglePatch(settings, hostname, e.currentTarget.checked))}
            />
            Off on {hostname}
          </label>
        )}
      </div>
      <div class="settings-grid">
        <label>
          Hover delay (ms)
          <input
            type="number"
            min={0}
            max={3000}
            step={50}
            value={delay}
            onInput={(e) => setDelay(e.currentTarget.value)}
            onChange={commitDelay}
          />
        </label>
        <label>
          Mark style
          <select value={settings.markStyle} onChange={(e) => onChange({ markStyle: e.currentTarget.value as Settings['markStyle'] })}>
            {MARK_STYLES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          Theme
          <select value={settings.theme} onChange={(e) => onChange({ theme: e.currentTarget.value as Settings['theme'] })}>
            {THEMES.map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" class="open-manager" data-testid="open-manager" onClick={onOpenManager}>
        Open catalog manager
      </button>
    </footer>
  );
}
