// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import type { CardData } from '../../../lib/messaging/messages';
import { mount, text } from './mount';
import { alibabaTokyoCard, alibabaTokyoMention, newTokyoFacilityCard, newTokyoFacilityMention } from './fixtures';

const XSS = '<img src=x onerror=alert(1)>';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** Data that could only arrive through a bug upstream: the schemas would refuse it. */
function hostileKnown(): CardData {
  const site = alibabaTokyoCard.site!;
  return {
    ...alibabaTokyoCard,
    site: {
      ...site,
      name: `${XSS} Tokyo`,
      notes: `<script>alert(2)</script>`,
      credits: [`<a href="javascript:alert(3)">credit</a>`],
      place: { ...site.place, city: XSS },
      sources: [
        { url: 'javascript:alert(1)', title: 'Click me' },
        { url: ' JaVaScRiPt:alert(1)', title: XSS },
        { url: 'data:text/html,<script>alert(1)</script>' },
        { url: 'https://example.org/ok', title: XSS, publisher: '<b>pub</b>' },
      ],
    },
    operators: alibabaTokyoCard.operators.map((o) => ({ ...o, name: `<svg onload=alert(4)>` })),
    comparison: {
      ...alibabaTokyoCard.comparison!,
      scopes: alibabaTokyoCard.comparison!.scopes.map((s) => ({
        ...s,
        label: XSS,
        operators: s.operators.map((o) => ({ ...o, operatorName: XSS })),
      })),
    },
  };
}

function assertInert(host: HTMLElement) {
  expect(host.querySelector('img, script, svg[onload], iframe, object, embed')).toBeNull();
  for (const el of host.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
  }
  for (const a of host.querySelectorAll('a')) {
    const href = a.getAttribute('href') ?? '';
    expect(href).toMatch(/^https?:\/\//);
    expect(href.toLowerCase()).not.toContain('javascript:');
  }
}

describe('Card with hostile strings', () => {
  it('renders markup in names, places and sources as text and drops unsafe links', () => {
    const m = mount(<Card mention={{ ...alibabaTokyoMention, text: XSS }} data={hostileKnown()} theme="light" onClose={vi.fn()} />);
    cleanup = m.unmount;
    assertInert(m.host);
    expect(text(m.host.querySelector('h2'))).toBe(`${XSS} Tokyo`);
    expect(m.host.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe(`DC Lens: ${XSS} Tokyo`);
    expect(text(m.host.querySelector('.dcl-operators'))).toBe('<svg onload=alert(4)>');
    expect(text(m.host.querySelector('.dcl-notes'))).toBe('<script>alert(2)</script>');
    const links = [...m.host.querySelectorAll('.dcl-sources a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/ok']);
    expect(text(links[0])).toBe(XSS);
    // The refused sources stay visible as inert text, so the reader still sees the claim.
    expect([...m.host.querySelectorAll('.dcl-source-inert')].map(text)).toEqual(['Click me', XSS, 'Source']);
    expect(m.host.querySelectorAll('[role="tab"]')[0].textContent).toBe(XSS);
  });

  it('keeps hostile candidate and extracted strings inert on a new-mention card', () => {
    const data: CardData = {
      ...newTokyoFacilityCard,
      candidates: newTokyoFacilityCard.candidates.map((c) => ({ ...c, name: XSS })),
    };
    const mention = { ...newTokyoFacilityMention, facts: { ...newTokyoFacilityMention.facts, name: XSS, operator: XSS, location: XSS } };
    const m = mount(<Card mention={mention} data={data} theme="dark" onClose={vi.fn()} onPickCandidate={vi.fn()} onSave={vi.fn()} />);
    cleanup = m.unmount;
    assertInert(m.host);
    expect([...m.host.querySelectorAll('.dcl-candidate-name')].map(text)).toEqual([XSS, XSS, XSS]);
    // The operator as written, with the catalog company its mention resolved to: text either way.
    expect(text(m.host.querySelector('[data-fact="operator"] dd'))).toBe(`${XSS} (Alibaba Cloud)`);
  });
});
