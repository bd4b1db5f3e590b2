// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import { click, mount, text } from './mount';
import { newTokyoFacilityCard, newTokyoFacilityMention, operators } from './fixtures';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function renderNew(props: Partial<Parameters<typeof Card>[0]> = {}) {
  const onSave = vi.fn();
  const onPickCandidate = vi.fn();
  const m = mount(
    <Card mention={newTokyoFacilityMention} data={newTokyoFacilityCard} theme="light" onClose={vi.fn()} onSave={onSave} onPickCandidate={onPickCandidate} {...props} />,
  );
  cleanup = m.unmount;
  return { ...m, onSave, onPickCandidate };
}

describe('Card for a new mention', () => {
  it('names the mention, badges it as new and lists what the article says', () => {
    const { host } = renderNew();
    expect(host.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe('DC Lens: Alibaba Cloud Tokyo data center 5');
    expect(text(host.querySelector('.dcl-status-new'))).toBe('New');
    expect(text(host.querySelector('.dcl-badge-kind'))).toBe('Facility');
    expect(text(host.querySelector('.dcl-lede'))).toBe('Not in your catalog yet.');
    const facts = [...host.querySelectorAll('.dcl-fact')].map((f) => `${text(f.querySelector('dt'))}=${text(f.querySelector('dd'))}`);
    expect(facts).toEqual(['Name=Alibaba Cloud Tokyo data center 5', 'Operator=Alibaba Cloud', 'Location=Tokyo', 'Order=fifth']);
    expect(host.querySelector('.dcl-diffs')).toBeNull();
  });

  it("shows a brand with its company and an abbreviated amount spelled out, as the article wrote them", () => {
    const mention = { ...newTokyoFacilityMention, operatorIds: ['oracle'], facts: { ...newTokyoFacilityMention.facts, operator: 'OCI', investment: '£190m' } };
    const data = { ...newTokyoFacilityCard, operators: [operators.oracle] };
    const { host } = renderNew({ mention, data });
    const facts = [...host.querySelectorAll('.dcl-fact')].map((f) => `${text(f.querySelector('dt'))}=${text(f.querySelector('dd'))}`);
    expect(facts).toContain('Operator=OCI (Oracle Cloud Infrastructure)');
    expect(facts).toContain('Investment=£190m (£190 million)');
  });

  it('offers the candidates as buttons and reports the pick', async () => {
    const { host, onPickCandidate } = renderNew();
    const heading = [...host.querySelectorAll('h3')].find((h) => text(h) === 'Is it one of these?');
    expect(heading).toBeDefined();
    const buttons = [...host.querySelectorAll<HTMLButtonElement>('button.dcl-candidate')];
    expect(buttons.map((b) => text(b.querySelector('.dcl-candidate-name')))).toEqual([
      'Alibaba Cloud Japan (Tokyo)',
      'AWS Asia Pacific (Tokyo)',
      'Azure Japan East',
    ]);
    expect(text(buttons[1].querySelector('.dcl-candidate-meta'))).toBe('Amazon Web Services · Tokyo, Japan · Cloud region');
    await click(buttons[1]);
    expect(onPickCandidate).toHaveBeenCalledWith('aws-ap-northeast-1');
  });

  it('has a Save button that calls onSave', async () => {
    const { host, onSave } = renderNew();
    const save = [...host.querySelectorAll('button')].find((b) => text(b) === 'Save to catalog');
    await click(save);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('shows the competitors of its place without ranking a site it does not have', () => {
    const { host } = renderNew();
    expect(host.querySelector('.dcl-comparison')).not.toBeNull();
    expect(host.querySelector('.dcl-ranks')).toBeNull();
    const subject = host.querySelector('.dcl-comparison [data-subject="true"]');
    expect(text(subject?.querySelector('.dcl-bar-label'))).toBe('Alibaba Cloud');
  });

  it('hides the actions it was not given handlers for', () => {
    const { host } = renderNew({ onSave: undefined, onPickCandidate: undefined });
    expect([...host.querySelectorAll('button')].some((b) => text(b) === 'Save to catalog')).toBe(false);
    expect(host.querySelectorAll('button.dcl-candidate')).toHaveLength(0);
    expect(host.querySelectorAll('.dcl-candidate')).toHaveLength(3);
  });
});
