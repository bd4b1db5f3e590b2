/**
 * The toolbar popup: the current tab's data-center mentions (Known / New), saving a new one to the
 * catalog, and the settings. Wiring only: the views are in components/popup, the logic in lib/ui.
 *
 * Test hooks (data-testid):
 *   mention-row (one per mention; data-status="known" | "new"), mention-save (per new mention),
 *   save-form, save-submit, field-error (next to its field), link-form, link-submit, candidate-option,
 *   save-confirmation, page-restricted, page-off, page-site-off, page-unreachable, mentions-loading,
 *   refresh, toggle-enabled, toggle-site, open-manager.
 * Form fields are <label>ed with lib/ui/fields.ts FIELD_LABELS (getByLabel('Site name'), …).
 * URL parameters: popup.html?tab=<tabId>&save=<mention id> opens that mention's save form, for
 * a "Save" action started from the card; &candidate=<siteId> opens it in link mode with that site
 * chosen (the card's "Is it one of these?").
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ask, askTab } from '@/lib/browser/messaging';
import { loadSettings, saveSettings, watchSettings } from '@/lib/browser/settings';
import type { Operator } from '@/lib/catalog/schema';
import { candidateLine } from '@/lib/ui/candidates';
import type { PageRef } from '@/lib/ui/draft';
import { pageStatus, siteTogglePatch } from '@/lib/ui/page-status';
import { MentionIdSchema, type MentionSummary } from '@/lib/messaging/messages';
import type { Settings } from '@/lib/settings';
import type { PopupApi } from '@/components/popup/api';
import { MentionList } from '@/components/popup/MentionList';
import { PageNotice } from '@/components/popup/PageNotice';
import { SaveMention } from '@/components/popup/SaveMention';
import { SettingsFooter } from '@/components/popup/SettingsFooter';
import { applyTheme } from '@/components/shared/theme';

interface TabRef {
  id: number;
  url?: string;
}
type Scan = { state: 'loading' } | { state: 'ready'; page: PageRef; mentions: MentionSummary[] } | { state: 'unreachable' };
type View = { name: 'list' } | { name: 'save'; id: string; candidate?: string } | { name: 'saved'; message: string };

/** The content script needs a moment to scan after being switched on. */
const RESCAN_WAIT_MS = 1200;

async function findTab(params: URLSearchParams): Promise<TabRef | null> {
  const requested = Number(params.get('tab'));
  const tab = params.has('tab') && Number.isInteger(requested)
    ? await browser.tabs.get(requested).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id !== undefined ? { id: tab.id, url: tab.url } : null;
}

function initialView(params: URLSearchParams): View {
  const id = MentionIdSchema.safeParse(params.get('save'));
  if (!id.success) return { name: 'list' };
  const candidate = params.get('candidate');
  return candidate ? { name: 'save', id: id.data, candidate } : { name: 'save', id: id.data };
}

const api: PopupApi = {
  saveSite: (site, evidence) => ask('site.save', { site, evidence }),
  linkSite: async (siteId, evidence) => {
    await ask('site.link', { siteId, evidence });
  },
  candidates: async (ids) => {
    const replies = await Promise.all(ids.slice(0, 10).map((id) => ask('site.get', { id }).catch(() => null)));
    return replies.flatMap((r) => (r?.site ? [candidateLine(r.site, r.operators)] : []));
  },
};

