// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PopupApi } from '../../../components/popup/api';
import { MentionList } from '../../../components/popup/MentionList';
import { SaveMention } from '../../../components/popup/SaveMention';
import { EvidenceSchema } from '../../../lib/messaging/messages';
import { mention, OPERATORS, renderRoot, site } from './fixtures';

const root = renderRoot();

const page = { url: 'https://www.example.com/news/alibaba-tokyo', title: 'Alibaba Cloud expands in Japan' };
const $ = (id: string) => root.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const $$ = (id: string) => [...root.querySelectorAll<HTMLElement>(`[data-testid="${id}"]`)];
const settle = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('MentionList', () => {
  it('groups mentions into Known and New with counts, and reveals on click', async () => {
    const onReveal = vi.fn();
    const onSave = vi.fn();
    const mentions = [
      mention({ id: 'a1.0.14', status: 'known', entityId: 'aws-ap-northeast-1', text: 'ap-northeast-1', kind: 'region' }),
      mention({ id: 'b2.10.30' }),
      mention({ id: 'b2.50.13', text: 'a 1 GW campus', facts: { ...mention().facts, capacityMW: 1000 } }),
    ];
    await act(() => render(<MentionList mentions={mentions} onReveal={onReveal} onSave={onSave} />, root));
    const badges = [...root.querySelectorAll('.badge')].map((b) => b.getAttribute('aria-label'));
    expect(badges).toEqual(['1 known mentions', '2 new mentions']);
    const rows = $$('mention-row');
    expect(rows.map((r) => r.dataset.status)).toEqual(['known', 'new', 'new']);
    expect(rows[2].textContent).toContain('1 GW');
    expect(rows[1].textContent).toContain('Alibaba Cloud · Tokyo, Japan');
    await act(() => rows[2].click());
    expect(onReveal).toHaveBeenCalledWith('b2.50.13');
    expect($$('mention-save')).toHaveLength(2);
    await act(() => $$('mention-save')[0].click());
    expect(onSave).toHaveBeenCalledWith('b2.10.30');
  });
});

describe('SaveMention', () => {
  const api = (): PopupApi => ({
    saveSite: vi.fn(async () => ({ ok: true as const, site: site({ id: 'user-1', name: 'Alibaba Cloud Tokyo data center 5', origin: 'user' }) })),
    linkSite: vi.fn(async () => undefined),
    candidates: vi.fn(async (ids: readonly string[]) => ids.map((id) => ({ id, name: `Site ${id}`, detail: 'Tokyo, Japan' }))),
  });

  it('saves the prefilled draft with the mention as evidence', async () => {
    const a = api();
    const onDone = vi.fn();
    await act(() => render(<SaveMention mention={mention()} page={page} operators={OPERATORS} api={a} onDone={onDone} onCancel={vi.fn()} />, root));
    await act(async () => $('save-submit')!.click());
    await settle();
    const [payload, evidence] = vi.mocked(a.saveSite).mock.calls[0];
    expect(payload).toMatchObject({ name: 'Alibaba Cloud Tokyo data center 5', operatorIds: ['alibaba-cloud'], status: 'announced' });
    expect(EvidenceSchema.parse(evidence)).toMatchObject({ url: page.url, quote: { exact: 'its fifth data center in Tokyo' } });
    expect(onDone).toHaveBeenCalledWith('Saved “Alibaba Cloud Tokyo data center 5” to your catalog.');
  });

  it('puts the background’s errors next to the fields', async () => {
    const a = api();
    vi.mocked(a.saveSite).mockResolvedValue({ ok: false, errors: [{ path: 'place.country', message: 'Unknown country' }] });
    const onDone = vi.fn();
    await act(() => render(<SaveMention mention={mention()} page={page} operators={OPERATORS} api={a} onDone={onDone} onCancel={vi.fn()} />, root));
    await act(async () => $('save-submit')!.click());
    await settle();
    expect(onDone).not.toHaveBeenCalled();
    expect($('field-error')?.textContent).toBe('Unknown country');
  });

  it('links to one of the candidates instead', async () => {
    const a = api();
    const onDone = vi.fn();
    const m = mention({ candidates: ['alibaba-tokyo-3', 'alibaba-tokyo-4'] });
    await act(() => render(<SaveMention mention={m} page={page} operators={OPERATORS} api={a} onDone={onDone} onCancel={vi.fn()} />, root));
    const linkMode = [...root.querySelectorAll<HTMLInputElement>('input[name="save-mode"]')].find((i) => i.value === 'link')!;
    await act(() => linkMode.click());
    await settle();
    expect(a.candidates).toHaveBeenCalledWith(['alibaba-tokyo-3', 'alibaba-tokyo-4']);
    // Linking without a choice says what is missing.
    await act(async () => $('link-submit')!.click());
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Choose the site this mention is about.');
    const options = $$('candidate-option');
    expect(options.map((o) => o.textContent)).toEqual(['Site alibaba-tokyo-3 Tokyo, Japan', 'Site alibaba-tokyo-4 Tokyo, Japan']);
    await act(() => options[1].querySelector('input')!.click());
    await act(async () => $('link-submit')!.click());
    await settle();
    expect(vi.mocked(a.linkSite).mock.calls[0][0]).toBe('alibaba-tokyo-4');
    expect(onDone).toHaveBeenCalledWith('This article is now a source for “Site alibaba-tokyo-4”.');
  });
});

describe('joinQuote', () => {
  it('puts back the space around the quote, except next to punctuation', async () => {
    const { joinQuote } = await import('../../../components/shared/Quote');
    expect(joinQuote({ exact: 'its third data center in Finland', prefix: 'Nebius announced', suffix: ', a 75 MW facility' })).toEqual({
      before: '…Nebius announced ',
      after: ', a 75 MW facility…',
    });
    expect(joinQuote({ exact: 'Colossus', prefix: 'the “', suffix: '” supercomputer' })).toEqual({ before: '…the “', after: '” supercomputer…' });
    expect(joinQuote({ exact: 'x', prefix: '', suffix: '' })).toEqual({ before: '', after: '' });
  });
});
