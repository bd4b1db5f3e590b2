import { describe, expect, it } from 'vitest';
import type { Site } from '../../../lib/catalog/schema';
import { applyChangeSetToCatalog, applyChoices } from '../../../lib/sync/choices';
import { CSV_COLUMNS, parseSitesCsv, sitesToCsv } from '../../../lib/sync/csv';
import type { CsvImportResult } from '../../../lib/sync/csv';
import { guardCell, readCsv, unguardCell, writeCsv } from '../../../lib/sync/csv-text';
import { planMerge } from '../../../lib/sync/merge';
import { describeInvalid } from '../../../lib/sync/types';
import { abilene, awsTokyo, colossus, seedCatalog, site, T4, ty11 } from './fixtures';

const NOW = T4;
const existing = new Map(seedCatalog.sites.map((s) => [s.id, s]));

function ok(r: CsvImportResult) {
  if (!r.ok) throw new Error(r.message);
  return r;
}

/** A site reduced to what CSV carries, to compare round trips. */
const csvShape = (s: Site): Site => ({
  ...s,
  place: { city: s.place.city, admin: s.place.admin, country: s.place.country, worldRegion: s.place.worldRegion, lat: s.place.lat, lon: s.place.lon },
  capacity: { operationalMW: s.capacity.operationalMW, plannedMW: s.capacity.plannedMW },
  gpus: { count: s.gpus.count, plannedCount: s.gpus.plannedCount },
  investment: { text: s.investment.text, usd: s.investment.usd },
  sources: s.sources.map((x) => ({ url: x.url })),
  credits: [],
});
const strip = (s: Site) => JSON.parse(JSON.stringify(s)) as Site;

describe('CSV text (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks and reads them back', () => {
    const rows = [['a', 'b,c', 'say "hi"', 'two\nlines', ' padded ', '']];
    const text = writeCsv(rows);
    expect(text).toBe('a,"b,c","say ""hi""","two\nlines"," padded ",\r\n');
    expect(readCsv(text)).toEqual({ ok: true, rows });
  });

  it('reads LF files, a BOM and skips blank lines; reports an unclosed quote', () => {
    expect(readCsv('\uFEFFid,name\nx,"y"\n\n')).toEqual({ ok: true, rows: [['id', 'name'], ['x', 'y']] });
    expect(readCsv('id\n"open')).toEqual({ ok: false, message: 'Line 2: a quoted field is never closed.' });
  });

  it('guards cells a spreadsheet would run as formulas, reversibly', () => {
    for (const danger of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', "'=already quoted"]) {
      const guarded = guardCell(danger);
      expect(guarded.startsWith("'"), danger).toBe(true);
      expect(unguardCell(guarded)).toBe(danger);
    }
    for (const safe of ['Colossus', "O'Hare campus", '100 MW', "'quoted"]) {
      expect(guardCell(safe)).toBe(safe);
      expect(unguardCell(safe)).toBe(safe);
    }
  });
});

describe('sitesToCsv', () => {
  it('writes the documented columns, flattened, with lists joined by " | "', () => {
    const text = sitesToCsv([colossus], { bom: false });
    const r = readCsv(text);
    if (!r.ok) throw new Error(r.message);
    expect(r.rows[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r.rows[1][i]]));
    expect(row).toMatchObject({
      id: 'xai-colossus-1',
      aliases: 'Colossus 1 | xAI Memphis supercomputer',
      operatorIds: 'xai',
      lat: '35.06',
      lon: '-90.16',
      operationalMW: '150',
      gpus: '200000',
      opened: '2024-09',
      notes: 'Built in a former Electrolux factory.',
      createdAt: '2026-01-21T00:00:00.000Z',
    });
  });

  it('starts with a BOM by default and leaves deleted sites out unless asked', () => {
    const gone = { ...ty11, deletedAt: T4 };
    expect(sitesToCsv([awsTokyo, gone]).startsWith('\uFEFFid,name,')).toBe(true);
    expect(sitesToCsv([awsTokyo, gone]).includes('equinix-ty11')).toBe(false);
    expect(sitesToCsv([awsTokyo, gone], { includeDeleted: true }).includes('equinix-ty11')).toBe(true);
  });

  it('prefixes injected formulas in text cells, not negative numbers', () => {
    const evil = site({ id: 'evil', name: '=cmd|"/c calc"!A1', aliases: ['@evil'], kind: 'facility', operatorIds: ['xai'], place: { lon: -12.5 }, notes: '-1+2' });
    const text = sitesToCsv([evil], { bom: false });
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(text).toContain(",'@evil,");
    expect(text).toContain(',-12.5,');
    expect(text).toContain(",'-1+2,");
  });
});

