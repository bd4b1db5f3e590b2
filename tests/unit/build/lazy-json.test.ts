/**
 * The build's lazy JSON modules (modules/lazy-json.ts): only the chosen files are taken, the module
 * gives the same data as the file, and nothing is parsed until a field is read.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lazyJson } from '../../../modules/lazy-json';

const dir = mkdtempSync(join(tmpdir(), 'lazy-json-'));
const file = join(dir, 'data.json');
const data = { rows: ['Tōkyō\tJP\t\t37', 'Quote "q" and \\ back'], count: 2 };
writeFileSync(file, JSON.stringify(data));

type Hooks = {
  resolveId: (this: unknown, source: string, importer: string, options: object) => Promise<string | null>;
  load: (id: string) => string | null;
};
const plugin = lazyJson(dir, ['data.json']) as unknown as Hooks;
const context = { resolve: async (source: string) => ({ id: join(dir, source) }) };

/** The module's code as the bundle would hold it, or null when the plugin leaves the file alone. */
async function codeFor(source: string): Promise<string | null> {
  const id = await plugin.resolveId.call(context, source, join(dir, 'importer.ts'), {});
  return id && plugin.load(id);
}

const run = (code: string): Promise<{ default: Record<string, unknown> }> => import(`data:text/javascript,${encodeURIComponent(code)}`);

afterEach(() => vi.restoreAllMocks());

describe('lazy JSON modules', () => {
  it('leave other files to Vite', async () => {
    expect(await codeFor('other.json')).toBeNull();
    expect(await codeFor('data.ts')).toBeNull();
  });

  it('give the file data, parsed on the first read of a field and only once', async () => {
    const code = await codeFor('data.json');
    const parse = vi.spyOn(JSON, 'parse');
    const mod = await run(code!);
    expect(parse).not.toHaveBeenCalled();
    expect(mod.default.rows).toEqual(data.rows);
    expect(mod.default.count).toBe(2);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
