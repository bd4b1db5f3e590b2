/**
 * The worker's city rows (entrypoints/background/city-rows.ts, the build's stand-in for
 * lib/detect/data/cities.json): read only after they were fetched from the build's copy, equal to
 * the file, fetched once, and a copy that is missing or not rows is refused.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../../entrypoints/background/asset-url', () => ({ assetUrl: (path: string) => `https://extension.invalid${path}` }));

const file = JSON.parse(readFileSync('lib/detect/data/cities.json', 'utf8')) as { rows: string[] };
const fresh = async () => {
  vi.resetModules();
  return import('../../../entrypoints/background/city-rows');
};

afterEach(() => vi.unstubAllGlobals());

describe("the worker's city rows", () => {
  it('are fetched once from the build copy and equal the file', async () => {
    const fetched = vi.fn(async (url: string) => {
      expect(url).toBe('https://extension.invalid/cities.json');
      return new Response(JSON.stringify(file));
    });
    vi.stubGlobal('fetch', fetched);
    const { default: cities, loadCityRows } = await fresh();
    expect(() => cities.rows).toThrow(/before loadCityRows/);
    await loadCityRows();
    await loadCityRows();
    expect(cities.rows).toEqual(file.rows);
    expect(fetched).toHaveBeenCalledTimes(1);
  });

  it('refuse a missing copy or one without rows, and stay unread', async () => {
    const { default: cities, loadCityRows } = await fresh();
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 404 }));
    await expect(loadCityRows()).rejects.toThrow(/HTTP 404/);
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ rows: ['Tokyo\tJP\t\t1', 3] })));
    await expect(loadCityRows()).rejects.toThrow();
    expect(() => cities.rows).toThrow(/before loadCityRows/);
  });
});
