// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { BarChart, visibleRows } from '../../../components/card/BarChart';
import { Card } from '../../../components/card/Card';
import { ComparisonChart } from '../../../components/card/ComparisonChart';
import { click, mount, text } from './mount';
import { alibabaTokyoCard, alibabaTokyoComparison, alibabaTokyoMention } from './fixtures';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function renderChart() {
  const m = mount(<ComparisonChart comparison={alibabaTokyoComparison} hasSite />);
  cleanup = m.unmount;
  return m;
}

const widths = (host: Element) => [...host.querySelectorAll('.dcl-bar-fill')].map((r) => Number(r.getAttribute('width')));

describe('ComparisonChart', () => {
  it('draws operators as bars with the subject marked and an accessible summary', () => {
    const { host } = renderChart();
    const img = host.querySelector('[role="img"]');
    expect(img?.getAttribute('aria-label')).toBe(
      "Operators in Tokyo by capacity: Amazon Web Services 240 MW, Microsoft Azure 180 MW, Google Cloud 150 MW, Alibaba Cloud 100 MW (this site's operator), Oracle Cloud Infrastructure 60 MW.",
    );
    const subject = img?.querySelectorAll('[data-subject="true"]');
    expect(subject).toHaveLength(1);
    expect(text(subject?.[0].querySelector('.dcl-bar-label'))).toBe('Alibaba Cloud');
    expect(subject?.[0].classList.contains('is-subject')).toBe(true);
    expect(widths(img!)).toEqual([100, 75, 62.5, 41.67, 25]);
  });

  it('has a screen-reader table with the subject named', () => {
    const { host } = renderChart();
    const table = host.querySelector('table.dcl-sr-only');
    expect(text(table?.querySelector('caption'))).toBe('Operators in Tokyo by capacity');
    const rows = [...(table?.querySelectorAll('tbody tr') ?? [])].map(text);
    expect(rows).toContain("Alibaba Cloud (this site's operator) 100 MW");
    expect(rows).toHaveLength(5);
  });

  it('ranks the site in words', () => {
    const { host } = renderChart();
    expect([...host.querySelectorAll('.dcl-ranks li')].map(text)).toEqual(['#4 of 6 by MW in Tokyo']);
  });

  it('switches scope with tabs, by click and by arrow keys', async () => {
    const { host } = renderChart();
    const tabs = () => [...host.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    expect(tabs().map(text)).toEqual(['Tokyo', 'Japan', 'Asia-Pacific']);
    expect(tabs()[0].getAttribute('aria-selected')).toBe('true');
    expect(tabs()[1].getAttribute('tabindex')).toBe('-1');
    await click(tabs()[1]);
    expect(tabs()[1].getAttribute('aria-selected')).toBe('true');
    expect(host.querySelector('[role="tabpanel"]')?.getAttribute('data-scope')).toBe('country');
    expect(text(host.querySelector('.dcl-ranks li'))).toBe('#6 of 10 by MW in Japan');
    await act(() => {
      tabs()[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(tabs()[2].getAttribute('aria-selected')).toBe('true');
    expect(text(host.querySelector('.dcl-ranks li'))).toBe('#31 of 88 by MW in Asia-Pacific');
    await act(() => {
      tabs()[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    });
    expect(tabs()[0].getAttribute('aria-selected')).toBe('true');
  });

  it('switches measure and keeps the subject visible', async () => {
    const { host } = renderChart();
    const zones = [...host.querySelectorAll('.dcl-toggle button')].find((b) => text(b) === 'Zones');
    await click(zones);
    expect(zones?.getAttribute('aria-pressed')).toBe('true');
    const img = host.querySelector('.dcl-panel [role="img"]');
    expect(img?.getAttribute('aria-label')).toMatch(/^Operators in Tokyo by availability zones: Amazon Web Services 4 zones/);
    expect(text(img?.querySelector('[data-subject="true"] .dcl-bar-value'))).toBe('3 zones');
  });

  it('offers the largest sites with this site highlighted', () => {
    const { host } = renderChart();
    const details = host.querySelector('.dcl-details');
    expect(text(details?.querySelector('summary'))).toBe('Largest sites in Tokyo');
    expect(text(details?.querySelector('[data-subject="true"] .dcl-bar-label'))).toBe('Alibaba Cloud Japan (Tokyo)');
  });
});

describe('BarChart', () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ key: `r${i}`, label: `Row ${i}`, value: 100 - i, valueText: String(100 - i), isSubject: i === 8 }));
  it('cuts long lists but always draws the subject', () => {
    expect(visibleRows(rows, 6).map((r) => r.key)).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r8']);
    const m = mount(<BarChart caption="c" summary="s" nameLabel="Name" valueLabel="MW" rows={rows} subjectNote="this site" />);
    cleanup = m.unmount;
    expect(m.host.querySelectorAll('.dcl-bar-row')).toHaveLength(6);
    expect(m.host.querySelectorAll('tbody tr')).toHaveLength(10);
    expect(m.host.querySelector('[role="img"]')?.getAttribute('aria-label')).toBe('s');
  });
});

describe('Card footprint', () => {
  it('draws the operator footprint beside competitors', () => {
    const m = mount(<Card mention={alibabaTokyoMention} data={alibabaTokyoCard} theme="light" onClose={vi.fn()} />);
    cleanup = m.unmount;
    const fp = m.host.querySelector('.dcl-footprint');
    expect(text(fp?.querySelector('.dcl-chart-head p'))).toBe('Worldwide, as of Jun 2025');
    expect(fp?.querySelector('[role="img"]')?.getAttribute('aria-label')).toContain("Alibaba Cloud 29 (this site's operator)");
    expect(text(fp?.querySelector('[data-subject="true"] .dcl-bar-label'))).toBe('Alibaba Cloud');
  });
});
