/**
 * The build's stand-in modules (modules/stand-ins.ts): only the chosen file is redirected, whatever
 * the import's relative path, and other files, even of the same name, are left to Vite.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { standIns } from '../../../modules/stand-ins';

const root = '/project';
type Hooks = { resolveId: (this: unknown, source: string, importer: string, options: object) => Promise<string | null> };
const plugin = standIns(root, { 'lib/data/cities.json': 'entrypoints/city-rows.ts' }) as unknown as Hooks;
// Vite's own resolution of a relative import against its importer's folder.
const context = { resolve: async (source: string, importer: string) => ({ id: join(importer, '..', source) }) };
const resolveFrom = (source: string, importer: string) => plugin.resolveId.call(context, source, importer, {});

describe('stand-in modules', () => {
  it('point the chosen file at its stand-in from any importer', async () => {
    expect(await resolveFrom('./data/cities.json', '/project/lib/gazetteer.ts')).toBe('/project/entrypoints/city-rows.ts');
    expect(await resolveFrom('../lib/data/cities.json', '/project/scripts/x.ts')).toBe('/project/entrypoints/city-rows.ts');
  });

  it('leave other files to Vite, even one of the same name', async () => {
    expect(await resolveFrom('./cities.json', '/project/other/x.ts')).toBeNull();
    expect(await resolveFrom('./data/regions.ts', '/project/lib/gazetteer.ts')).toBeNull();
  });
});
