/**
 * User settings: their schema, defaults, reading and what they decide. Storage is in
 * lib/browser/settings.ts (the only part of lib/ that may call extension APIs).
 *
 * Every context reads settings, the content script included, and the content script cannot afford
 * zod (its size budget): it checks each field against the JSON Schema generated from the zod
 * schema (lib/messaging/content-schemas.json) and falls back to that field's default when missing
 * or bad, exactly like the zod schema's .catch() (a unit test holds them equal).
 */
import { z } from 'zod';
import { checkJson, type JsonSchema } from './messaging/json-check';
import schemas from './messaging/content-schemas.json';

/**
 * The settings' zod schema: the source of truth. Each field falls back to its default on a bad
 * value (.catch), so an old or damaged stored value never breaks DC Lens. A function rather than a
 * constant so that a bundle which never calls it (the content script's) leaves zod out.
 */
export function settingsSchema() {
  return z.object({
    enabled: z.boolean().catch(true),
    /** Hostnames where DC Lens stays off. */
    disabledSites: z.array(z.string().max(253)).max(1000).catch([]),
    markStyle: z.enum(['underline', 'highlight', 'none']).catch('underline'),
    /** Dwell before a card opens on hover, like Wikipedia's page previews. */
    hoverDelayMs: z.number().int().min(0).max(3000).catch(350),
    theme: z.enum(['auto', 'light', 'dark']).catch('auto'),
  });
}

export type Settings = z.infer<ReturnType<typeof settingsSchema>>;

const FIELDS = (schemas as unknown as { settings: { properties: Record<keyof Settings, JsonSchema & { default: unknown }> } }).settings.properties;

/** Each field's `.catch()` value, as the generated JSON Schema carries it. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(Object.entries(FIELDS).map(([key, field]) => [key, field.default])) as Settings,
);

export function parseSettings(raw: unknown): Settings {
  const source = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(FIELDS) as (keyof Settings)[]) {
    const value = source[key];
    const ok = value !== undefined && checkJson(FIELDS[key], value) === null;
    out[key] = ok ? value : structuredClone(DEFAULT_SETTINGS[key]);
  }
  return out as Settings;
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}
