/**
 * "Sources": where the catalog's records come from. The built-in seed and data pack (with their
 * licences) and the catalogs the user subscribed to, each with when it was last checked, when it
 * last changed, its error if the last check failed, and the user's edits it disagrees with.
 * Strings from a source (its URL, its records' names) render as text only.
 */
import { useEffect, useState } from 'preact/hooks';
import type { SourceState } from '../../lib/sync/subscription';
import type { ManagerApi } from './api';
import { TableHead } from './TableHead';

/** Shipped with the extension; updated with it, not fetched. */
const BUILT_IN: ReadonlyArray<{ name: string; licence: string; what: string }> = [
  { name: 'DC Lens seed catalog', licence: 'CC BY 4.0, MIT, Apache-2.0 (see Credits)', what: 'Cloud regions, frontier AI data centers, GPU clusters and US data centers from openly licensed data.' },
  { name: 'OpenStreetMap data pack (catalog/osm.json)', licence: 'ODbL 1.0, © OpenStreetMap contributors', what: 'Data-center buildings worldwide, kept as a separate layer under its own licence.' },
];

const when = (iso?: string) => (iso ? new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' }) : 'never');
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function SourceRow({ source, api, onChange }: { source: SourceState; api: ManagerApi; onChange: (note: string | null) => void }) {
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      onChange(await work());
    } catch (e) {
      onChange(message(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class="source" data-testid="source-row" data-url={source.url}>
      <p class="source-url">{source.url}</p>
      <p class="muted">
        Last checked: <span data-testid="source-checked">{when(source.lastChecked)}</span> · Last changed: <span data-testid="source-changed">{when(source.lastChanged)}</span>
        {source.nextCheck && <> · Next check: {when(source.nextCheck)}</>}
      </p>
      {source.lastCounts && !source.error && (
        <p class="muted" data-testid="source-counts">
          Last update: {source.lastCounts.added} new, {source.lastCounts.updated} updated, {source.lastCounts.removed} removed sites.
        </p>
      )}
      {source.error && (
        <p class="notice notice--error" role="alert" data-testid="source-error">
          {source.error} Nothing was changed.
        </p>
      )}
      {source.conflictCount > 0 && (
        <details class="conflicts" data-testid="source-conflicts">
          <summary>
            {source.conflictCount} of your edits differ from this source; yours are kept
          </summary>
          <table>
            <TableHead columns={['Site', 'Field', 'Yours (kept)', "The source's"]} />
            <tbody>
              {source.conflicts.map((c) => (
                <tr key={c.key} data-testid="source-conflict" data-key={c.key}>
                  <td>{c.recordName}</td>
                  <td>{c.field}</td>
                  <td class="value">{c.local}</td>
                  <td class="value">{c.incoming}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      <div class="form-actions form-actions--start">
        <button type="button" data-testid="source-update" disabled={busy} onClick={() => void run(async () => (await api.updateSource(source.id)).error ?? null)}>
          {busy ? 'Working…' : 'Update now'}
        </button>
        <button
          type="button"
          data-testid="source-remove"
          disabled={busy}
          onClick={() => void run(async () => `Removed; ${(await api.removeSource(source.id)).removed} sites that came only from it were removed too.`)}
        >
          Remove
        </button>
      </div>
    </li>
  );
}

export function SourcesPanel({ api, onChanged }: { api: ManagerApi; onChanged: () => void }) {
  const [sources, setSources] = useState<SourceState[] | null>(null);
  const [url, setUrl] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  const reload = () => api.sources().then(setSources, (e) => setNote(message(e)));
  useEffect(() => void reload(), []);
  const changed = (text: string | null) => {
    setNote(text);
    void reload();
    onChanged();
  };

  const subscribe = async (e: Event) => {
    e.preventDefault();
    setAdding(true);
    setNote(null);
    try {
      // Asked now, from the click: nothing is fetched from a site the user did not allow.
      const allowed = await api.allowOrigin(url);
      if (!allowed.ok) return setNote(allowed.message);
      const { source } = await api.addSource(url);
      setUrl('');
      changed(source.error ? `Subscribed, but the first check failed: ${source.error}` : 'Subscribed.');
    } catch (err) {
      setNote(message(err));
    } finally {
      setAdding(false);
    }
  };

  return (
    <section class="sources" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Built-in data and subscribed catalogs</h3>
      <ul class="sources-list">
        {BUILT_IN.map((b) => (
          <li key={b.name} class="source source--built-in" data-testid="source-built-in">
            <p>
              <strong>{b.name}</strong> · built in · <span class="muted">{b.licence}</span>
            </p>
            <p class="muted">{b.what}</p>
          </li>
        ))}
        {sources?.map((s) => <SourceRow key={s.id} source={s} api={api} onChange={changed} />)}
      </ul>
      <form class="source-add" onSubmit={(e) => void subscribe(e)}>
        <label>
          Subscribe to a catalog (the address of a DC Lens export file, https)
          <input type="url" required value={url} data-testid="source-url" placeholder="https://example.org/team-catalog.json" onInput={(e) => setUrl(e.currentTarget.value)} />
        </label>
        <button type="submit" data-testid="source-subscribe" disabled={adding}>
          {adding ? 'Subscribing…' : 'Subscribe'}
        </button>
      </form>
      <p class="muted">A source is checked daily (or as its server asks, at most hourly). Your own edits are never overwritten: where the source disagrees, yours are kept and listed.</p>
      {note && (
        <p class="notice" role="status" data-testid="sources-note">
          {note}
        </p>
      )}
    </section>
  );
}
