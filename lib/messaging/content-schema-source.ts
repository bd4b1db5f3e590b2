/** Which zod schemas the content script receives, as JSON Schemas (see scripts/gen-content-schemas.ts). */
import { z } from 'zod';
import { BackgroundProtocol, TabProtocol } from './messages';
import { settingsSchema } from '../settings';

/** Replies the content script reads, and requests it answers. */
export const CONTENT_RECEIVES = {
  'reply:detect': BackgroundProtocol.detect.response,
  'reply:detect.chunks': BackgroundProtocol['detect.chunks'].response,
  'reply:card.get': BackgroundProtocol['card.get'].response,
  'reply:ui.openSave': BackgroundProtocol['ui.openSave'].response,
  'request:tab.mentions': TabProtocol['tab.mentions'].request,
  'request:tab.reveal': TabProtocol['tab.reveal'].request,
  'request:catalog.changed': TabProtocol['catalog.changed'].request,
  /** Stored settings, read by every context. */
  settings: settingsSchema(),
} as const;

export type ContentSchemaName = keyof typeof CONTENT_RECEIVES;

export function contentSchemas(): Record<ContentSchemaName, unknown> {
  const out = {} as Record<ContentSchemaName, unknown>;
  for (const [name, schema] of Object.entries(CONTENT_RECEIVES) as [ContentSchemaName, z.ZodType][]) {
    // Replies are the background's output; requests arrive as the sender's input.
    const io = name.startsWith('reply:') || name === 'settings' ? 'output' : 'input';
    // Refinements (http(s)-only links) can't be expressed; the background already enforced them.
    out[name] = z.toJSONSchema(schema, { io, unrepresentable: 'any', reused: 'inline', cycles: 'throw' });
  }
  return out;
}
