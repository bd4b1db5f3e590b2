import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../../lib/sync/format';
import { exportJsonSchema, exportJsonSchemaText } from '../../../lib/sync/json-schema';
import { colossus, seedCatalog, T4 } from './fixtures';

const committed = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'export.schema.json'), 'utf8');

/** ajv comes with web-ext (a dev dependency); the validation tests skip if it ever goes away. */
async function loadAjv(): Promise<null | (new (opts: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown[] | null } })> {
  try {
    const mod = (await import('ajv/dist/2020.js')) as { default: unknown };
    return mod.default as never;
  } catch {
    return null;
  }
}

const Ajv = await loadAjv();

describe('docs/export.schema.json', () => {
  it('is up to date with the zod schemas (run: npx tsx scripts/gen-json-schema.ts)', () => {
    expect(committed).toBe(exportJsonSchemaText());
  });

  it('names the model parts and states the limits', () => {
    const schema = exportJsonSchema() as { $defs: Record<string, unknown>; properties: Record<string, { const?: unknown }> };
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(['Site', 'Operator', 'Sighting', 'Source', 'HttpUrl', 'ExportFilter']));
    expect(schema.properties.format.const).toBe('dc-lens-catalog');
    expect(schema.properties.version.const).toBe(1);
  });

  it.skipIf(Ajv === null)('accepts a real export and refuses javascript: links and other formats (checked with ajv)', () => {
    // ajv ships no format checkers (ajv-formats is not a dependency): give it the one the schema uses.
    const formats = { 'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/ };
    const validate = new Ajv!({ strict: false, allErrors: true, formats }).compile(JSON.parse(committed));
    const file = JSON.parse(buildExport(seedCatalog, { label: 'all' }, T4));
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    const evil = { ...file, sites: [{ ...colossus, sources: [{ url: 'javascript:alert(1)' }] }] };
    expect(validate(evil)).toBe(false);
    expect(validate({ ...file, format: 'other' })).toBe(false);
    expect(validate({ ...file, version: 2 })).toBe(false);
  });
});