export function App() {
  const params = useMemo(() => new URLSearchParams(location.search), []);
  const [tab, setTab] = useState<TabRef | null | undefined>(undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [operators, setOperators] = useState<Operator[]>([]);
  const [scan, setScan] = useState<Scan>({ state: 'loading' });
  const [view, setView] = useState<View>(() => initialView(params));
  const [problem, setProblem] = useState<string | null>(null);
  const wasInactive = useRef(false);

  const loadOperators = useCallback(() => {
    ask('operators.list', {}).then(
      (r) => setOperators(r.operators),
      () => setOperators([]),
    );
  }, []);

  useEffect(() => {
    findTab(params).then(setTab, () => setTab(null));
    loadSettings().then(setSettings, () => undefined);
    loadOperators();
    return watchSettings(setSettings);
  }, [params, loadOperators]);

  useEffect(() => {
    if (settings) applyTheme(settings.theme);
  }, [settings?.theme]);

  const status = settings ? pageStatus(tab?.url, settings) : null;

  const loadMentions = useCallback(async () => {
    if (!tab) return;
    setScan({ state: 'loading' });
    try {
      const r = await askTab(tab.id, 'tab.mentions', {});
      setScan({ state: 'ready', page: { url: r.url, title: r.title }, mentions: r.mentions });
    } catch {
      setScan({ state: 'unreachable' });
    }
  }, [tab]);

  useEffect(() => {
    if (tab === undefined || !status) return;
    if (status.kind !== 'active') {
      wasInactive.current = true;
      return;
    }
    if (!wasInactive.current) {
      void loadMentions();
      return;
    }
    setScan({ state: 'loading' });
    const timer = setTimeout(() => void loadMentions(), RESCAN_WAIT_MS);
    return () => clearTimeout(timer);
  }, [tab, status?.kind, loadMentions]);

  const changeSettings = (patch: Partial<Settings>) => {
    saveSettings(patch).then(setSettings, (e) => setProblem(`Could not save the setting: ${String(e)}`));
  };

  const reveal = (id: string) => {
    if (!tab) return;
    setProblem(null);
    askTab(tab.id, 'tab.reveal', { id }).catch(() => setProblem('That mention is no longer on the page. Try Refresh.'));
  };

  const openManager = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/manager.html') }).then(() => window.close());
  };

  const reloadPage = () => {
    if (tab) void browser.tabs.reload(tab.id).then(() => window.close());
  };

  const backToList = () => {
    setView({ name: 'list' });
    void loadMentions();
  };

  const body = () => {
    if (tab === undefined || !status) return <p class="muted">Loading…</p>;
    if (tab === null || status.kind !== 'active') {
      return (
        <PageNotice
          status={tab === null ? { kind: 'restricted' } : status}
          onTurnOn={() => changeSettings({ enabled: true })}
          onTurnOnSite={() => settings && status.kind === 'site-off' && changeSettings(siteTogglePatch(settings, status.hostname, false))}
        />
      );
    }
    if (view.name === 'saved') {
      return (
        <div class="notice notice--ok" role="status" data-testid="save-confirmation">
          <p>{view.message}</p>
          <p class="muted">The page’s marks update by themselves.</p>
          <button type="button" onClick={backToList}>
            Back to mentions
          </button>
        </div>
      );
    }
    if (scan.state === 'loading') {
      return (
        <p class="muted" role="status" data-testid="mentions-loading">
          Looking for data centers on this page…
        </p>
      );
    }
    if (scan.state === 'unreachable') {
      return (
        <div class="notice" data-testid="page-unreachable">
          <p>DC Lens isn’t running on this page yet (it was probably open before DC Lens was installed or updated).</p>
          <button type="button" class="primary" onClick={reloadPage}>
            Reload the page
          </button>
        </div>
      );
    }
    if (view.name === 'save') {
      const mention = scan.mentions.find((m) => m.id === view.id);
      if (!mention) {
        return (
          <div class="notice">
            <p>That mention is no longer on the page.</p>
            <button type="button" onClick={backToList}>
              Back to mentions
            </button>
          </div>
        );
      }
      return (
        <SaveMention
          mention={mention}
          candidate={view.candidate}
          page={scan.page}
          operators={operators}
          api={api}
          onCancel={() => setView({ name: 'list' })}
          onDone={(message) => {
            loadOperators();
            setView({ name: 'saved', message });
          }}
        />
      );
    }
    if (scan.mentions.length === 0) return <p class="notice">No data-center mentions found on this page.</p>;
    return <MentionList mentions={scan.mentions} onReveal={reveal} onSave={(id) => setView({ name: 'save', id })} />;
  };

  return (
    <div class="popup">
      <header class="popup-header">
        <h1>DC Lens</h1>
        {status?.kind === 'active' && view.name === 'list' && (
          <button type="button" class="link-button" data-testid="refresh" onClick={() => void loadMentions()}>
            Refresh
          </button>
        )}
      </header>
      <main class="popup-main">
        {problem && (
          <p class="notice notice--error" role="alert">
            {problem}
          </p>
        )}
        {body()}
      </main>
      {settings && view.name !== 'save' && <SettingsFooter settings={settings} hostname={status && 'hostname' in status ? status.hostname : null} onChange={changeSettings} onOpenManager={openManager} />}
    </div>
  );
}
