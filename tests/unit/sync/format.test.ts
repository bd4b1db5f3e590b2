import { nestingDepth } from '../../../lib/sync/safe-json';
import { describe, expect, it } from 'vitest';
import {
  buildExport, EXPORT_FORMAT, exportFileName, MAX_FILE_BYTES, MAX_RECORDS, parseExportFile,
} from '../../../lib/sync/format';
import type { ParseResult } from '../../../lib/sync/format';
import { findJsonSyntaxError } from '../../../lib/sync/safe-json';
import { describeInvalid } from '../../../lib/sync/types';
import { awsTokyo, colossus, normalized, seedCatalog, T4 } from './fixtures';

const envelope = (extra: Record<string, unknown> = {}) => ({
  format: 'dc-lens-catalog',
  version: 1,
  exportedAt: T4,
  operators: [],
  sites: [],
  sightings: [],
  ...extra,
});

function refused(r: ParseResult): { code: string; message: string } {
  if (r.ok) throw new Error('expected the file to be refused');
  return r;
}

function parsed(r: ParseResult) {
  if (!r.ok) throw new Error(`expected the file to parse: ${r.message}`);
  return r.file;
}

describe('buildExport', () => {
  it('writes the envelope, sorted records with keys in schema order, one record per line', () => {
    const text = buildExport({ ...seedCatalog, sites: [...seedCatalog.sites].reverse() }, undefined, T4);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual(['{', '  "format": "dc-lens-catalog",', '  "version": 1,', `  "exportedAt": "${T4}",`]);
    const siteLines = lines.filter((l) => l.startsWith('    {"id":"') && l.includes('"operatorIds":'));
    expect(siteLines.map((l) => JSON.parse(l.replace(/,$/, '')).id)).toEqual([
      'aws-ap-northeast-1',
      'equinix-ty11',
      'stargate-abilene',
      'xai-colossus-1',
    ]);
    const first = JSON.parse(siteLines[0].replace(/,$/, ''));
    expect(Object.keys(first).slice(0, 5)).toEqual(['id', 'name', 'aliases', 'kind', 'operatorIds']);
    expect(Object.keys(first.place)).toEqual(['city', 'country', 'worldRegion', 'lat', 'lon', 'precision']);
  });

  it('is deterministic: record order and key order of the input do not change the bytes', () => {
    const shuffled = {
      operators: [...seedCatalog.operators].reverse(),
      sites: seedCatalog.sites.map((s) => Object.fromEntries(Object.entries(s).reverse()) as typeof s),
      sightings: seedCatalog.sightings,
    };
    expect(buildExport(shuffled, undefined, T4)).toBe(buildExport(seedCatalog, undefined, T4));
  });

  it('round-trips through parseExportFile', () => {
    const file = parsed(parseExportFile(buildExport(seedCatalog, undefined, T4)));
    expect(file.invalid).toEqual([]);
    expect(file.exportedAt).toBe(T4);
    expect(normalized(file)).toEqual(normalized(seedCatalog));
  });

  it('writes a filtered export with the filter, the named operators and their sightings only', () => {
    const text = buildExport(seedCatalog, { label: 'Memphis', countries: ['US'], kinds: ['campus'] }, T4);
    const file = parsed(parseExportFile(text));
    expect(file.filter).toEqual({ label: 'Memphis', countries: ['US'], kinds: ['campus'] });
    expect(file.sites.map((s) => s.id).sort()).toEqual(['stargate-abilene', 'xai-colossus-1']);
    expect(file.operators.map((o) => o.id).sort()).toEqual(['openai', 'xai']);
    expect(file.sightings.map((s) => s.id)).toEqual(['s-0001']);
  });

  it('names backups by time', () => {
    expect(exportFileName('2026-11-22T10:00:00.000Z', 'backup')).toBe('dc-lens-backup-2026-11-22T10-00-00Z.json');
  });
});

