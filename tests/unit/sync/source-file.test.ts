import { describe, expect, it } from 'vitest';
import { buildExport, parseExportFile } from '../../../lib/sync/format';
import { planSourceFile, planSourceUpdate } from '../../../lib/sync/source-merge';
import { awsTokyo, colossus, seedCatalog, T4 } from './fixtures';

const bytes = (text: string) => new TextEncoder().encode(text);
const base = { operators: seedCatalog.operators, sites: [colossus, awsTokyo] };

describe('reading a source against its base', () => {
  it('takes records unchanged since the base as the base records themselves (no second parse)', () => {
    const text = buildExport({ operators: seedCatalog.operators, sites: [colossus, { ...awsTokyo, notes: 'moved upstream' }], sightings: [] }, undefined, T4);
    const known = { sites: new Map(base.sites.map((s) => [s.id, s])) };
    const read = parseExportFile(bytes(text), known);
    if (!read.ok) throw new Error(read.message);
    expect(read.file.sites.find((s) => s.id === colossus.id)).toBe(colossus);
    const changed = read.file.sites.find((s) => s.id === awsTokyo.id);
    expect(changed).not.toBe(awsTokyo);
    expect(changed?.notes).toBe('moved upstream');
  });

  it('still refuses a record that differs from its base and is invalid, even with a known id', () => {
    const text = buildExport({ operators: seedCatalog.operators, sites: [{ ...colossus, name: '' }], sightings: [] }, undefined, T4);
    const read = parseExportFile(bytes(text), { sites: new Map([[colossus.id, colossus]]) });
    if (!read.ok) throw new Error(read.message);
    expect(read.file.sites).toEqual([]);
    expect(read.file.invalid.map((r) => r.id)).toEqual([colossus.id]);
  });

  it('plans the same update as a full parse of every record would', () => {
    const text = buildExport({ operators: seedCatalog.operators, sites: [colossus, { ...awsTokyo, notes: 'moved upstream', updatedAt: '2026-12-01T00:00:00.000Z' }], sightings: [] }, undefined, T4);
    const current = { ...seedCatalog, sightings: [] };
    const fast = planSourceFile(current, bytes(text), base, T4);
    // The same base given as copies that no file record can be taken for: every record is parsed.
    const full = parseExportFile(bytes(text));
    if (!fast.ok || !full.ok) throw new Error('not read');
    expect(fast.file.sites).toEqual(full.file.sites);
    const slow = planSourceUpdate(current, full.file, structuredClone(base), T4);
    expect(fast.plan.counts).toEqual(slow.plan.counts);
    expect(fast.plan.counts.updated).toBe(1);
    expect(fast.plan.sites.updated.map((u) => u.merged)).toEqual(slow.plan.sites.updated.map((u) => u.merged));
  });
});