describe('parseSitesCsv', () => {
  it('round-trips every CSV column for new sites', () => {
    const sites = [awsTokyo, ty11, abilene, colossus].map(csvShape).map(strip); // sorted by id, as written
    const r = ok(parseSitesCsv(sitesToCsv(sites), { now: NOW }));
    expect(r.incoming.invalid).toEqual([]);
    expect(r.incoming.sites.map(strip)).toEqual(sites);
    expect(r.base.sites).toEqual([]);
  });

  it('round-trips hostile text and formulas', () => {
    const evil = strip(site({ id: 'evil', name: '=1+1', aliases: ['<script>alert(1)</script>', '+x'], kind: 'facility', operatorIds: ['xai'], notes: 'a, "b"\nc' }));
    const r = ok(parseSitesCsv(sitesToCsv([evil]), { now: NOW }));
    expect(r.incoming.sites.map(strip)).toEqual([evil]);
  });

  it('lays rows over stored sites: unchanged rows stay unchanged, edits are stamped as user edits', () => {
    const csv = sitesToCsv(seedCatalog.sites).replace('Built in a former Electrolux factory.', 'Former Electrolux plant.');
    const r = ok(parseSitesCsv(csv, { now: NOW, existing }));
    expect(r.incoming.invalid).toEqual([]);
    const edited = r.incoming.sites.find((s) => s.id === colossus.id)!;
    // Fields the CSV cannot carry are kept from the stored site.
    expect(edited).toEqual({ ...colossus, notes: 'Former Electrolux plant.', updatedAt: NOW, userEditedAt: NOW });
    const plan = planMerge(seedCatalog, r.incoming, { base: r.base });
    expect(plan.counts).toEqual({ added: 0, updated: 1, refreshed: 0, unchanged: 3, conflicts: 0, invalid: 0 });
    const next = applyChangeSetToCatalog(seedCatalog, applyChoices(plan, {}));
    expect(next.sites.find((s) => s.id === colossus.id)!.notes).toBe('Former Electrolux plant.');
  });

  it('keeps source titles for URLs that stay, and adds new URLs', () => {
    const csv = sitesToCsv([awsTokyo]).replace(
      'regions_az/,',
      'regions_az/ | https://aws.amazon.com/blogs/aws/tokyo-region/,',
    );
    const r = ok(parseSitesCsv(csv, { now: NOW, existing }));
    expect(r.incoming.sites[0].sources).toEqual([awsTokyo.sources[0], { url: 'https://aws.amazon.com/blogs/aws/tokyo-region/' }]);
  });

  it('accepts any column order and subset, case-insensitively', () => {
    const r = ok(parseSitesCsv('Name,ID,zones,Colour\r\nAWS Tokyo,aws-ap-northeast-1,4,red\r\n', { now: NOW, existing }));
    expect(r.columns).toEqual(['name', 'id', 'zones']);
    expect(r.unknownColumns).toEqual(['Colour']);
    expect(r.incoming.sites[0]).toMatchObject({ name: 'AWS Tokyo', zones: 4, regionCode: 'ap-northeast-1', userEditedAt: NOW });
  });

  it('refuses a row edited from an older copy instead of undoing later changes', () => {
    const csv = 'id,name,updatedAt\r\nequinix-ty11,Equinix Tokyo 11,2025-12-01T00:00:00.000Z\r\nequinix-ty11-b,x,\r\n';
    const r = ok(parseSitesCsv(csv, { now: NOW, existing }));
    expect(describeInvalid(r.incoming.invalid[0])).toBe(
      'row 2 (id "equinix-ty11"): updatedAt: the site changed since this CSV was made (CSV 2025-12-01T00:00:00.000Z, catalog 2026-01-21T00:00:00.000Z); export a fresh CSV and redo the edit',
    );
  });

  it('reports every problem by row and column', () => {
    const csv = [
      'id,name,kind,operatorIds,lat,sources,country',
      'ok-site,Fine,facility,xai,10.5,,US',
      ',No id,facility,xai,,,',
      'bad-site,,warehouse,xai,"1,5",javascript:alert(1),usa',
      'ok-site,Again,facility,xai,,,',
    ].join('\r\n');
    const r = ok(parseSitesCsv(csv, { now: NOW }));
    expect(r.incoming.sites.map((s) => s.id)).toEqual(['ok-site']);
    expect(r.incoming.sites[0]).toMatchObject({ origin: 'user', createdAt: NOW, updatedAt: NOW, place: { lat: 10.5, country: 'US' } });
    expect(r.incoming.invalid.map(describeInvalid)).toEqual([
      'row 3: id: is required',
      'row 4 (id "bad-site"): lat: not a number (digits with "." for decimals, no thousands separators); name: expected text, received nothing (the field is missing); kind: expected one of "facility", "campus", "region", "project", received the text "warehouse"; country: must be an ISO 3166-1 alpha-2 code; received the text "usa"; sources: must be an http(s) URL; received the text "javascript:alert(1)"',
      'row 5 (id "ok-site"): id: duplicate id; first seen in row 2',
    ]);
  });

  it('refuses files it cannot use as a whole', () => {
    expect(parseSitesCsv('name,kind\r\nx,campus\r\n', { now: NOW })).toEqual({ ok: false, message: 'The CSV has no "id" column; DC Lens needs it to match rows to sites.' });
    expect(parseSitesCsv('id,name,Name\r\n', { now: NOW })).toEqual({ ok: false, message: 'The CSV header names the column "name" twice.' });
    expect(parseSitesCsv('', { now: NOW })).toEqual({ ok: false, message: 'The CSV file is empty.' });
  });
});
