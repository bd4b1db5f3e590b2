/**
 * The import conversation over the port: read the file, send it in chunks, follow progress, show
 * the preview, back up, apply. Every message from the background is parsed before it is used.
 */
import { useCallback, useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { checkImportFile, chunkMessages, detectFormat, nameWithExtension, needsBackup } from '../../lib/ui/import-file';
import { IDLE, importReducer, type Choice, type ImportState } from '../../lib/ui/import-state';
import { ImportServerMessage } from '../../lib/messaging/messages';
import { downloadBlob } from '../shared/download';
import type { ImportPort, ManagerApi } from './api';

export interface ImportControls {
  state: ImportState;
  backingUp: boolean;
  start: (file: File) => Promise<void>;
  choose: (key: string, choice: Choice) => void;
  chooseAll: (choice: Choice) => void;
  apply: () => Promise<void>;
  cancel: () => void;
  reset: () => void;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const OUTCOME_POLL_MS = 1000;

export function useImport(api: ManagerApi, onApplied: () => void): ImportControls {
  const [state, dispatch] = useReducer(importReducer, IDLE);
  const [backingUp, setBackingUp] = useState(false);
  const portRef = useRef<ImportPort | null>(null);

  /** Forget the port first, so its disconnect is not taken for a failure. */
  const close = useCallback(() => {
    const port = portRef.current;
    portRef.current = null;
    port?.disconnect();
  }, []);

  useEffect(() => close, [close]);

  useEffect(() => {
    if (state.step === 'done') onApplied();
    if (state.step === 'done' || state.step === 'error') api.rememberImport(null);
  }, [state.step]);

  // An import whose connection was lost (or whose manager was closed) is asked about until it is
  // known to be applied or not; the answer is what the panel shows.
  const confirming = state.step === 'confirming' ? state : null;
  useEffect(() => {
    const pending = confirming ?? (state.step === 'idle' ? api.pendingImport() : null);
    if (!pending) return;
    const id = 'importId' in pending ? pending.importId : pending.id;
    let stopped = false;
    const ask = async () => {
      try {
        const outcome = await api.importOutcome(id);
        if (stopped) return;
        dispatch({ type: 'outcome', fileName: pending.fileName, importId: id, ...outcome });
        if (outcome.state === 'running') setTimeout(() => void ask(), OUTCOME_POLL_MS);
      } catch {
        // The worker is restarting: ask again shortly.
        if (!stopped) setTimeout(() => void ask(), OUTCOME_POLL_MS);
      }
    };
    void ask();
    return () => {
      stopped = true;
    };
  }, [confirming?.importId]);

  const start = async (file: File) => {
    close();
    const check = checkImportFile(file);
    if (!check.ok) return dispatch({ type: 'fail', message: check.message });
    dispatch({ type: 'read', fileName: file.name });
    let head: string;
    try {
      // The start tells JSON from CSV; the whole text is read only if it has to go in chunks.
      head = await file.slice(0, 4096).text();
    } catch (e) {
      return dispatch({ type: 'fail', message: `Could not read “${file.name}”: ${message(e)}` });
    }
    const format = detectFormat(file.name, head);
    if (!format) return dispatch({ type: 'fail', message: `“${file.name}” is neither JSON nor CSV. Choose a DC Lens export (.json) or a CSV file with a header row.` });
    const name = nameWithExtension(file.name, format);

    let port: ImportPort;
    try {
      port = api.connectImport();
    } catch (e) {
      return dispatch({ type: 'fail', message: `Could not start the import: ${message(e)}` });
    }
    portRef.current = port;
    port.onMessage((raw) => {
      if (portRef.current !== port) return;
      const parsed = ImportServerMessage.safeParse(raw);
      if (!parsed.success) {
        close();
        return dispatch({ type: 'fail', message: 'The import stopped: the extension sent a message this page does not understand.' });
      }
      dispatch({ type: 'server', message: parsed.data });
      if (parsed.data.type === 'done' || parsed.data.type === 'error') close();
    });
    port.onDisconnect(() => {
      if (portRef.current !== port) return;
      portRef.current = null;
      dispatch({ type: 'disconnected' });
    });
    dispatch({ type: 'send' });
    try {
      // Handed over whole, by reference, when possible: 90 MB through messages costs seconds.
      const key = api.offerFile(file);
      if (key) port.post({ type: 'file', key, name });
      else for (const chunk of chunkMessages(await file.text(), name)) port.post(chunk);
    } catch (e) {
      close();
      dispatch({ type: 'fail', message: `Could not send the file: ${message(e)}` });
    }
  };

  const apply = async () => {
    if (state.step !== 'preview' || backingUp) return;
    const port = portRef.current;
    if (!port) return dispatch({ type: 'disconnected' });
    if (needsBackup(state.preview.counts)) {
      setBackingUp(true);
      try {
        const backup = await api.exportCatalog({ format: 'json', purpose: 'backup' });
        downloadBlob(backup.blob, backup.filename);
      } catch (e) {
        close();
        return dispatch({ type: 'fail', message: `Could not save a backup first, so nothing was imported: ${message(e)}` });
      } finally {
        setBackingUp(false);
      }
    }
    const importId = api.newImportId();
    api.rememberImport({ id: importId, fileName: state.fileName });
    dispatch({ type: 'apply', importId, at: Date.now() });
    try {
      port.post({ type: 'apply', choices: state.choices, importId });
    } catch (e) {
      close();
      dispatch({ type: 'fail', message: `Could not apply the import: ${message(e)}` });
    }
  };

  const cancel = () => {
    try {
      portRef.current?.post({ type: 'cancel' });
    } catch {
      // The port is gone already; there is nothing left to cancel.
    }
    close();
    dispatch({ type: 'reset' });
  };

  return {
    state,
    backingUp,
    start,
    choose: (key, choice) => dispatch({ type: 'choose', key, choice }),
    chooseAll: (choice) => dispatch({ type: 'chooseAll', choice }),
    apply,
    cancel,
    reset: () => {
      close();
      dispatch({ type: 'reset' });
    },
  };
}
