/**
 * Ports that move whole catalogs (export, import) are for DC Lens's own pages only: a content
 * script runs inside web pages, so it must not be able to read or replace the catalog. The rule is
 * the message gate's (lib/messaging/caller.ts); a refused port is logged and left unanswered.
 */
import type { Browser } from 'wxt/browser';
import { self } from '@/lib/browser/message-core';
import { callerRole } from '@/lib/messaging/caller';

export function fromOwnPage(sender: Browser.runtime.MessageSender | undefined): boolean {
  if (callerRole(sender ?? {}, self()) === 'extension-page') return true;
  console.warn(`DC Lens: refused a catalog port to ${sender?.url ?? 'an unknown sender'}: only DC Lens's own pages may import or export`);
  return false;
}
