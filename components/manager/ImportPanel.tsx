/** Import: choose a file, watch progress, review the preview and conflicts, then apply. */
import { MAX_IMPORT_BYTES, needsBackup } from '../../lib/ui/import-file';
import { PHASE_LABELS, progressAmount, progressFraction, remainingSeconds, type Choice, type ImportState, type Progress } from '../../lib/ui/import-state';
import { TableHead } from './TableHead';
import type { ImportControls } from './useImport';

const MAX_LISTED = 200;
const fmt = (n: number) => n.toLocaleString('en-US');

function ProgressBar({ progress, label, startedAt }: { progress: Progress | null; label: string; startedAt?: number }) {
  const fraction = progressFraction(progress);
  const left = startedAt === undefined ? null : remainingSeconds(progress, startedAt, Date.now());
  const text = progress
    ? `${PHASE_LABELS[progress.phase]}${progress.total > 0 ? ` ${progressAmount(progress)}` : '…'}${left === null ? '' : `, about ${fmt(left)} s left`}`
    : label;
  return (
    <div class="progress" data-testid="progress" role="status">
      <span class="progress-label">{text}</span>
      {/* Without a value the bar is indeterminate: the total is not known yet. */}
      {fraction === null ? <progress aria-label={text} /> : <progress aria-label={text} value={fraction} max={1} />}
    </div>
  );
}

type PreviewState = Extract<ImportState, { step: 'preview' }>;

function Preview({ state, controls }: { state: PreviewState; controls: ImportControls }) {
  const { counts, conflicts, invalid } = state.preview;
  // Records, not fields: a record with conflicts is one of the updated ones.
  const changes = counts.new + counts.updated;
  return (
    <div class="import-preview" data-testid="import-preview">
      <h3>Preview of “{state.fileName}”</h3>
      <ul class="import-counts">
        <li data-testid="count-new">
          <strong>{fmt(counts.new)}</strong> new
        </li>
        <li data-testid="count-updated">
          <strong>{fmt(counts.updated)}</strong> updated
        </li>
        <li data-testid="count-unchanged">
          <strong>{fmt(counts.unchanged)}</strong> unchanged
        </li>
        <li data-testid="count-conflicts">
          <strong>{fmt(counts.conflicts)}</strong> conflicts
        </li>
        <li data-testid="count-invalid">
          <strong>{fmt(counts.invalid)}</strong> invalid (skipped)
        </li>
      </ul>

      {invalid.length > 0 && (
        <details class="invalid-list">
          <summary>Invalid records ({fmt(counts.invalid)})</summary>
          <table>
            <TableHead columns={['Record', 'Field', 'Reason']} />
            <tbody>
              {invalid.slice(0, MAX_LISTED).map((r, i) => (
                <tr key={i} data-testid="invalid-row">
                  <td>{r.record}</td>
                  <td>{r.field}</td>
                  <td>{r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {counts.invalid > Math.min(invalid.length, MAX_LISTED) && <p class="muted">and {fmt(counts.invalid - Math.min(invalid.length, MAX_LISTED))} more</p>}
        </details>
      )}

      {conflicts.length > 0 && (
        <fieldset class="conflicts">
          <legend>Conflicts: you edited these, and the file says otherwise</legend>
          <div class="conflict-all">
            <button type="button" data-testid="conflicts-all-mine" onClick={() => controls.chooseAll('local')}>
              All mine
            </button>
            <button type="button" data-testid="conflicts-all-theirs" onClick={() => controls.chooseAll('incoming')}>
              All theirs
            </button>
          </div>
          <table>
            <TableHead columns={['Site', 'Field', 'Mine', 'Theirs', 'Keep']} />
            <tbody>
              {conflicts.map((c) => {
                const pick = (choice: Choice) => controls.choose(c.key, choice);
                const chosen = state.choices[c.key] ?? 'local';
                const context = `${c.recordName}, ${c.field}`;
                return (
                  <tr key={c.key} data-testid="conflict-row" data-key={c.key}>
                    <td>{c.recordName}</td>
                    <td>{c.field}</td>
                    <td class="value">{c.local}</td>
                    <td class="value">{c.incoming}</td>
                    <td class="choice">
                      <label>
                        <input type="radio" name={`conflict-${c.key}`} value="local" checked={chosen === 'local'} onChange={() => pick('local')} /> Keep mine
                        <span class="visually-hidden"> ({context})</span>
                      </label>
                      <label>
                        <input type="radio" name={`conflict-${c.key}`} value="incoming" checked={chosen === 'incoming'} onChange={() => pick('incoming')} /> Take theirs
                        <span class="visually-hidden"> ({context})</span>
                      </label>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </fieldset>
      )}

      {needsBackup(counts) && <p class="muted">Your current catalog is downloaded as a backup file before anything is changed.</p>}
      <div class="form-actions">
        <button type="button" onClick={controls.cancel}>
          Cancel
        </button>
        <button type="button" class="primary" data-testid="import-apply" disabled={changes === 0 || controls.backingUp} onClick={() => void controls.apply()}>
          {controls.backingUp ? 'Saving backup…' : changes === 0 ? 'Nothing to import' : `Import ${fmt(changes)} ${changes === 1 ? 'record' : 'records'}`}
        </button>
      </div>
    </div>
  );
}

export function ImportPanel({ controls }: { controls: ImportControls }) {
  const { state } = controls;
  const busy = state.step === 'reading' || state.step === 'checking' || state.step === 'applying' || state.step === 'confirming';
  return (
    <section class="import" aria-labelledby="import-heading">
      <h3 id="import-heading">Import</h3>
      <p class="muted">
        A DC Lens export (JSON) or a CSV file, up to {MAX_IMPORT_BYTES / (1024 * 1024)} MB. You see what would change before anything does.
      </p>
      <label class="file-input">
        Import a file (JSON or CSV)
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          data-testid="import-file"
          disabled={busy}
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            // Cleared so choosing the same file again (after a fix) starts a new import.
            input.value = '';
            if (file) void controls.start(file);
          }}
        />
      </label>

      {state.step === 'reading' && <ProgressBar progress={null} label={`Reading “${state.fileName}”…`} />}
      {state.step === 'checking' && <ProgressBar progress={state.progress} label="Sending the file…" />}
      {state.step === 'applying' && <ProgressBar progress={state.progress} label="Applying…" startedAt={state.startedAt} />}
      {state.step === 'confirming' && <ProgressBar progress={null} label={`The connection was lost while applying “${state.fileName}”; checking whether it was applied…`} />}
      {busy && state.step !== 'confirming' && (
        <button type="button" onClick={controls.cancel}>
          Cancel import
        </button>
      )}
      {state.step === 'preview' && <Preview state={state} controls={controls} />}
      {state.step === 'done' && (
        <div class="notice notice--ok" role="status" data-testid="import-done">
          <p>
            {fmt(state.applied)} {state.applied === 1 ? 'record' : 'records'} applied from “{state.fileName}”.
          </p>
          {state.backupName && <p class="muted">Backup: {state.backupName}</p>}
        </div>
      )}
      {state.step === 'error' && (
        <div class="alert" role="alert" data-testid="import-error">
          <p>
            <strong>Import failed.</strong> {state.message}
          </p>
          {state.unchanged && <p class="muted">Your catalog was not changed.</p>}
        </div>
      )}
    </section>
  );
}
