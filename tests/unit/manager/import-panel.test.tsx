// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportPort, ManagerApi, PendingImport } from '../../../components/manager/api';
import { ImportPanel } from '../../../components/manager/ImportPanel';
import { useImport } from '../../../components/manager/useImport';
import { MAX_IMPORT_BYTES } from '../../../lib/ui/import-file';
import type { ImportClientMessage, ImportServerMessage } from '../../../lib/messaging/messages';

class FakePort implements ImportPort {
  sent: ImportClientMessage[] = [];
  disconnected = false;
  private onMsg: Array<(raw: unknown) => void> = [];
  private onGone: Array<() => void> = [];
  post(m: ImportClientMessage) {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.sent.push(m);
  }
  onMessage(l: (raw: unknown) => void) {
    this.onMsg.push(l);
  }
  onDisconnect(l: () => void) {
    this.onGone.push(l);
  }
  disconnect() {
    this.disconnected = true;
  }
  async receive(raw: unknown) {
    await act(() => this.onMsg.forEach((l) => l(raw)));
  }
  async drop() {
    this.disconnected = true;
    await act(() => this.onGone.forEach((l) => l()));
  }
}

let root: HTMLElement;
let port: FakePort;
let api: ManagerApi;
let pending: PendingImport | null;
let outcome: { state: 'applied' | 'running' | 'not-applied'; applied?: number };
let downloads: string[];
const onApplied = vi.fn();

function Harness() {
  return <ImportPanel controls={useImport(api, onApplied)} />;
}

