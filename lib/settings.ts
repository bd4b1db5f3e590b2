/** User settings: parsed with zod on every read, so an old or damaged value falls back to defaults. */
import { z } from 'zod';

export const SettingsSchema = z.object({
  enabled: z.boolean().catch(true),
  /** Hostnames where DC Lens stays off. */
  disabledSites: z.array(z.string().max(253)).max(1000).catch([]),
  markStyle: z.enum(['underline', 'highlight', 'none']).catch('underline'),
  /** Dwell before a card opens on hover, like Wikipedia's page previews. */
  hoverDelayMs: z.number().int().min(0).max(3000).catch(350),
  theme: z.enum(['auto', 'light', 'dark']).catch('auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export function parseSettings(raw: unknown): Settings {
  return SettingsSchema.parse(typeof raw === 'object' && raw !== null ? raw : {});
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(hostname.toLowerCase());
}
