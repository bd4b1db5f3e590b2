/**
 * The benches that need the built extension in real Chromium: content-script size, reading a long
 * page, and importing a large catalog. Each part that fails is reported as skipped, with why.
 */
import { rmSync } from 'node:fs';
import { benchChromiumImport } from './chromium-import';
import { benchCold } from './cold';
import type { BenchContext } from './context';
import { benchContentSize, buildExtension } from './extension-build';
import { benchReading } from './reading';
import type { SectionResult } from './report';
import { startFixtureServer } from './servers';
import { loadSeed, siteAliases } from './synth-catalog';

const skipped = (section: string, why: unknown): SectionResult => ({
  section,
  rows: [],
  details: {},
  notes: [],
  skipped: why instanceof Error ? why.message.split('\n')[0] : String(why),
});

// DC Lens off for "localhost": the same page there is the untouched control copy.
const SETTINGS = JSON.stringify({ enabled: true, disabledSites: ['localhost'], markStyle: 'underline', hoverDelayMs: 350, theme: 'auto' });
/** Catalog sizes (sites) the cold start is measured with, besides the seed. */
const coldSizes = (ctx: BenchContext) =>
  // BENCH_COLD_SIZES=100000 measures one size alone (the 100k first wake takes minutes).
  process.env.BENCH_COLD_SIZES?.split(',').map(Number).filter((n) => n > 0) ?? (ctx.quick ? [10_000] : [10_000, 100_000]);

/** `--only cold`: the cold-start rows alone, with the same build and settings as the browser section. */
export async function benchColdOnly(ctx: BenchContext): Promise<SectionResult[]> {
  const built = buildExtension(ctx);
  if ('error' in built) return [skipped('Cold start (Chromium)', built.error)];
  process.env.DC_LENS_EXTENSION = built.path;
  const fixtures = await import('../../tests/e2e/fixtures');
  const server = await startFixtureServer(ctx.root);
  try {
    return [await benchCold(ctx, { port: server.port, fixtures, settings: SETTINGS, sizes: coldSizes(ctx) })];
  } catch (e) {
    return [skipped('Cold start (Chromium)', e)];
  } finally {
    server.stop();
  }
}

/** Generated pages' sizes (nodes) read beside the realistic pages; BENCH_READING_SIZES= (empty) reads only the realistic ones. */
const readingSizes = (ctx: BenchContext) =>
  process.env.BENCH_READING_SIZES?.split(',').map(Number).filter((n) => n > 0) ?? (ctx.quick ? [20_000] : [20_000, 100_000]);
/** BENCH_PARTS=reading,cold,import (comma-separated) runs only those parts of the section; all by default. */
const wanted = (part: string) => process.env.BENCH_PARTS?.split(',').includes(part) ?? true;

export async function benchBrowser(ctx: BenchContext): Promise<SectionResult[]> {
  const built = buildExtension(ctx);
  if ('error' in built) return [skipped('Content script', built.error), skipped('Reading (Chromium)', built.error), skipped('Catalog (Chromium)', built.error)];
  const out: SectionResult[] = [benchContentSize(built.path)];
  if (built.buildMs !== null) out[0].notes.push(`Build (wxt build, chrome-mv3) took ${(built.buildMs / 1000).toFixed(1)} s.`);

  // tests/e2e/fixtures.ts reads the extension path from the environment when it loads.
  process.env.DC_LENS_EXTENSION = built.path;
  const fixtures = await import('../../tests/e2e/fixtures');
  const server = await startFixtureServer(ctx.root);
  let launched: Awaited<ReturnType<typeof fixtures.launchWithExtension>> | null = null;
  try {
    launched = await fixtures.launchWithExtension();
    const { context } = launched;
    await fixtures.waitForCatalog(context);
    const id = await fixtures.extensionId(context);
    const sw = await fixtures.serviceWorker(context);
    const version = context.browser()?.version() ?? (await sw.evaluate('navigator.userAgent'));
    out[0].details.chromium = version;
    await sw.evaluate(`chrome.storage.local.set({ settings: ${SETTINGS} })`);
    // mark.js gets every name DC Lens's catalog knows: sites' and operators'.
    const seed = loadSeed(ctx.root);
    const aliases = [...new Set([...siteAliases(seed.sites), ...seed.operators.flatMap((o) => [o.name, ...o.aliases])])];
    if (wanted('reading')) try {
      out.push(await benchReading(ctx, { context, port: server.port, aliases }, readingSizes(ctx)));
    } catch (e) {
      out.push(skipped('Reading (Chromium)', e));
    }
    if (wanted('cold')) try {
      out.push(await benchCold(ctx, { port: server.port, fixtures, settings: SETTINGS, sizes: coldSizes(ctx) }));
    } catch (e) {
      out.push(skipped('Cold start (Chromium)', e));
    }
    if (wanted('import')) try {
      out.push(await benchChromiumImport(ctx, context, id, ctx.quick ? 10_000 : 100_000));
    } catch (e) {
      out.push(skipped('Catalog (Chromium)', e));
    }
  } catch (e) {
    out.push(skipped('Reading (Chromium)', e), skipped('Catalog (Chromium)', e));
  } finally {
    await launched?.context.close().catch(() => undefined);
    if (launched) rmSync(launched.dir, { recursive: true, force: true });
    server.stop();
  }
  return out;
}
