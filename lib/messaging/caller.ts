/**
 * Who is asking the background, and whether they may. A content script runs inside web pages, so
 * whatever it sends may be steered by a hostile page (or be a compromised renderer): it may only
 * ask for what a page needs (ContentToBackground). DC Lens's own pages may ask for everything.
 * One rule for one-off messages and for ports (import, export).
 */
import { ContentToBackground } from './messages';

export type CallerRole = 'extension-page' | 'content-script' | 'foreign';

/** The fields of a runtime.MessageSender / Port.sender this decision reads. */
export interface CallerInfo {
  id?: string;
  url?: string;
}

/** This extension: its id and the origin of its pages (runtime.getURL('')). */
export interface Self {
  id: string;
  origin: string;
}

export function callerRole(sender: CallerInfo, self: Self): CallerRole {
  if (sender.id !== self.id) return 'foreign';
  // A missing url is treated as a page's context: the least trusted of our own.
  return sender.url?.startsWith(self.origin) ? 'extension-page' : 'content-script';
}

const CONTENT_MAY_ASK: ReadonlySet<string> = new Set(Object.keys(ContentToBackground));

/** Null when `role` may send `type`; otherwise the reason it is refused. */
export function refusalOf(type: string, role: CallerRole): string | null {
  if (role === 'extension-page') return null;
  if (role === 'content-script') return CONTENT_MAY_ASK.has(type) ? null : `${type} is not available to content scripts`;
  return `${type} is only answered to DC Lens itself`;
}
