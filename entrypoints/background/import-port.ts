/**
 * Imports over a port, so the manager can show progress on big files: the file arrives whole, by
 * reference (lib/browser/file-offer.ts; where that is missing, in chunks over the port), is read
 * with progress, parsed and validated in
 * full, merged into a preview plan, and applied only when the user confirms, in one transaction.
 * Any error leaves the catalog as it was.
 */
import { browser, type Browser } from 'wxt/browser';
import { IMPORT_PORT, ImportClientMessage, ImportServerMessage } from '@/lib/messaging/messages';
import { MAX_FILE_BYTES, parseExportFile } from '@/lib/sync/format';
import { parseSitesCsv } from '@/lib/sync/csv';
import { planMerge, type MergePlan } from '@/lib/sync/merge';
import { applyChoices } from '@/lib/sync/choices';
import { describeInvalid, type InvalidRecord } from '@/lib/sync/types';
import { describeError } from '@/lib/browser/messaging';
import { takeOffered } from '@/lib/browser/file-offer';
import type { CatalogState } from './catalog-state';
import { nowIso } from './ids';
import { whileRunning } from './import-outcome';
import { fromOwnPage } from './own-page';
import { syncSettled, trackSyncPort } from './sync-activity';

const show = (v: unknown): string => (v === undefined ? '(none)' : typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 300);

function invalidRows(invalid: readonly InvalidRecord[]) {
  return invalid.slice(0, 1000).map((r) => ({
    record: describeInvalid({ ...r, issues: [] }).replace(/: $/, ''),
    field: r.issues.map((i) => i.path).filter(Boolean).join(', ') || '(record)',
    message: r.issues.map((i) => i.message).join('; '),
  }));
}

/** Tell the manager how far the read is about this often: 90 MB take a second or more to read. */
const READ_STEP_BYTES = 8 * 1024 * 1024;

/** A file's UTF-8 text (a byte order mark dropped, as Blob.text() does), reporting bytes read. */
async function readText(file: Blob, onProgress: (done: number) => void): Promise<string> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let done = 0;
  let told = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    done += read.value.byteLength;
    parts.push(decoder.decode(read.value, { stream: true }));
    if (done - told >= READ_STEP_BYTES) onProgress((told = done));
  }
  parts.push(decoder.decode());
  onProgress(done);
  return parts.join('');
}

class ImportSession {
  private chunks: string[] = [];
  private received = 0;
  private plan: MergePlan | null = null;
  private fileName = '';
  /** The import's one clock reading: the plan and the user's choices are stamped alike. */
  private planNow = '';

  constructor(
    private readonly port: Browser.runtime.Port,
    private readonly state: CatalogState,
  ) {}

  /** A closed manager must not abort an import mid-write: its outcome stays readable (import.outcome). */
  private post(message: ImportServerMessage): void {
    const checked = ImportServerMessage.parse(message);
    try {
      this.port.postMessage(checked);
    } catch {
      // Disconnected: nobody is listening.
    }
  }

  async handle(raw: unknown): Promise<void> {
    const parsed = ImportClientMessage.safeParse(raw);
    if (!parsed.success) return this.post({ type: 'error', message: `Bad import message: ${describeError(parsed.error)}` });
    const msg = parsed.data;
    try {
      if (msg.type === 'cancel') {
        this.chunks = [];
        this.plan = null;
      } else if (msg.type === 'chunk') {
        await this.receive(msg.data, msg.last, msg.name);
      } else if (msg.type === 'file') {
        await this.receiveFile(msg.key, msg.name);
      } else {
        await this.apply(msg.choices, msg.importId);
      }
    } catch (error) {
      this.plan = null;
      this.post({ type: 'error', message: describeError(error) });
    }
  }

  private async receive(data: string, last: boolean, name: string): Promise<void> {
    this.received += data.length;
    if (this.received > MAX_FILE_BYTES) {
      this.chunks = [];
      throw new Error(`the file is larger than ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB`);
    }
    this.chunks.push(data);
    this.post({ type: 'progress', phase: 'upload', done: this.received, total: this.received });
    if (!last) return;
    const text = this.chunks.join('');
    this.chunks = [];
    this.received = 0;
    await this.preview(text, name);
  }

