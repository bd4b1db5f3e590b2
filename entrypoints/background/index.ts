/**
 * The background service worker: the only owner of the catalog database. It answers the typed
 * messages of lib/messaging/messages.ts, runs the detector for pages, and imports catalogs over a port.
 */
// First: the wake file's read begins while the rest of the script is evaluated.
import './wake-start';
import '@/lib/browser/context-init';
import { serveBackground } from '@/lib/browser/messaging';
import { CatalogState } from './catalog-state';
import { createHandlers } from './handlers';
import { listenForExports } from './export-port';
import { listenForImports } from './import-port';
import { Sources } from './sources';

export default defineBackground(() => {
  const state = new CatalogState();
  // Tests and `npm start` wait on this before reading a page.
  (globalThis as { dcLensReady?: Promise<void> }).dcLensReady = state.ready;
  state.ready.catch((error) => console.error('DC Lens: catalog failed to open', error));
  // Listeners are registered synchronously, as MV3 requires; handlers wait for the catalog.
  const sources = new Sources(state);
  sources.listen();
  serveBackground(createHandlers(state, sources));
  listenForImports(state);
  listenForExports(state);
});
