// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Card } from '../../../components/card/Card';
import { click, mount, text } from './mount';
import { alibabaTokyoCard, alibabaTokyoMention, stargateAbileneCard, stargateAbileneMention } from './fixtures';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

function renderCard(props: Partial<Parameters<typeof Card>[0]> = {}) {
  const onClose = vi.fn();
  const m = mount(<Card mention={stargateAbileneMention} data={stargateAbileneCard} theme="light" onClose={onClose} {...props} />);
  cleanup = m.unmount;
  const fact = (key: string) => text(m.host.querySelector(`[data-fact="${key}"] dd`));
  return { ...m, onClose, fact };
}

describe('Card for a known site', () => {
  it('is a labelled dialog with name, operators, kind and status badges', () => {
    const { host } = renderCard();
    const dialog = host.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe('DC Lens: OpenAI Stargate Abilene');
    expect(dialog?.classList.contains('dcl-card')).toBe(true);
    // Focusable by script only, so the controller can move keyboard focus into the card.
    expect(dialog?.getAttribute('tabindex')).toBe('-1');
    expect(dialog?.classList.contains('dcl-theme-light')).toBe(true);
    expect(text(host.querySelector('h2'))).toBe('OpenAI Stargate Abilene');
    expect(text(host.querySelector('.dcl-operators'))).toBe('Oracle Cloud Infrastructure · OpenAI');
    expect(text(host.querySelector('.dcl-brand'))).toBe('DC Lens');
    expect(text(host.querySelector('.dcl-badge-kind'))).toBe('Campus');
    expect(text(host.querySelector('.dcl-status-operational'))).toBe('Operational');
  });

  it('keeps operational and planned capacity apart, with GPUs, money and dates', () => {
    const { fact, host } = renderCard();
    expect(fact('capacity-operational')).toBe('421 MW as of Aug 2026 Epoch AI estimate of facility power');
    expect(fact('capacity-planned')).toBe('1.2 GW');
    expect(fact('gpus')).toContain('100,000 GPUs');
    expect(fact('gpus')).toContain('NVIDIA GB200, GB300');
    expect(fact('gpus-planned')).toBe('300,000 GPUs');
    expect(fact('investment')).toContain('$15.9 billion');
    expect(fact('announced')).toBe('21 Jan 2025');
    expect(fact('place')).toContain('Abilene, Texas, United States');
    expect(fact('place')).toContain('North America');
    expect(text(host.querySelector('.dcl-credits'))).toBe('Data: Epoch AI, Frontier Data Centers (CC BY 4.0)');
    expect(text(host.querySelector('.dcl-footer'))).toContain('Seen in 12 articles');
  });

  it('lists sources as safe external links with publisher and date', () => {
    const { host } = renderCard();
    const links = [...host.querySelectorAll<HTMLAnchorElement>('.dcl-sources a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://www.mortenson.com/projects/abilene-data-center-development',
      'https://openai.com/index/five-new-stargate-sites/',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
    expect(text(links[1])).toBe('Five new Stargate sites');
    expect(text(host.querySelectorAll('.dcl-sources li')[1])).toBe('Five new Stargate sites OpenAI, Sep 2025');
  });

  it('shows what the article says differently from the catalog', () => {
    const { host } = renderCard();
    const items = [...host.querySelectorAll('.dcl-diffs li')].map(text);
    expect(items).toEqual(['GPUs: This article: 400,000 GPUs · catalog: 100,000 GPUs today, 300,000 GPUs planned']);
    expect(text(host.querySelector('.dcl-diffs h3'))).toBe('This article says');
  });

  it('shows "103 MW vs 100 MW" and nothing when the article agrees', () => {
    const differing = { ...alibabaTokyoMention, facts: { ...alibabaTokyoMention.facts, capacityMW: 103, ordinal: null } };
    const a = renderCard({ mention: differing, data: alibabaTokyoCard });
    expect(a.host.querySelector('.dcl-diffs [data-fact="capacityMW"]')?.textContent).toBe(
      'Capacity: This article: 103 MW · catalog: 100 MW operational, 150 MW planned',
    );
    a.unmount();
    const agreeing = { ...alibabaTokyoMention, facts: { ...alibabaTokyoMention.facts, capacityMW: 100, ordinal: null } };
    const b = renderCard({ mention: agreeing, data: alibabaTokyoCard });
    expect(b.host.querySelector('.dcl-diffs')).toBeNull();
  });

  it('describes a cloud region by its metro, code and zones', () => {
    const { fact, host } = renderCard({ mention: alibabaTokyoMention, data: alibabaTokyoCard });
    expect(fact('place')).toContain('Tokyo, Japan');
    expect(fact('place')).toContain('metro area');
    expect(fact('region-code')).toBe('ap-northeast-1');
    expect(fact('zones')).toBe('3 availability zones');
    expect(text(host.querySelector('.dcl-badge-kind'))).toBe('Cloud region');
    expect(host.querySelector('[data-fact="ordinal"]')).not.toBeNull();
  });

  it('calls onClose from a labelled close button and has a dark theme', async () => {
    const { host, onClose } = renderCard({ theme: 'dark' });
    const close = host.querySelector('button[aria-label="Close DC Lens card"]');
    await click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(host.querySelector('.dcl-card')?.classList.contains('dcl-theme-dark')).toBe(true);
  });

  it('says it is loading, then shows an error as an alert', () => {
    const loading = renderCard({ data: null });
    expect(loading.host.querySelector('[role="dialog"]')?.getAttribute('aria-busy')).toBe('true');
    expect(text(loading.host.querySelector('[role="status"]'))).toContain('Looking up');
    expect(text(loading.host.querySelector('h2'))).toBe('Stargate Abilene');
    loading.unmount();
    const failed = renderCard({ data: null, error: 'The catalog is not available.' });
    expect(text(failed.host.querySelector('[role="alert"]'))).toBe('The catalog is not available.');
    expect(failed.host.querySelector('[role="status"]')).toBeNull();
  });
});
