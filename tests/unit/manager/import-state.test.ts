import { describe, expect, it } from 'vitest';
import { IDLE, importReducer, progressAmount, progressFraction, remainingSeconds, type ImportEvent, type ImportState } from '../../../lib/ui/import-state';
import type { ImportServerMessage } from '../../../lib/messaging/messages';

const APPLY = { type: 'apply', importId: 'import-0001', at: 0 } as const;
const preview: Extract<ImportServerMessage, { type: 'preview' }> = {
  type: 'preview',
  counts: { new: 3, updated: 1, unchanged: 40, conflicts: 2, invalid: 1 },
  conflicts: [
    { key: 'xai-colossus-1:capacity.plannedMW', recordId: 'xai-colossus-1', recordName: 'Colossus', field: 'capacity.plannedMW', local: '300', incoming: '1200' },
    { key: 'xai-colossus-1:status', recordId: 'xai-colossus-1', recordName: 'Colossus', field: 'status', local: 'operational', incoming: 'under_construction' },
  ],
  invalid: [{ record: 'row 7', field: 'place.country', message: 'must be an ISO 3166-1 alpha-2 code' }],
};

const run = (events: ImportEvent[], from: ImportState = IDLE) => events.reduce(importReducer, from);
const server = (message: ImportServerMessage): ImportEvent => ({ type: 'server', message });

describe('importReducer', () => {
  it('walks read → check → preview → apply → done', () => {
    const checking = run([{ type: 'read', fileName: 'export.json' }, { type: 'send' }, server({ type: 'progress', phase: 'parse', done: 10, total: 40 })]);
    expect(checking).toMatchObject({ step: 'checking', progress: { phase: 'parse', done: 10, total: 40 } });
    const previewed = run([server(preview)], checking);
    expect(previewed).toMatchObject({ step: 'preview', fileName: 'export.json' });
    // Keep mine is the default for every conflict.
    expect(previewed.step === 'preview' && previewed.choices).toEqual({
      'xai-colossus-1:capacity.plannedMW': 'local',
      'xai-colossus-1:status': 'local',
    });
    const done = run([{ type: 'choose', key: 'xai-colossus-1:status', choice: 'incoming' }, APPLY, server({ type: 'progress', phase: 'apply', done: 3, total: 6 }), server({ type: 'done', applied: 6, backupName: null })], previewed);
    expect(done).toEqual({ step: 'done', fileName: 'export.json', applied: 6, backupName: null });
  });

  it('sets all choices at once and ignores unknown keys', () => {
    const previewed = run([{ type: 'read', fileName: 'a.json' }, { type: 'send' }, server(preview)]);
    const theirs = run([{ type: 'chooseAll', choice: 'incoming' }, { type: 'choose', key: 'not-a-conflict', choice: 'local' }], previewed);
    expect(theirs.step === 'preview' && theirs.choices).toEqual({
      'xai-colossus-1:capacity.plannedMW': 'incoming',
      'xai-colossus-1:status': 'incoming',
    });
  });

  it('shows a server error and forgets the preview', () => {
    const s = run([{ type: 'read', fileName: 'a.csv' }, { type: 'send' }, server({ type: 'error', message: 'Line 3: unterminated quote' })]);
    expect(s).toEqual({ step: 'error', message: 'Line 3: unterminated quote', unchanged: true });
  });

  it('treats a dropped port as an error, and asks what became of an interrupted apply', () => {
    const checking = run([{ type: 'read', fileName: 'a.json' }, { type: 'send' }, { type: 'disconnected' }]);
    expect(checking).toMatchObject({ step: 'error', unchanged: true });
    const applying = run([{ type: 'read', fileName: 'a.json' }, { type: 'send' }, server(preview), APPLY, { type: 'disconnected' }]);
    expect(applying).toEqual({ step: 'confirming', fileName: 'a.json', importId: APPLY.importId });
    const outcome = { type: 'outcome', fileName: 'a.json', importId: APPLY.importId } as const;
    expect(run([{ ...outcome, state: 'running' }], applying)).toEqual(applying);
    expect(run([{ ...outcome, state: 'applied', applied: 7 }], applying)).toEqual({ step: 'done', fileName: 'a.json', applied: 7, backupName: null });
    expect(run([{ ...outcome, state: 'not-applied' }], applying)).toMatchObject({ step: 'error', unchanged: true, message: expect.stringContaining('nothing from it was written') });
    // Another import's answer changes nothing; a remembered one is shown when nothing else goes on.
    expect(run([{ ...outcome, importId: 'other-import-id', state: 'applied', applied: 1 }], applying)).toEqual(applying);
    expect(run([{ ...outcome, state: 'applied', applied: 2 }], IDLE)).toMatchObject({ step: 'done', applied: 2 });
    // After the import finished, the port closing is expected.
    const done = run([{ type: 'disconnected' }], { step: 'done', fileName: 'a.json', applied: 1, backupName: null });
    expect(done.step).toBe('done');
  });

  it('ignores messages that arrive out of turn', () => {
    expect(run([server(preview)])).toBe(IDLE);
    const previewed = run([{ type: 'read', fileName: 'a.json' }, { type: 'send' }, server(preview)]);
    expect(run([server({ type: 'done', applied: 1, backupName: null })], previewed).step).toBe('preview');
    expect(run([APPLY], IDLE)).toBe(IDLE);
  });
});

describe('remainingSeconds', () => {
  it('estimates from the pace so far, and is null without one', () => {
    const p = (done: number, total: number) => ({ type: 'progress' as const, phase: 'apply' as const, done, total });
    expect(remainingSeconds(null, 0, 1000)).toBeNull();
    expect(remainingSeconds(p(0, 100), 0, 1000)).toBeNull();
    expect(remainingSeconds(p(100, 100), 0, 1000)).toBeNull();
    // 25 of 100 in 2 s: 6 s to go.
    expect(remainingSeconds(p(25, 100), 10_000, 12_000)).toBe(6);
  });
});

describe('progressFraction', () => {
  it('is null until a total is known', () => {
    expect(progressFraction(null)).toBeNull();
    expect(progressFraction({ type: 'progress', phase: 'upload', done: 0, total: 0 })).toBeNull();
    expect(progressFraction({ type: 'progress', phase: 'validate', done: 25, total: 100 })).toBe(0.25);
    expect(progressFraction({ type: 'progress', phase: 'apply', done: 120, total: 100 })).toBe(1);
  });
});

describe('progressAmount', () => {
  it('words the file being read in MB and the later phases in records', () => {
    expect(progressAmount({ type: 'progress', phase: 'upload', done: 8 * 1024 * 1024, total: 90 * 1024 * 1024 + 1 })).toBe('8 of 90 MB');
    expect(progressAmount({ type: 'progress', phase: 'apply', done: 25_000, total: 100_002 })).toBe('25,000 of 100,002');
  });
});
