import { describe, expect, it } from 'vitest';
import { draftFromMention, draftFromSite } from '../../../lib/ui/draft';
import { emptyDraft } from '../../../lib/ui/fields';
import { chooseOperator, findOperator } from '../../../lib/ui/operators';
import { SiteSavePayloadSchema } from '../../../lib/ui/payload';
import { errorsByField, fieldForPath, validateDraft } from '../../../lib/ui/validate';
import { mention, OPERATORS, site } from './fixtures';

const page = { url: 'https://www.example.com/news/alibaba-tokyo', title: 'Alibaba Cloud expands in Japan' };

describe('operator names', () => {
  it('finds by name, alias or id, ignoring case and spaces', () => {
    expect(findOperator('amazon  web services', OPERATORS)?.id).toBe('aws');
    expect(findOperator('Azure', OPERATORS)?.id).toBe('microsoft');
    expect(findOperator('xai', OPERATORS)?.id).toBe('xai');
    expect(findOperator('Amazon Web', OPERATORS)).toBeUndefined();
  });
  it('says whether saving links or creates an operator', () => {
    expect(chooseOperator(' AWS ', OPERATORS)).toEqual({ kind: 'existing', id: 'aws', name: 'Amazon Web Services' });
    expect(chooseOperator('  Crusoe   Energy ', OPERATORS)).toEqual({ kind: 'new', name: 'Crusoe Energy' });
    expect(chooseOperator('   ', OPERATORS)).toEqual({ kind: 'none' });
  });
});

describe('validateDraft', () => {
  it('turns a prefilled mention draft into a valid payload', () => {
    const d = { ...draftFromMention(mention(), page, OPERATORS), plannedMW: '1,200', plannedGpus: '50 000' };
    const r = validateDraft(d, OPERATORS);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = SiteSavePayloadSchema.parse(r.payload);
    expect(p.id).toBeUndefined();
    expect(p.operatorIds).toEqual(['alibaba-cloud']);
    expect(p.newOperatorNames).toEqual([]);
    expect(p.place).toEqual({ city: 'Tokyo', country: 'JP', worldRegion: 'asia-pacific' });
    expect(p.capacity).toEqual({ plannedMW: 1200 });
    expect(p.gpus).toEqual({ plannedCount: 50000 });
    expect(p.sources).toEqual([{ url: page.url, title: page.title }]);
    expect(p.status).toBe('announced');
  });

  it('sends an unknown operator as a new operator name', () => {
    const r = validateDraft({ ...emptyDraft(), name: 'Crusoe Abilene', operator: 'Crusoe' }, OPERATORS);
    expect(r.ok && r.payload.operatorIds).toEqual([]);
    expect(r.ok && r.payload.newOperatorNames).toEqual(['Crusoe']);
  });

  it('gives one clear message per invalid field', () => {
    const r = validateDraft(
      {
        ...emptyDraft(),
        name: '  ',
        operator: '',
        country: 'XX',
        plannedMW: 'about 1 GW',
        operationalMW: '250000',
        plannedGpus: '10.5',
        gpus: '-3',
        announced: '2025-13',
        expected: 'next year',
        sourceUrl: 'javascript:alert(1)',
        notes: 'x'.repeat(4001),
      },
      OPERATORS,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual({
      name: 'Give the site a name',
      operator: "Choose an operator, or type a new operator's name",
      country: 'Choose a country from the list',
      plannedMW: 'Enter megawatts as a number, e.g. 300 (or 1.2 GW)',
      operationalMW: 'More than 100,000 MW: check the unit (1 GW = 1,000 MW)',
      plannedGpus: 'Enter a whole number of GPUs, e.g. 100000',
      gpus: 'Must not be negative',
      announced: 'Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2026-03',
      expected: 'Use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2026-03',
      sourceUrl: 'Enter a link that starts with http:// or https://',
      notes: 'Keep notes under 4,000 characters',
    });
  });

  it('keeps what the form does not show when editing, and drops what an edit contradicts', () => {
    const base = site();
    const d = { ...draftFromSite(base, OPERATORS), city: 'Southaven', admin: 'Mississippi', operationalMW: '', investment: '$10 billion' };
    const r = validateDraft(d, OPERATORS, base);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = SiteSavePayloadSchema.parse(r.payload);
    expect(p.id).toBe('xai-colossus-1');
    expect(p.aliases).toEqual(['Colossus 1']);
    expect(p.credits).toEqual(['Epoch AI (CC BY 4.0)']);
    expect(p.capacity).toEqual({ plannedMW: 300, asOf: '2025-06', note: 'turbines + grid' });
    expect(p.gpus).toEqual({ count: 200000, chip: 'H100/H200', asOf: '2025-06' });
    // moved: the old coordinates no longer describe it
    expect(p.place).toEqual({ city: 'Southaven', admin: 'Mississippi', country: 'US', worldRegion: 'north-america' });
    // rewritten: the old USD estimate would contradict the new text
    expect(p.investment).toEqual({ text: '$10 billion' });
    expect(p.sources.map((s) => s.url)).toEqual(['https://epoch.ai/data/gpu-clusters', 'https://example.org/colossus']);
    expect(p).not.toHaveProperty('origin');
    expect(p).not.toHaveProperty('createdAt');
  });

  it('keeps coordinates and the other operators when place and operator are untouched', () => {
    const base = site({ operatorIds: ['xai', 'microsoft'] });
    const r = validateDraft(draftFromSite(base, OPERATORS), OPERATORS, base);
    expect(r.ok && r.payload.place).toMatchObject({ lat: 35.06, lon: -90.09, precision: 'site' });
    expect(r.ok && r.payload.operatorIds).toEqual(['xai', 'microsoft']);
  });

  it('replaces the first source when its URL is edited', () => {
    const base = site();
    const r = validateDraft({ ...draftFromSite(base, OPERATORS), sourceUrl: 'https://example.org/colossus' }, OPERATORS, base);
    expect(r.ok && r.payload.sources).toEqual([{ url: 'https://example.org/colossus', title: 'Second source' }]);
  });
});

describe('errors from the background', () => {
  it('maps stored-site paths to form fields', () => {
    expect(fieldForPath('place.country')).toBe('country');
    expect(fieldForPath(['sources', 0, 'url'])).toBe('sourceUrl');
    expect(fieldForPath('capacity.plannedMW')).toBe('plannedMW');
    expect(fieldForPath('gpus.count')).toBe('gpus');
    expect(fieldForPath('newOperatorNames.0')).toBe('operator');
    expect(fieldForPath('aliases.3')).toBe('_form');
  });
  it('keeps the path on errors no field owns', () => {
    expect(errorsByField([{ path: 'aliases.3', message: 'Too long' }, { path: 'name', message: 'Taken' }])).toEqual({
      _form: 'aliases.3: Too long',
      name: 'Taken',
    });
  });
});
