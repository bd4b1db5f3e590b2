import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

function scan(args: string[]) {
  const r = spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts the CLI in its own process (tsx compiles the detector and loads the shipped
// catalog: about 15 s on a quiet machine), so the cases get more than the suite's 30 s.
describe('scripts/scan.ts', { timeout: 90_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dc-lens-scan-'));
  const txt = join(dir, 'a.txt');
  const html = join(dir, 'b.html');
  writeFileSync(txt, 'Oracle will open its second data center in Chile, a 60 MW facility.\n');
  writeFileSync(html, '<html><body><nav>Menu</nav><article><h1>Equinix opens third data center in Lagos</h1><p>Equinix said the new site cost $60 million.</p></article></body></html>');

  it('prints one JSON object per file, in order, with offsets into the text', () => {
    const r = scan(['--json', txt, html]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Array<{ file: string; mentions: Array<{ start: number; end: number; text: string; facts: Record<string, unknown> }> }>;
    expect(out.map((o) => o.file)).toEqual([txt, html]);
    const m = out[0].mentions[0];
    expect(m.text).toBe('its second data center in Chile');
    expect('Oracle will open its second data center in Chile'.slice(m.start, m.end)).toBe(m.text);
    expect(m.facts).toMatchObject({ operator: 'Oracle', location: 'Chile', ordinal: 'second', capacityMW: 60, gpus: null });
    expect(out[1].mentions.map((x) => x.text)).toEqual(['third data center in Lagos']);
  });

  it('reports an unreadable file on stderr, exits non-zero and still scans the others', () => {
    const r = scan(['--json', join(dir, 'missing.txt'), txt]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/missing\.txt/);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(1);
  });

  it('prints a readable table without --json', () => {
    const r = scan([txt]);
    expect(r.stdout).toMatch(/2 mentions/); // "its second data center in Chile" and "60 MW facility"
    expect(r.stdout).toMatch(/ordinal=second/);
  });
});
