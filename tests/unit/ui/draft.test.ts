import { describe, expect, it } from 'vitest';
import { draftFromMention, draftFromSite, splitLocation, suggestName } from '../../../lib/ui/draft';
import { evidenceFromMention } from '../../../lib/ui/evidence';
import { EvidenceSchema } from '../../../lib/messaging/messages';
import { mention, OPERATORS, site } from './fixtures';

const page = { url: 'https://www.example.com/news/alibaba-tokyo', title: 'Alibaba Cloud expands in Japan' };

describe('draftFromMention', () => {
  it('names an unnamed site from operator, place, kind and ordinal', () => {
    const d = draftFromMention(mention(), page, OPERATORS);
    expect(d.name).toBe('Alibaba Cloud Tokyo data center 5');
    expect(d.operator).toBe('Alibaba Cloud');
    expect(d).toMatchObject({ city: 'Tokyo', admin: '', country: 'JP', kind: 'facility', status: 'announced' });
    expect(d.sourceUrl).toBe(page.url);
    expect(d.sourceTitle).toBe(page.title);
    expect(d.sourceTitleUrl).toBe(page.url);
    expect(d.id).toBeUndefined();
  });

  it('takes the name the article gives, and puts numbers into planned fields', () => {
    const m = mention({
      text: 'Stargate Abilene',
      kind: 'campus',
      operatorIds: [],
      country: null,
      facts: { operator: 'OpenAI', location: 'Abilene, Texas', capacityMW: 1200, gpus: 400000, investment: '$40 billion', ordinal: null, name: 'Stargate Abilene', date: 'expected to be completed by mid-2026' },
    });
    const d = draftFromMention(m, page, OPERATORS);
    expect(d.name).toBe('Stargate Abilene');
    expect(d.operator).toBe('OpenAI'); // not in the catalog: kept as written, saved as a new operator
    expect(d).toMatchObject({ city: 'Abilene', admin: 'Texas', country: '', plannedMW: '1200', plannedGpus: '400000', operationalMW: '', gpus: '' });
    expect(d.investment).toBe('$40 billion');
    expect(d.expected).toBe('2026');
    expect(d.announced).toBe('');
  });

  it('resolves a written alias to the catalog operator name', () => {
    const m = mention({ operatorIds: [], facts: { ...mention().facts, operator: 'aws', location: 'Osaka', ordinal: null } });
    const d = draftFromMention(m, page, OPERATORS);
    expect(d.operator).toBe('Amazon Web Services');
    expect(d.name).toBe('Amazon Web Services Osaka data center');
    expect(d.country).toBe('JP'); // from the mention's resolved country
  });

  it('falls back to the mention text and leaves non-http page URLs out', () => {
    const m = mention({ text: 'a hyperscale facility', operatorIds: [], country: null, facts: { ...mention().facts, operator: null, location: null, ordinal: null } });
    const d = draftFromMention(m, { url: 'file:///tmp/article.html', title: '' }, OPERATORS);
    expect(d.name).toBe('a hyperscale facility');
    expect(d.operator).toBe('');
    expect(d.sourceUrl).toBe('');
  });
});

describe('splitLocation', () => {
  it('separates city, state and country', () => {
    expect(splitLocation('Tokyo, Japan', null)).toEqual({ city: 'Tokyo', admin: '', country: 'JP' });
    expect(splitLocation('Abilene, Texas', 'US')).toEqual({ city: 'Abilene', admin: 'Texas', country: 'US' });
    expect(splitLocation('the UAE', null)).toEqual({ city: '', admin: '', country: 'AE' });
    expect(splitLocation(null, 'zz')).toEqual({ city: '', admin: '', country: '' });
  });
});

describe('suggestName', () => {
  it('uses the kind noun', () => {
    const m = mention({ kind: 'region', facts: { ...mention().facts, ordinal: null } });
    expect(suggestName(m, 'Amazon Web Services', 'Taipei')).toBe('Amazon Web Services Taipei region');
  });
});

describe('draftFromSite', () => {
  it('shows every stored fact as input text', () => {
    const d = draftFromSite(site(), OPERATORS);
    expect(d).toMatchObject({
      id: 'xai-colossus-1',
      name: 'Colossus',
      operator: 'xAI',
      city: 'Memphis',
      admin: 'Tennessee',
      country: 'US',
      status: 'operational',
      plannedMW: '300',
      operationalMW: '150',
      gpus: '200000',
      plannedGpus: '',
      investment: '$7 billion',
      opened: '2024-09',
      sourceUrl: 'https://epoch.ai/data/gpu-clusters',
      notes: 'Built in 122 days.',
    });
  });
});

describe('evidenceFromMention', () => {
  it('builds evidence the protocol accepts, with the quote context', () => {
    const e = evidenceFromMention(mention(), page);
    expect(EvidenceSchema.parse(e)).toEqual(e);
    expect(e.quote).toEqual({ exact: 'its fifth data center in Tokyo', prefix: 'Alibaba Cloud said it will open', suffix: 'next year.' });
    expect(e.facts.ordinal).toBe('fifth');
  });
});
