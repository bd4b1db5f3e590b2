/**
 * The gazetteer the build ships as places.bin (scripts/places-asset.ts): decoding it gives the
 * place table the detector would build itself, field by field, and the gazetteer adopts it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sliceOf } from '../../../lib/codec/string-column';
import { decodeStructure } from '../../../lib/codec/structure';
import { adoptPlaceTable, getPlaceTable, type PlaceTable } from '../../../lib/detect/gazetteer';
import { writePlacesAsset } from '../../../scripts/places-asset';
import { expectSameStructure } from '../support/same-structure';

describe('places.bin', () => {
  it('decodes to the place table built from the city rows, and is adopted', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dc-lens-places-'));
    try {
      const file = writePlacesAsset(dir);
      const bytes = readFileSync(file);
      const decoded = decodeStructure(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as PlaceTable;
      const built = getPlaceTable();
      expectSameStructure(decoded, built);
      adoptPlaceTable(decoded);
      expect(getPlaceTable()).toBe(decoded);
      adoptPlaceTable(built);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a malformed table', () => {
    const t = getPlaceTable();
    expect(() => adoptPlaceTable({ ...t, names: sliceOf(t.names, 1, t.names.length) })).toThrow(/malformed/);
    expect(() => adoptPlaceTable({ ...t, populations: [] as unknown as Float64Array })).toThrow(/malformed/);
    expect(getPlaceTable()).toBe(t);
  });
});
