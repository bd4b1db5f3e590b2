/** What a card shows: the resolved site, or for a new mention its place, candidates and competitors. */
import { describe, expect, it } from 'vitest';
import { cardDataFor } from '../../../lib/catalog/card-data';
import { buildCatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import type { Mention } from '../../../lib/catalog/schema';
import { CardDataSchema } from '../../../lib/messaging/messages';
import { OPERATORS, SITES, siteById } from './fixture';

const snapshot = buildCatalogSnapshot(SITES, OPERATORS);
const TOKYO_DCS = [1, 2, 3, 4, 5].map((i) => `alibaba-tokyo-dc-${i}`);

function mention(over: Partial<Mention> & { location?: string | null } = {}): Mention {
  const { location = null, ...rest } = over;
  return {
    start: 0,
    end: 30,
    text: 'a new data center',
    status: 'new',
    entityId: null,
    kind: 'facility',
    confidence: 0.8,
    facts: { operator: null, location, capacityMW: null, gpus: null, investment: null, ordinal: null, name: null, date: null },
    operatorIds: [],
    country: null,
    candidates: [],
    ...rest,
  };
}

describe('cardDataFor', () => {
  it('a known mention shows its site, operators and a comparison around it, and no candidates', () => {
    const data = cardDataFor(mention({ status: 'known', entityId: 'xai-colossus-1', candidates: ['xai-colossus-2'] }), snapshot, snapshot.siteById, 3);
    expect(CardDataSchema.parse(data)).toEqual(data);
    expect(data.site?.id).toBe('xai-colossus-1');
    expect(data.operators.map((o) => o.id)).toEqual(['xai']);
    expect(data.comparison?.subject.siteId).toBe('xai-colossus-1');
    expect(data.candidates).toEqual([]);
    expect(data.sightingCount).toBe(3);
  });

  it('gives a site its world region from its country (the card has no countries table)', () => {
    const bare = { ...siteById('xai-colossus-1'), place: { city: 'Memphis', country: 'US' } };
    const one = buildCatalogSnapshot([bare], OPERATORS);
    const data = cardDataFor(mention({ status: 'known', entityId: bare.id }), one, one.siteById, 0);
    expect(data.site?.place.worldRegion).toBe('north-america');
  });

  it('a new mention in a city offers only candidates in its country, at most five, dropping ids the catalog lacks', () => {
    const m = mention({ location: 'Tokyo', country: 'JP', operatorIds: ['alibaba-cloud'], candidates: ['xai-colossus-1', 'no-such-site', ...TOKYO_DCS, 'alibaba-ap-northeast-1'] });
    const data = cardDataFor(m, snapshot, snapshot.siteById, 0);
    expect(data.site).toBeNull();
    expect(data.candidates.map((s) => s.id)).toEqual(TOKYO_DCS);
    expect(data.candidates.every((s) => s.place.worldRegion === 'asia-pacific')).toBe(true);
    expect(data.operators.map((o) => o.id)).toEqual(['alibaba-cloud']);
    expect(data.comparison?.subject.place).toMatchObject({ city: 'Tokyo', country: 'JP', worldRegion: 'asia-pacific' });
  });

  it('"the Asia-Pacific region" is a world region: candidates there, comparison within it only', () => {
    const m = mention({ location: 'the Asia-Pacific region', operatorIds: ['openai'], candidates: ['stargate-abilene', 'aws-ap-northeast-2', 'stargate-uae'] });
    const data = cardDataFor(m, snapshot, snapshot.siteById, 0);
    expect(data.candidates.map((s) => s.id)).toEqual(['aws-ap-northeast-2']);
    expect(data.comparison?.subject.place).toEqual({ worldRegion: 'asia-pacific' });
    expect(data.comparison?.scopes.map((s) => s.scope)).toEqual(['world-region']);
  });

  it('a country named as the place is a country, not a city', () => {
    const data = cardDataFor(mention({ location: 'South Korea', candidates: ['skt-aws-ulsan-ai', 'aws-ap-northeast-1'] }), snapshot, snapshot.siteById, 0);
    expect(data.comparison?.subject.place).toEqual({ country: 'KR', worldRegion: 'asia-pacific' });
    expect(data.candidates.map((s) => s.id)).toEqual(['skt-aws-ulsan-ai']);
  });

  it('a mention placed nowhere keeps every candidate and compares with nothing; unknown operators are dropped', () => {
    const data = cardDataFor(mention({ operatorIds: ['xai', 'no-such-operator'], candidates: ['xai-colossus-2', 'stargate-uae'] }), snapshot, snapshot.siteById, 0);
    expect(data.candidates.map((s) => s.id)).toEqual(['xai-colossus-2', 'stargate-uae']);
    expect(data.comparison).toBeNull();
    expect(data.operators.map((o) => o.id)).toEqual(['xai']);
  });
});