describe('parseExportFile: hostile and broken input', () => {
  it('explains a truncated file with the position', () => {
    const full = buildExport(seedCatalog, undefined, T4);
    const cut = full.slice(0, 300);
    const r = refused(parseExportFile(cut));
    expect(r.code).toBe('not-json');
    expect(r.message).toBe('Not a JSON file: unexpected end of input at position 300 — the file may be truncated.');
  });

  it('explains a syntax error with line and column', () => {
    const r = refused(parseExportFile('{\n  "format": "dc-lens-catalog",\n  "version": 1 x\n}'));
    expect(r.message).toBe(`Not a JSON file: expected ',' or '}' but found "x" at line 3, column 16 (position 48).`);
  });

  it('refuses text that is not JSON at all, binary bytes and empty files', () => {
    expect(refused(parseExportFile('<html><body>Sign in</body></html>')).message).toMatch(/^Not a JSON file: expected a value but found "<" at line 1, column 1/);
    expect(refused(parseExportFile(new Uint8Array([0x7b, 0xff, 0xfe, 0x00]))).code).toBe('not-text');
    expect(refused(parseExportFile('  \n')).message).toBe('The file is empty.');
  });

  it('reads bytes and ArrayBuffers, with or without a BOM', () => {
    const text = buildExport(seedCatalog, undefined, T4);
    const bytes = new TextEncoder().encode(`\uFEFF${text}`);
    expect(parsed(parseExportFile(bytes)).sites).toHaveLength(4);
    expect(parsed(parseExportFile(bytes.buffer as ArrayBuffer)).sites).toHaveLength(4);
  });

  it('refuses other formats and other versions with the reason', () => {
    expect(refused(parseExportFile('[1,2,3]')).message).toBe('Not a DC Lens catalog: the file holds a list, not a catalog object.');
    expect(refused(parseExportFile(JSON.stringify({ type: 'FeatureCollection', features: [] }))).message).toBe(
      `Not a DC Lens catalog: it has no "format"; expected "${EXPORT_FORMAT}".`,
    );
    expect(refused(parseExportFile(JSON.stringify(envelope({ format: 'other-app' })))).code).toBe('not-catalog');
    const newer = refused(parseExportFile(JSON.stringify(envelope({ version: 2 }))));
    expect(newer.code).toBe('version');
    expect(newer.message).toBe(
      'This catalog was made by a newer version of DC Lens (format version 2); this version reads 1. Update DC Lens to import it.',
    );
    expect(refused(parseExportFile(JSON.stringify(envelope({ version: 0 })))).message).toMatch(/an older version of DC Lens \(format version 0\); this version reads 1/);
    expect(refused(parseExportFile(JSON.stringify(envelope({ version: '1' })))).code).toBe('version');
  });

  it('refuses a damaged envelope', () => {
    expect(refused(parseExportFile(JSON.stringify(envelope({ exportedAt: 'yesterday' })))).code).toBe('bad-envelope');
    expect(refused(parseExportFile(JSON.stringify(envelope({ sites: { a: 1 } })))).message).toBe(
      'The catalog file is damaged: "sites" must be a list, not an object.',
    );
  });

  it('refuses files over the size limit before reading them', () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    const r = refused(parseExportFile(big));
    expect(r.code).toBe('too-large');
    expect(r.message).toBe('The file is too large (100 MB); DC Lens reads files up to 100 MB.');
  });

  it('refuses more records than the cap', () => {
    const text = `{"format":"dc-lens-catalog","version":1,"exportedAt":"${T4}","sightings":[${'0,'.repeat(MAX_RECORDS)}0]}`;
    const r = refused(parseExportFile(text));
    expect(r.code).toBe('too-many-records');
    expect(r.message).toBe('The file has too many sightings (500,001); the limit is 500,000.');
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a "%s" key anywhere and says where', (key) => {
    const text = `{"format":"dc-lens-catalog","version":1,"exportedAt":"${T4}","sites":[${JSON.stringify(awsTokyo)},{"id":"x","place":{"${key}":{"isAdmin":true}}}]}`;
    const r = refused(parseExportFile(text));
    expect(r.code).toBe('forbidden-key');
    expect(r.message).toBe(`Refused: the file contains a "${key}" key at sites[1].place, which DC Lens never writes.`);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('refuses a valid file nested 5,000 levels deep with a true, readable reason', () => {
    const deep = `{"format":"dc-lens-catalog","version":1,"exportedAt":"2026-11-22T10:00:00.000Z","sites":[${'['.repeat(5000)}${']'.repeat(5000)}]}`;
    const r = refused(parseExportFile(deep));
    expect(r.code).toBe('too-deep');
    expect(r.message).toBe('The file nests deeper than 64 levels (it goes 5,002 levels deep); a DC Lens catalog nests only a few levels, so this is not a catalog file.');
    // Brackets inside strings do not count.
    expect(nestingDepth('{"a":"[[[[{{{","b":[1,[2]]}')).toBe(3);
  });

  it('refuses a __proto__ key written with a unicode escape', () => {
    const text = `{"format":"dc-lens-catalog","version":1,"exportedAt":"${T4}","\\u005f_proto__":{"polluted":1}}`;
    expect(refused(parseExportFile(text)).code).toBe('forbidden-key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps <script> and markup in names as plain text', () => {
    const name = '<script>alert("x")</script><img src=x onerror=alert(1)>';
    const file = parsed(parseExportFile(JSON.stringify(envelope({ operators: [JSON.parse(JSON.stringify(seedCatalog.operators[1]))], sites: [{ ...colossus, name }] }))));
    expect(file.invalid).toEqual([]);
    expect(file.sites[0].name).toBe(name);
  });

  it('refuses javascript: URLs and names the record and the field, keeping the valid records', () => {
    const bad = { ...colossus, sources: [{ url: 'https://example.com/ok' }, { url: 'javascript:alert(document.cookie)' }] };
    const file = parsed(parseExportFile(JSON.stringify(envelope({ sites: [awsTokyo, bad] }))));
    expect(file.sites.map((s) => s.id)).toEqual(['aws-ap-northeast-1']);
    expect(file.invalid).toHaveLength(1);
    expect(describeInvalid(file.invalid[0])).toBe('sites[1] (id "xai-colossus-1"): sources[1].url: must be an http(s) URL; received the text "javascript:alert(document.cookie)"');
  });

  it('collects every invalid record with every issue, not only the first', () => {
    const sites = [
      awsTokyo,
      { ...colossus, id: 'Bad Id', place: { ...colossus.place, lat: 123 } },
      'not an object',
      { ...awsTokyo, id: 'aws-ap-northeast-1', name: 'duplicate' },
      { ...awsTokyo, id: 'ok-2', status: 'rumoured', createdAt: 'soon' },
    ];
    const file = parsed(parseExportFile(JSON.stringify(envelope({ sites }))));
    expect(file.sites.map((s) => s.id)).toEqual(['aws-ap-northeast-1']);
    expect(file.invalid.map(describeInvalid)).toEqual([
      'sites[1] (id "Bad Id"): id: must be a lowercase slug (a-z, 0-9, . _ : -); received the text "Bad Id"; place.lat: expected at most 90, received the number 123',
      'sites[2]: expected an object, received the text "not an object"',
      'sites[3] (id "aws-ap-northeast-1"): id: duplicate id; first seen at sites[0]',
      'sites[4] (id "ok-2"): status: expected one of "announced", "under_construction", "operational", "cancelled", "unknown", received the text "rumoured"; createdAt: expected a UTC time like 2026-01-31T12:00:00Z, received the text "soon"',
    ]);
    expect(file.invalid[0].id).toBe('Bad Id');
  });

  it('treats missing lists as empty (a seed file may hold no sightings)', () => {
    const file = parsed(parseExportFile(JSON.stringify({ format: 'dc-lens-catalog', version: 1, exportedAt: T4, sites: [] })));
    expect(file.operators).toEqual([]);
    expect(file.sightings).toEqual([]);
  });
});

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON and locates errors', () => {
    for (const ok of ['{}', '[]', '"x"', '-0.5e+3', ' {"a":[1,true,null,{"b":"\\u00e9\\n"}]} ']) expect(findJsonSyntaxError(ok)).toBeNull();
    expect(findJsonSyntaxError('{"a":1,}')).toEqual({ position: 7, truncated: false, expected: 'a property name in double quotes' });
    expect(findJsonSyntaxError('{"a":tru')).toMatchObject({ position: 8, truncated: true });
    expect(findJsonSyntaxError('{"a":"abc')).toMatchObject({ position: 9, truncated: true });
    expect(findJsonSyntaxError('[1.')).toMatchObject({ position: 3, truncated: true });
    expect(findJsonSyntaxError('{"a":01}')).toMatchObject({ position: 6, truncated: false });
    expect(findJsonSyntaxError("{'a':1}")).toMatchObject({ position: 1, expected: 'a property name in double quotes' });
    expect(findJsonSyntaxError('[1] [2]')).toMatchObject({ position: 4, expected: 'the end of the file' });
    expect(findJsonSyntaxError('"a\tb"')).toMatchObject({ position: 2 });
  });

  it('agrees with JSON.parse on what is valid', () => {
    const samples = ['{"a":1}', '{"a":1', '[1,2,]', '[,1]', '{"a" 1}', 'nul', 'null', '1e5', '1e', '"\\x"', '"\\u12"', '[[[]]]', '[[[]]'];
    for (const s of samples) {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      expect(findJsonSyntaxError(s) === null, s).toBe(valid);
    }
  });
});
