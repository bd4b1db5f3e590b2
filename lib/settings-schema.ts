/**
 * The settings' zod schema: the source of truth. Each field falls back to its default on a bad
 * value (.catch), so an old or damaged stored value never breaks DC Lens. The content script reads
 * settings through the JSON Schema generated from this (see lib/settings.ts), not through zod.
 */
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
