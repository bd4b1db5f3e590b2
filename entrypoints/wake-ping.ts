/**
 * Starts DC Lens's service worker while the page is still loading. Chrome stops an idle MV3
 * worker after about 30 s, and starting it again costs hundreds of ms (even an empty worker's);
 * the content script that reads the page runs only after the load event, so its first message
 * would pay that start in full. This script runs at document_start and sends one message the
 * worker ignores (not a protocol envelope: lib/browser/message-core.ts), which starts it: the
 * worker reads its wake file and adopts its stored index meanwhile, overlapping the page's load.
 *
 * It also starts reading the settings (lib/browser/early-settings.ts), which the content script,
 * in the same isolated world, takes at the load event instead of reading them then. Nothing else:
 * no reply awaited, no page access. An unlisted script, not a
 * WXT content script (whose runtime brings the webextension polyfill: 12.7 KB on every page this
 * early), using `chrome` directly; wxt.config.ts declares it in the manifest, for Chrome only
 * (Firefox's MV2 background page does not stop).
 */
import { readSettingsEarly } from '@/lib/browser/early-settings';

interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

export default defineUnlistedScript(() => {
  const runtime = (globalThis as { chrome?: { runtime?: Runtime } }).chrome?.runtime;
  try {
    // Nobody answers it: the rejection ("message port closed") is expected.
    runtime?.sendMessage({ dcLensWake: 1 })?.catch(() => undefined);
  } catch {
    // An extension reloaded under the page: the main content script reports such states.
  }
  try {
    readSettingsEarly();
  } catch {
    // As above: the content script reads them itself.
  }
});