  /** The whole file, offered by the manager (lib/browser/file-offer.ts): read here, with progress. */
  private async receiveFile(key: string, name: string): Promise<void> {
    const file = await takeOffered(key);
    if (!file) throw new Error('the file could not be picked up from the manager; choose it again');
    if (file.size > MAX_FILE_BYTES) throw new Error(`the file is larger than ${Math.round(MAX_FILE_BYTES / 1024 / 1024)} MB`);
    const text = await readText(file, (done) => this.post({ type: 'progress', phase: 'upload', done, total: file.size }));
    await this.preview(text, name);
  }

  private async preview(text: string, name: string): Promise<void> {
    const service = await this.state.catalog();
    this.post({ type: 'progress', phase: 'parse', done: 0, total: 1 });
    const current = await service.allRecords();
    const now = nowIso();
    // The name decides; only a nameless or oddly named file is sniffed. A broken .json stays JSON,
    // so its error says what is wrong with it as JSON.
    const isCsv = /\.csv$/i.test(name) || (!/\.json$/i.test(name) && !/^\s*[[{]/.test(text.replace(/^\uFEFF/, '')));
    let plan: MergePlan;
    if (isCsv) {
      const csv = parseSitesCsv(text, { now, existing: new Map(current.sites.map((s) => [s.id, s])) });
      if (!csv.ok) throw new Error(csv.message);
      this.post({ type: 'progress', phase: 'plan', done: 0, total: 1 });
      plan = planMerge(current, csv.incoming, { now, base: csv.base });
    } else {
      // Records equal to ones stored here (valid when written) skip the zod pass: re-importing an
      // edited export of 100,000 sites must not parse the unchanged ones again.
      const known = { operators: new Map(current.operators.map((o) => [o.id, o])), sites: new Map(current.sites.map((s) => [s.id, s])) };
      const file = parseExportFile(text, known);
      if (!file.ok) throw new Error(file.message);
      this.post({ type: 'progress', phase: 'plan', done: 0, total: 1 });
      plan = planMerge(current, file.file, { now });
    }
    this.plan = plan;
    this.planNow = now;
    this.fileName = name;
    const c = plan.counts;
    const nameOf = new Map<string, string>(plan.sites.updated.map((u) => [u.id, u.local.name]));
    for (const u of plan.operators.updated) nameOf.set(u.id, u.local.name);
    this.post({
      type: 'preview',
      counts: { new: c.added, updated: c.updated + c.refreshed, unchanged: c.unchanged, conflicts: c.conflicts, invalid: c.invalid },
      conflicts: plan.conflicts.slice(0, 1000).map((k) => ({
        key: k.key,
        recordId: k.id,
        recordName: nameOf.get(k.id) ?? k.id,
        field: k.field,
        local: show(k.local),
        incoming: show(k.incoming),
      })),
      invalid: invalidRows(plan.invalid),
    });
  }

  private async apply(choices: Record<string, 'local' | 'incoming'>, importId: string): Promise<void> {
    const plan = this.plan;
    if (!plan) throw new Error('nothing to apply: preview a file first');
    this.plan = null;
    const service = await this.state.catalog();
    const changes = applyChoices(plan, choices, { now: this.planNow });
    const total = changes.operators.length + changes.sites.length + changes.sightings.length;
    this.post({ type: 'progress', phase: 'apply', done: 0, total });
    await whileRunning(importId, () =>
      service.applyChanges(changes, {
        onProgress: (done) => this.post({ type: 'progress', phase: 'apply', done, total }),
        record: { id: importId, at: nowIso(), label: this.fileName },
      }),
    );
    // Committed: say so before the catalog is reloaded and the matcher recompiled, which waits
    // until the manager's sync work is over (or a page asks for it).
    this.post({ type: 'done', applied: total, backupName: null });
    await this.state.changed(changes.sites.map((w) => w.record.id), syncSettled());
  }
}

export function listenForImports(state: CatalogState): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== IMPORT_PORT || !fromOwnPage(port.sender)) return;
    trackSyncPort(port);
    const session = new ImportSession(port, state);
    // One message at a time, in order: a chunk must not overtake the one before it.
    let queue = Promise.resolve();
    port.onMessage.addListener((raw: unknown) => {
      queue = queue.then(() => session.handle(raw));
    });
  });
}
