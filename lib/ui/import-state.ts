/**
 * The import panel as a state machine, driven by the user and by the import port's messages, so
 * the component only renders and the order of events (progress, preview, done, error) is tested.
 */
import type { ImportServerMessage } from '../messaging/messages';

export type Choice = 'local' | 'incoming';
type Preview = Extract<ImportServerMessage, { type: 'preview' }>;
export type Progress = Extract<ImportServerMessage, { type: 'progress' }>;

export type ImportState =
  | { step: 'idle' }
  | { step: 'reading'; fileName: string }
  | { step: 'checking'; fileName: string; progress: Progress | null }
  | { step: 'preview'; fileName: string; preview: Preview; choices: Record<string, Choice> }
  | { step: 'applying'; fileName: string; preview: Preview; choices: Record<string, Choice>; progress: Progress | null; importId: string; startedAt: number }
  /** The port closed mid-apply: asking the background what became of the import. */
  | { step: 'confirming'; fileName: string; importId: string }
  | { step: 'done'; fileName: string; applied: number; backupName: string | null }
  /** unchanged: the catalog is known to be as before (false only if the link broke mid-apply). */
  | { step: 'error'; message: string; unchanged: boolean };

export type ImportEvent =
  | { type: 'read'; fileName: string }
  | { type: 'send' }
  | { type: 'server'; message: ImportServerMessage }
  | { type: 'choose'; key: string; choice: Choice }
  | { type: 'chooseAll'; choice: Choice }
  | { type: 'apply'; importId: string; at: number }
  /** The background's answer to import.outcome, after a lost connection or on reopening the manager. */
  | { type: 'outcome'; fileName: string; importId: string; state: 'applied' | 'running' | 'not-applied'; applied?: number }
  | { type: 'fail'; message: string }
  | { type: 'disconnected' }
  | { type: 'reset' };

export const IDLE: ImportState = { step: 'idle' };

/** Keep mine unless told otherwise: an import never silently overwrites a user's edit. */
export function defaultChoices(preview: Preview): Record<string, Choice> {
  return Object.fromEntries(preview.conflicts.map((c) => [c.key, 'local' as const]));
}

function onServer(state: ImportState, message: ImportServerMessage): ImportState {
  if (message.type === 'error') return { step: 'error', message: message.message, unchanged: true };
  if (state.step !== 'checking' && state.step !== 'applying') return state;
  switch (message.type) {
    case 'progress':
      return { ...state, progress: message };
    case 'preview':
      return state.step === 'checking'
        ? { step: 'preview', fileName: state.fileName, preview: message, choices: defaultChoices(message) }
        : state;
    case 'done':
      return { step: 'done', fileName: state.fileName, applied: message.applied, backupName: message.backupName };
  }
}

export function importReducer(state: ImportState, event: ImportEvent): ImportState {
  switch (event.type) {
    case 'read':
      return { step: 'reading', fileName: event.fileName };
    case 'send':
      return state.step === 'reading' ? { step: 'checking', fileName: state.fileName, progress: null } : state;
    case 'server':
      return onServer(state, event.message);
    case 'choose':
      return state.step === 'preview' && event.key in state.choices
        ? { ...state, choices: { ...state.choices, [event.key]: event.choice } }
        : state;
    case 'chooseAll':
      return state.step === 'preview'
        ? { ...state, choices: Object.fromEntries(Object.keys(state.choices).map((k) => [k, event.choice])) }
        : state;
    case 'apply':
      return state.step === 'preview' ? { ...state, step: 'applying', progress: null, importId: event.importId, startedAt: event.at } : state;
    case 'outcome':
      return onOutcome(state, event);
    case 'fail':
      return { step: 'error', message: event.message, unchanged: true };
    case 'disconnected':
      // Mid-apply the import may have committed or not: the background is asked (import.outcome).
      if (state.step === 'applying') return { step: 'confirming', fileName: state.fileName, importId: state.importId };
      return state.step === 'checking' || state.step === 'reading'
        ? { step: 'error', message: 'The import stopped before it finished (the extension restarted?). Try again.', unchanged: true }
        : state;
    case 'reset':
      return IDLE;
  }
}

function onOutcome(state: ImportState, event: Extract<ImportEvent, { type: 'outcome' }>): ImportState {
  // Only the import being confirmed, or a remembered one when nothing else is going on.
  const current = state.step === 'confirming' && state.importId === event.importId;
  if (!current && state.step !== 'idle') return state;
  if (event.state === 'applied') return { step: 'done', fileName: event.fileName, applied: event.applied ?? 0, backupName: null };
  if (event.state === 'running') return { step: 'confirming', fileName: event.fileName, importId: event.importId };
  return {
    step: 'error',
    message: `The import of “${event.fileName}” did not finish (the extension stopped while writing). An import is applied all at once or not at all, so nothing from it was written. Try again.`,
    unchanged: true,
  };
}

/** Seconds left, from the pace so far; null until there is a pace to go by. */
export function remainingSeconds(progress: Progress | null, startedAt: number, now: number): number | null {
  if (!progress || progress.done <= 0 || !(progress.total > progress.done)) return null;
  const elapsed = (now - startedAt) / 1000;
  return Math.max(1, Math.round((elapsed / progress.done) * (progress.total - progress.done)));
}

/** 0..1 for the progress bar, null when the total is not known yet. */
export function progressFraction(p: Progress | null): number | null {
  if (!p || !(p.total > 0)) return null;
  return Math.min(1, Math.max(0, p.done / p.total));
}

export const PHASE_LABELS: Readonly<Record<Progress['phase'], string>> = {
  upload: 'Reading the file',
  parse: 'Reading',
  validate: 'Checking records',
  plan: 'Comparing with your catalog',
  backup: 'Backing up',
  apply: 'Applying',
};

const MB = 1024 * 1024;

/** How far a phase is, as the panel words it: bytes of the file in MB while it is read, else records. */
export function progressAmount(p: Progress): string {
  const fmt = (n: number) => n.toLocaleString('en-US');
  if (p.phase !== 'upload') return `${fmt(p.done)} of ${fmt(p.total)}`;
  const mb = (n: number) => fmt(Math.round(n / MB));
  return `${mb(p.done)} of ${mb(p.total)} MB`;
}
