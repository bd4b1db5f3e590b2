/**
 * User settings, read in every context (the content script included, so no zod here): each field
 * is checked against the JSON Schema generated from lib/settings-schema.ts and falls back to its
 * default when missing or bad, exactly like the zod schema's .catch() (a unit test holds them equal).
 */
import { checkJson, type JsonSchema } from './messaging/json-check';
import schemas from './messaging/content-schemas.json';

export interface Settings {
  enabled: boolean;
  disabledSites: string[];
  markStyle: 'underline' | 'highlight' | 'none';
  hoverDelayMs: number;
  theme: 'auto' | 'light' | 'dark';
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  markStyle: 'underline',
  hoverDelayMs: 350,
  theme: 'auto',
});

const FIELDS = (schemas as unknown as { settings: { properties: Record<string, JsonSchema> } }).settings.properties;

export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]) {
    const value = source[key];
    const ok = value !== undefined && FIELDS[key] !== undefined && checkJson(FIELDS[key], value) === null;
    out[key] = ok ? value : structuredClone(DEFAULT_SETTINGS[key]);
  }
  return out as unknown as Settings;
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}
