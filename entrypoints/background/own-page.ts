/**
 * Ports that move whole catalogs (export, import) are for DC Lens's own pages only: a content
 * script runs inside web pages, so it must not be able to read or replace the catalog.
 */
import { browser, type Browser } from 'wxt/browser';

export function fromOwnPage(sender: Browser.runtime.MessageSender | undefined): boolean {
  if (!sender || sender.id !== browser.runtime.id) return false;
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}