beforeEach(async () => {
  root = document.createElement('div');
  document.body.append(root);
  port = new FakePort();
  downloads = [];
  pending = null;
  outcome = { state: 'not-applied' };
  onApplied.mockReset();
  URL.createObjectURL = vi.fn(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
  api = {
    connectImport: vi.fn(() => port),
    offerFile: vi.fn(() => null),
    exportCatalog: vi.fn(async () => ({ blob: new Blob(['{"sites":[]}']), filename: 'dc-lens-backup-2026-11-22T10-00-00Z.json', count: 0 })),
    newImportId: () => 'import-0001',
    rememberImport: vi.fn((p: PendingImport | null) => {
      pending = p;
    }),
    pendingImport: () => pending,
    importOutcome: vi.fn(async () => outcome),
  } as unknown as ManagerApi;
  await act(() => render(<Harness />, root));
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const $$ = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];

async function choose(file: File) {
  const input = $('import-file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  // file.text() resolves in a later task
  await act(() => new Promise((r) => setTimeout(r, 0)));
}

const preview: ImportServerMessage = {
  type: 'preview',
  counts: { new: 3, updated: 1, unchanged: 40, conflicts: 2, invalid: 1 },
  conflicts: [
    { key: 'c1', recordId: 'xai-colossus-1', recordName: 'Colossus', field: 'capacity.plannedMW', local: '300', incoming: '1200' },
    { key: 'c2', recordId: 'xai-colossus-1', recordName: 'Colossus', field: 'status', local: 'operational', incoming: 'under_construction' },
  ],
  invalid: [{ record: 'row 7', field: 'place.country', message: 'must be an ISO 3166-1 alpha-2 code' }],
};

describe('import panel', () => {
  it('sends the file, shows progress and preview, backs up, then applies the chosen conflicts', async () => {
    await choose(new File(['{"format":"dc-lens","sites":[]}'], 'export.json', { type: 'application/json' }));
    expect(port.sent).toEqual([{ type: 'chunk', data: '{"format":"dc-lens","sites":[]}', last: true, name: 'export.json' }]);

    await port.receive({ type: 'progress', phase: 'validate', done: 20, total: 45 });
    expect($('progress')?.textContent).toContain('Checking records 20 of 45');
    expect(($('progress')!.querySelector('progress') as HTMLProgressElement).value).toBeCloseTo(20 / 45);

    await port.receive(preview);
    expect($('import-preview')).not.toBeNull();
    expect($('count-new')?.textContent).toBe('3 new');
    expect($('count-conflicts')?.textContent).toBe('2 conflicts');
    expect($$('invalid-row')[0].textContent).toContain('must be an ISO 3166-1 alpha-2 code');
    const rows = $$('conflict-row');
    expect(rows).toHaveLength(2);
    expect(rows[0].textContent).toContain('300');
    expect(rows[0].textContent).toContain('1200');

    await act(() => $('conflicts-all-theirs')!.click());
    await act(() => rows[1].querySelector<HTMLInputElement>('input[value="local"]')!.click());
    await act(async () => $('import-apply')!.click());
    await act(async () => undefined);

    expect(api.exportCatalog).toHaveBeenCalledWith({ format: 'json', purpose: 'backup' });
    expect(downloads).toEqual(['dc-lens-backup-2026-11-22T10-00-00Z.json']);
    expect(port.sent.at(-1)).toEqual({ type: 'apply', choices: { c1: 'incoming', c2: 'local' }, importId: 'import-0001' });
    expect(pending).toEqual({ id: 'import-0001', fileName: 'export.json' });

    await port.receive({ type: 'done', applied: 6, backupName: null });
    expect($('import-done')?.textContent).toContain('6 records applied');
    expect(onApplied).toHaveBeenCalledTimes(1);
    expect(port.disconnected).toBe(true);
    expect(pending).toBeNull();
  });

  it('hands the file over whole by the key it is offered under when the page can, sending no chunks, and shows the read in MB', async () => {
    const key = 'transfer-1795000000000-0f0e0d0c-aaaa';
    const offered: Blob[] = [];
    api.offerFile = vi.fn((f: Blob) => (offered.push(f), key));
    const file = new File(['{"format":"dc-lens","sites":[]}'], 'team', { type: 'application/json' });
    await choose(file);
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(offered).toEqual([file]);
    expect(port.sent).toEqual([{ type: 'file', key, name: 'team.json' }]);
    await port.receive({ type: 'progress', phase: 'upload', done: 16 * 1024 * 1024, total: 88 * 1024 * 1024 });
    expect($('progress')?.textContent).toBe('Reading the file 16 of 88 MB');
  });

  it('counts records, not conflicting fields, on the apply button', async () => {
    await choose(new File(['{}'], 'export.json'));
    // One new site and one updated site with two conflicting fields: two records.
    await port.receive({ ...preview, counts: { new: 1, updated: 1, unchanged: 0, conflicts: 2, invalid: 0 } });
    expect($('import-apply')?.textContent).toBe('Import 2 records');
  });

  it('after a lost connection mid-apply, shows what the background says became of the import', async () => {
    await choose(new File(['{}'], 'export.json'));
    await port.receive({ ...preview, counts: { new: 5, updated: 0, unchanged: 0, conflicts: 0, invalid: 0 }, conflicts: [], invalid: [] });
    await act(async () => $('import-apply')!.click());
    await port.receive({ type: 'progress', phase: 'apply', done: 2, total: 5 });
    expect($('progress')?.textContent).toMatch(/Applying 2 of 5, about \d+ s left/);
    outcome = { state: 'applied', applied: 5 };
    await port.drop();
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(api.importOutcome).toHaveBeenCalledWith('import-0001');
    expect($('import-done')?.textContent).toContain('5 records applied');
    // Forgetting the remembered import is a later step than showing the outcome: on a busy
    // machine it can take more than one turn of the event loop.
    await vi.waitFor(() => expect(pending).toBeNull());
  });

  it('on opening, reports a remembered import that never landed', async () => {
    render(null, root);
    pending = { id: 'import-0002', fileName: 'big.json' };
    outcome = { state: 'not-applied' };
    await act(() => render(<Harness />, root));
    await act(() => new Promise((r) => setTimeout(r, 0)));
    expect(api.importOutcome).toHaveBeenCalledWith('import-0002');
    expect($('import-error')?.textContent).toContain('“big.json” did not finish');
    expect($('import-error')?.textContent).toContain('Your catalog was not changed');
  });

  it('does not back up when nothing would be overwritten', async () => {
    await choose(new File(['id,name\nx,y'], 'sites.csv'));
    await port.receive({ ...preview, counts: { new: 1, updated: 0, unchanged: 0, conflicts: 0, invalid: 0 }, conflicts: [], invalid: [] });
    await act(async () => $('import-apply')!.click());
    expect(api.exportCatalog).not.toHaveBeenCalled();
    expect(port.sent.at(-1)).toEqual({ type: 'apply', choices: {}, importId: 'import-0001' });
  });

  it('shows a server error as an alert', async () => {
    await choose(new File(['id,name\n"x,y'], 'sites.csv'));
    await port.receive({ type: 'error', message: 'Line 2: unterminated quote' });
    const alert = $('import-error')!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toContain('Line 2: unterminated quote');
    expect($('import-preview')).toBeNull();
  });

  it('refuses a malformed message from the port', async () => {
    await choose(new File(['[]'], 'a.json'));
    await port.receive({ type: 'preview', counts: { new: 'lots' } });
    expect($('import-error')?.textContent).toContain('does not understand');
    expect($('import-preview')).toBeNull();
    expect(port.disconnected).toBe(true);
  });

  it('reports a port that closes mid-import', async () => {
    await choose(new File(['[]'], 'a.json'));
    await port.drop();
    expect($('import-error')?.textContent).toContain('stopped before it finished');
  });

  it('refuses a file over the limit without reading it or opening the port', async () => {
    const big = new File(['x'], 'huge.json');
    Object.defineProperty(big, 'size', { value: MAX_IMPORT_BYTES + 1 });
    const text = vi.spyOn(big, 'text');
    await choose(big);
    expect(text).not.toHaveBeenCalled();
    expect(api.connectImport).not.toHaveBeenCalled();
    expect($('import-error')?.textContent).toContain('up to 100.0 MB');
  });

  it('refuses a file that is neither JSON nor CSV', async () => {
    await choose(new File(['hello there'], 'notes.txt'));
    expect(api.connectImport).not.toHaveBeenCalled();
    expect($('import-error')?.textContent).toContain('neither JSON nor CSV');
  });
});
