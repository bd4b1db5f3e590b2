import { useState } from 'preact/hooks';
import type { SiteFilter } from '../../lib/messaging/messages';
import { downloadBlob } from '../shared/download';
import type { ManagerApi } from './api';

interface Props {
  api: ManagerApi;
  /** The browse filter, offered as an export scope when something is filtered. */
  filter: SiteFilter;
  filtered: boolean;
  /** Sites the filter matches, for the label. */
  filteredTotal: number;
}

type Scope = 'all' | 'filter';

export function ExportPanel({ api, filter, filtered, filteredTotal }: Props) {
  const [scope, setScope] = useState<Scope>('all');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const effective: Scope = filtered ? scope : 'all';

  const run = async (format: 'json' | 'csv') => {
    setBusy(true);
    setStatus(null);
    try {
      const request = { format, purpose: 'export' as const, ...(effective === 'filter' ? { filter } : {}) };
      const reply = await api.exportCatalog(request, (done, total) => setProgress({ done, total }));
      downloadBlob(reply.blob, reply.filename);
      setStatus({ ok: true, text: `Exported ${reply.count.toLocaleString('en-US')} sites to ${reply.filename}.` });
    } catch (e) {
      setStatus({ ok: false, text: `Export failed: ${e instanceof Error ? e.message : String(e)}` });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  return (
    <section class="export" aria-labelledby="export-heading">
      <h3 id="export-heading">Export</h3>
      <fieldset class="export-scope">
        <legend>What to export</legend>
        <label>
          <input type="radio" name="export-scope" value="all" checked={effective === 'all'} onChange={() => setScope('all')} /> The whole catalog
        </label>
        <label>
          <input type="radio" name="export-scope" value="filter" checked={effective === 'filter'} disabled={!filtered} onChange={() => setScope('filter')} /> Only the
          sites matching the current search and filters{filtered ? ` (${filteredTotal.toLocaleString('en-US')})` : ''}
        </label>
      </fieldset>
      <div class="form-actions form-actions--start">
        <button type="button" data-testid="export-json" disabled={busy} onClick={() => void run('json')}>
          Export JSON
        </button>
        <button type="button" data-testid="export-csv" disabled={busy} onClick={() => void run('csv')}>
          Export CSV
        </button>
      </div>
      {busy && progress && (
        <p class="muted" role="status" data-testid="export-progress">
          Exporting: {progress.done.toLocaleString('en-US')} of {progress.total.toLocaleString('en-US')} records read
        </p>
      )}
      <p class="muted">JSON keeps everything and can be imported again; CSV opens in a spreadsheet.</p>
      {status && (
        <p class={status.ok ? 'notice notice--ok' : 'notice notice--error'} role={status.ok ? 'status' : 'alert'} data-testid="export-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
