// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SiteForm } from '../../../components/shared/SiteForm';
import { draftFromMention } from '../../../lib/ui/draft';
import { FIELD_LABELS } from '../../../lib/ui/fields';
import type { SiteSavePayloadInput } from '../../../lib/ui/payload';
import { mention, OPERATORS, renderRoot } from './fixtures';

const root = renderRoot();

function field(label: string): HTMLInputElement {
  const el = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  if (!el) throw new Error(`no label ${label}`);
  return root.querySelector<HTMLInputElement>(`[id="${el.htmlFor}"]`)!;
}

async function type(label: string, value: string) {
  await act(() => {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  await act(async () => {
    root.querySelector<HTMLButtonElement>('[data-testid="save-submit"]')!.click();
  });
  await act(async () => undefined);
}

const page = { url: 'https://www.example.com/news/alibaba-tokyo', title: 'Alibaba Cloud expands in Japan' };

describe('SiteForm', () => {
  it('shows the prefilled draft under its labels', async () => {
    await act(() => render(<SiteForm initial={draftFromMention(mention(), page, OPERATORS)} operators={OPERATORS} submitLabel="Save site" onSave={vi.fn()} />, root));
    expect(field(FIELD_LABELS.name).value).toBe('Alibaba Cloud Tokyo data center 5');
    expect(field(FIELD_LABELS.operator).value).toBe('Alibaba Cloud');
    expect((field(FIELD_LABELS.country) as unknown as HTMLSelectElement).value).toBe('JP');
    expect(field(FIELD_LABELS.sourceUrl).value).toBe(page.url);
  });

  it('shows each error next to its field, marks it invalid and does not save', async () => {
    const onSave = vi.fn();
    await act(() => render(<SiteForm initial={draftFromMention(mention(), page, OPERATORS)} operators={OPERATORS} submitLabel="Save site" onSave={onSave} />, root));
    await type(FIELD_LABELS.name, '');
    await type(FIELD_LABELS.plannedMW, 'a lot');
    await submit();
    expect(onSave).not.toHaveBeenCalled();
    const errors = [...root.querySelectorAll('[data-testid="field-error"]')];
    expect(errors.map((e) => e.textContent)).toEqual(['Give the site a name', 'Enter megawatts as a number, e.g. 300 (or 1.2 GW)']);
    const name = field(FIELD_LABELS.name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)?.textContent).toBe('Give the site a name');
    // Fixing a field clears its message.
    await type(FIELD_LABELS.name, 'Tokyo 5');
    expect(root.querySelectorAll('[data-testid="field-error"]')).toHaveLength(1);
  });

  it('saves a valid draft, and shows the background’s refusals on the fields they name', async () => {
    const onSave = vi.fn(async (_: SiteSavePayloadInput) => ({ country: 'Not allowed here' }));
    await act(() => render(<SiteForm initial={draftFromMention(mention(), page, OPERATORS)} operators={OPERATORS} submitLabel="Save site" onSave={onSave} />, root));
    await type(FIELD_LABELS.operator, 'Sakura Internet');
    expect(root.textContent).toContain('New operator: “Sakura Internet” will be added to your catalog.');
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0][0]).toMatchObject({ name: 'Alibaba Cloud Tokyo data center 5', operatorIds: [], newOperatorNames: ['Sakura Internet'] });
    expect(root.querySelector('[data-testid="field-error"]')?.textContent).toBe('Not allowed here');
  });

  it('shows an error thrown by the save as a form alert', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('DC Lens: no reply to site.save');
    });
    await act(() => render(<SiteForm initial={draftFromMention(mention(), page, OPERATORS)} operators={OPERATORS} submitLabel="Save site" onSave={onSave} />, root));
    await submit();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('DC Lens: no reply to site.save');
  });
});
