/**
 * The catalog manager (/manager.html, also the options page): overview, browse and edit, export
 * and import, credits. Wiring only: views are in components/manager, logic in lib/ui.
 *
 * Test hooks (data-testid):
 *   overview: total, world-map
 *   browse: search, add-site, site-row (data-site-id), range, site-detail, site-edit, site-delete,
 *     sighting, save-form, save-submit, field-error, toast (with an "Undo" button after a delete)
 *   export: export-json, export-csv, export-status
 *   import: import-file, progress, import-preview, count-new / count-updated / count-unchanged /
 *     count-conflicts / count-invalid, invalid-row, conflict-row (data-key), conflicts-all-mine,
 *     conflicts-all-theirs, import-apply, import-done, import-error
 *   sources: source-built-in, source-url, source-subscribe, sources-note, source-row (data-url),
 *     source-checked, source-changed, source-counts, source-error, source-conflicts, source-conflict,
 *     source-update, source-remove
 *   credits: credit
 * Filters are <label>ed: getByLabel('Search sites' | 'Operator' | 'Country' | 'Status' | 'Kind' |
 * 'Origin' | 'Sort by'); form fields use lib/ui/fields.ts FIELD_LABELS.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask } from '@/lib/browser/messaging';
import { canTransfer, takeTransfer } from '@/lib/browser/file-transfer';
import { offerFile } from '@/lib/browser/file-offer';
import { loadSettings, watchSettings } from '@/lib/browser/settings';
import type { Operator } from '@/lib/catalog/schema';
import { INITIAL_BROWSE, isFiltered, toFilter, updateBrowse, type BrowseState } from '@/lib/ui/catalog-query';
import { z } from 'zod';
import { EXPORT_PORT, IMPORT_PORT } from '@/lib/messaging/messages';
import { ImportIdSchema } from '@/lib/sync/apply';
import { checkSourceUrl, isLoopback } from '@/lib/sync/subscription';
import { SourcesPanel } from '@/components/manager/SourcesPanel';
import type { ManagerApi, PagePort, Stats } from '@/components/manager/api';
import { receiveExport } from '@/components/manager/export-client';
import { BrowsePanel, type ToastRequest } from '@/components/manager/BrowsePanel';
import { Credits } from '@/components/manager/Credits';
import { ExportPanel } from '@/components/manager/ExportPanel';
import { ImportPanel } from '@/components/manager/ImportPanel';
import { Overview } from '@/components/manager/Overview';
import { useCatalogList } from '@/components/manager/useCatalogList';
import { useImport } from '@/components/manager/useImport';
import { applyTheme } from '@/components/shared/theme';
import { Toast } from '@/components/shared/Toast';

const TOAST_MS = 10_000;
const PENDING_IMPORT_KEY = 'dc-lens-pending-import';
const PendingImportSchema = z.object({ id: ImportIdSchema, fileName: z.string().max(300) });
const safeJson = (text: string | null): unknown => {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
};

function connect<Out>(name: string): PagePort<Out> {
  const port = browser.runtime.connect({ name });
  return {
    post: (message) => port.postMessage(message),
    onMessage: (listener) => port.onMessage.addListener((raw: unknown) => listener(raw)),
    onDisconnect: (listener) => port.onDisconnect.addListener(() => listener()),
    disconnect: () => port.disconnect(),
  };
}

const api: ManagerApi = {
  stats: () => ask('catalog.stats', {}),
  operators: async () => (await ask('operators.list', {})).operators,
  list: (request) => ask('catalog.list', request),
  site: (id) => ask('site.get', { id }),
  save: (site) => ask('site.save', { site }),
  remove: async (id) => {
    await ask('site.delete', { id });
  },
  restore: async (id) => {
    await ask('site.restore', { id });
  },
  exportCatalog: (request, onProgress) => receiveExport(connect(EXPORT_PORT), request, onProgress, canTransfer() ? takeTransfer : undefined),
  connectImport: () => connect(IMPORT_PORT),
  offerFile: (file) => offerFile(file),
  importOutcome: (id) => ask('import.outcome', { id }),
  newImportId: () => crypto.randomUUID(),
  rememberImport: (pending) => {
    if (pending) localStorage.setItem(PENDING_IMPORT_KEY, JSON.stringify(pending));
    else localStorage.removeItem(PENDING_IMPORT_KEY);
  },
  sources: async () => (await ask('sources.list', {})).sources,
  allowOrigin: async (url) => {
    const checked = checkSourceUrl(url);
    if (!checked.ok) return checked;
    if (isLoopback(checked.url)) return { ok: true };
    const granted = await browser.permissions.request({ origins: [`${checked.url.origin}/*`] });
    return granted ? { ok: true } : { ok: false, message: `DC Lens needs your permission to read ${checked.url.origin}; nothing was subscribed.` };
  },
  addSource: (url) => ask('sources.add', { url }),
  updateSource: async (id) => (await ask('sources.update', { id })).source,
  removeSource: (id) => ask('sources.remove', { id }),
  pendingImport: () => {
    const parsed = PendingImportSchema.safeParse(safeJson(localStorage.getItem(PENDING_IMPORT_KEY)));
    return parsed.success ? parsed.data : null;
  },
};

export function App() {
  const [stats, setStats] = useState<Stats | null>(null);
  const [operators, setOperators] = useState<Operator[]>([]);
  const [browse, setBrowse] = useState<BrowseState>(INITIAL_BROWSE);
  const [refreshKey, setRefreshKey] = useState(0);
  const [toast, setToast] = useState<ToastRequest | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const list = useCatalogList(api, browse, refreshKey);

  const refresh = useCallback(() => {
    api.stats().then(
      (s) => {
        setStats(s);
        setLoadError(null);
      },
      (e) => setLoadError(e instanceof Error ? e.message : String(e)),
    );
    api.operators().then(setOperators, () => undefined);
    setRefreshKey((n) => n + 1);
  }, []);

  const importer = useImport(api, refresh);

  useEffect(() => {
    refresh();
    loadSettings().then((s) => applyTheme(s.theme), () => undefined);
    const unwatch = watchSettings((s) => applyTheme(s.theme));
    // Sites saved from the popup meanwhile show up when the user comes back to this tab.
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      unwatch();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <div class="manager">
      <header class="manager-header">
        <h1>DC Lens catalog</h1>
        <nav aria-label="Sections">
          <a href="#overview">Overview</a>
          <a href="#browse">Browse</a>
          <a href="#transfer">Import &amp; export</a>
          <a href="#sources">Sources</a>
          <a href="#credits">Credits</a>
        </nav>
      </header>
      <main>
        {loadError && (
          <p class="alert" role="alert">
            Could not reach the catalog: {loadError}
          </p>
        )}
        <section id="overview" aria-labelledby="overview-heading">
          <h2 id="overview-heading">Overview</h2>
          <Overview stats={stats} />
        </section>
        <section id="browse" aria-labelledby="browse-heading">
          <h2 id="browse-heading">Browse</h2>
          <BrowsePanel
            api={api}
            operators={operators}
            countries={stats?.byCountry ?? []}
            browse={browse}
            list={list}
            onBrowse={(patch) => setBrowse((b) => updateBrowse(b, patch))}
            onChanged={refresh}
            catalogVersion={refreshKey}
            notify={setToast}
          />
        </section>
        <section id="transfer" aria-labelledby="transfer-heading">
          <h2 id="transfer-heading">Import &amp; export</h2>
          <div class="transfer-grid">
            <ExportPanel api={api} filter={toFilter(browse)} filtered={isFiltered(browse)} filteredTotal={list.total} />
            <ImportPanel controls={importer} />
          </div>
        </section>
        <section id="sources" aria-labelledby="sources-section-heading">
          <h2 id="sources-section-heading">Sources</h2>
          <SourcesPanel api={api} onChanged={refresh} />
        </section>
        <section id="credits" aria-labelledby="credits-heading">
          <h2 id="credits-heading">Credits</h2>
          <Credits />
        </section>
      </main>
      {toast && (
        <div class="toast-slot">
          <Toast
            message={toast.message}
            actionLabel={toast.actionLabel}
            onAction={
              toast.onAction &&
              (() => {
                setToast(null);
                toast.onAction?.();
              })
            }
            onClose={() => setToast(null)}
          />
        </div>
      )}
    </div>
  );
}
