import { describe, expect, it } from 'vitest';
import type { ExportPort } from '../../../components/manager/api';
import { receiveExport } from '../../../components/manager/export-client';
import type { ExportClientMessage } from '../../../lib/messaging/messages';

function fakePort() {
  const sent: ExportClientMessage[] = [];
  let onMessage: (raw: unknown) => void = () => undefined;
  let onGone: () => void = () => undefined;
  const port: ExportPort & { disconnected: boolean } = {
    disconnected: false,
    post: (m) => void sent.push(m),
    onMessage: (l) => void (onMessage = l),
    onDisconnect: (l) => void (onGone = l),
    disconnect() {
      this.disconnected = true;
    },
  };
  return { port, sent, receive: (raw: unknown) => onMessage(raw), drop: () => onGone() };
}

describe('receiveExport', () => {
  it('asks for the export and assembles the streamed chunks into one file, reporting progress', async () => {
    const { port, sent, receive } = fakePort();
    const progress: Array<[number, number]> = [];
    const file = receiveExport(port, { format: 'json', purpose: 'backup' }, (done, total) => progress.push([done, total]));
    expect(sent).toEqual([{ type: 'start', format: 'json', purpose: 'backup' }]);
    receive({ type: 'chunk', data: '{"a":', done: 10, total: 30 });
    receive({ type: 'chunk', data: '1}\n', done: 30, total: 30 });
    receive({ type: 'done', filename: 'dc-lens-backup-2026-11-22T10-00-00Z.json', count: 2 });
    const out = await file;
    expect(await out.blob.text()).toBe('{"a":1}\n');
    expect(out.blob.type).toBe('application/json');
    expect(out).toMatchObject({ filename: 'dc-lens-backup-2026-11-22T10-00-00Z.json', count: 2 });
    expect(progress).toEqual([[10, 30], [30, 30]]);
    expect(port.disconnected).toBe(true);
  });

  it('rejects on an error, a malformed message, or a port that closes before the end', async () => {
    const a = fakePort();
    const failed = receiveExport(a.port, { format: 'csv', purpose: 'export' });
    a.receive({ type: 'error', message: 'disk on fire' });
    await expect(failed).rejects.toThrow('disk on fire');

    const b = fakePort();
    const garbled = receiveExport(b.port, { format: 'json', purpose: 'export' });
    b.receive({ type: 'chunk', data: 42 });
    await expect(garbled).rejects.toThrow('does not understand');

    const c = fakePort();
    const cut = receiveExport(c.port, { format: 'json', purpose: 'export' });
    c.receive({ type: 'chunk', data: '{', done: 1, total: 9 });
    c.drop();
    await expect(cut).rejects.toThrow('closed before the file was complete');
  });

  it('takes a file handed over in Cache Storage by its key, when the page can', async () => {
    const { port, sent, receive } = fakePort();
    const asked: string[] = [];
    const take = async (key: string) => (asked.push(key), new Blob(['{"b":2}\n']));
    const progress: Array<[number, number]> = [];
    const file = receiveExport(port, { format: 'json', purpose: 'export' }, (done, total) => progress.push([done, total]), take);
    expect(sent).toEqual([{ type: 'start', format: 'json', purpose: 'export', transfer: 'cache' }]);
    receive({ type: 'progress', done: 5, total: 9 });
    const key = 'transfer-1795000000000-0f0e0d0c-aaaa';
    receive({ type: 'done', filename: 'dc-lens-catalog-2026-11-22.json', count: 1, stored: key });
    const out = await file;
    expect(asked).toEqual([key]);
    expect(await out.blob.text()).toBe('{"b":2}\n');
    expect(out.blob.type).toBe('application/json');
    expect(progress).toEqual([[5, 9]]);

    const gone = fakePort();
    const lost = receiveExport(gone.port, { format: 'json', purpose: 'export' }, undefined, async () => null);
    gone.receive({ type: 'done', filename: 'x.json', count: 1, stored: key });
    await expect(lost).rejects.toThrow('could not be picked up');
  });
});

