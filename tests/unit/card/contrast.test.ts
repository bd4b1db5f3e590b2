import { describe, expect, it } from 'vitest';
import { cardCss as css } from '../../../components/card/styles';

/** The custom properties declared in the first rule whose selector is exactly `selector`. */
function themeVars(selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule ${selector}`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--dcl-[\w-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1], m[2].toLowerCase()]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const STATUSES = ['operational', 'under_construction', 'announced', 'cancelled', 'unknown', 'new'];
const TEXT_PAIRS: Array<[string, string]> = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['link', 'bg'],
  ['accent-fg', 'accent'],
  ['diff-fg', 'diff-bg'],
  ['error', 'bg'],
  ['badge-kind-fg', 'badge-kind-bg'],
  ...STATUSES.map((s): [string, string] => [`st-${s}-fg`, `st-${s}-bg`]),
];
/** Bars, focus rings and the selected-tab line are graphics: WCAG 1.4.11 asks 3:1. */
const GRAPHIC_PAIRS: Array<[string, string]> = [
  ['bar', 'bg'],
  ['bar', 'track'],
  ['bar-subject', 'bg'],
  ['bar-subject', 'track'],
  ['focus', 'bg'],
  ['accent', 'bg'],
];

const light = themeVars('.dcl-card');
const dark = { ...light, ...themeVars('.dcl-card.dcl-theme-dark') };

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_name, vars) => {
  const get = (k: string) => {
    const v = vars[`--dcl-${k}`];
    if (!v) throw new Error(`--dcl-${k} missing`);
    return v;
  };
  it.each(TEXT_PAIRS)('text %s on %s meets WCAG AA (4.5:1)', (fg, bg) => {
    expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(4.5);
  });
  it.each(GRAPHIC_PAIRS)('graphic %s on %s meets 3:1', (fg, bg) => {
    expect(contrast(get(fg), get(bg))).toBeGreaterThanOrEqual(3);
  });
  it('tells the subject bar apart from the others', () => {
    expect(get('bar-subject')).not.toBe(get('bar'));
  });
});

describe('contrast()', () => {
  it('matches known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('stylesheet scoping', () => {
  it('scopes every rule under the root class and resets the root', () => {
    const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
    const selectors = [...withoutComments.matchAll(/([^{}]+)\{/g)].flatMap((m) => m[1].split(',').map((s) => s.trim()));
    expect(selectors.length).toBeGreaterThan(50);
    for (const s of selectors) expect(s.startsWith('.dcl-card')).toBe(true);
    expect(withoutComments).toMatch(/\.dcl-card \{\s*all: initial;/);
  });
});

