/** A dateline's state places the body's town (invented company, real US towns). */
import { describe, expect, it } from 'vitest';
import type { ResolveQuery } from '../../../lib/catalog/query-types';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

function queries(text: string): ResolveQuery[] {
  const asked: ResolveQuery[] = [];
  detect(text, testIndex(), (q) => {
    asked.push(q);
    return [];
  });
  return asked;
}

describe('the dateline\'s state', () => {
  it('places "its Columbus data center" in Georgia after "COLUMBUS, Ga. --"', () => {
    const [q] = queries('COLUMBUS, Ga. -- Equinix said Tuesday that its Columbus data center will add 40 MW next year.');
    expect(q).toMatchObject({ city: 'Columbus', admin: 'Georgia', country: 'US' });
  });
  it('reads AP abbreviations in parts ("N.Y.", "W.Va.") and a date after the state', () => {
    expect(queries('BUFFALO, N.Y. -- Equinix said its Buffalo data center will add 40 MW.')[0]).toMatchObject({ city: 'Buffalo', admin: 'New York' });
    expect(queries('CHARLESTON, W.Va. -- Equinix said its Charleston data center will add 40 MW.')[0]).toMatchObject({ city: 'Charleston', admin: 'West Virginia' });
    expect(queries('COLUMBUS, Ga., Dec. 2 -- Equinix said its Columbus data center will add 40 MW.')[0]).toMatchObject({ admin: 'Georgia' });
  });
  it('gives no state to another town, nor without a dateline', () => {
    expect(queries('COLUMBUS, Ga. -- Equinix said its Dublin data center will add 40 MW.')[0]?.admin).toBeUndefined();
    expect(queries('Equinix said Tuesday that its Columbus data center will add 40 MW next year.')[0]?.admin).toBeUndefined();
  });
  it('keeps a state the text writes beside the town', () => {
    expect(queries('COLUMBUS, Ga. -- Equinix said its data center in Columbus, Ohio, will add 40 MW.')[0]).toMatchObject({ admin: 'Ohio' });
  });
});

describe('a facility the text places nowhere, in a local story', () => {
  const facts = (text: string) => detect(text, testIndex(), () => []).map((m) => m.facts.location);
  it('is in the dateline\'s town when the dateline gives its state ("LITHIA SPRINGS, Ga. —")', () => {
    const text = 'LITHIA SPRINGS, Ga. — Equinix\'s 150 MW data center campus is now fully leased, the company said.';
    expect(queries(text)[0]).toMatchObject({ city: 'Lithia Springs', admin: 'Georgia', country: 'US' });
    expect(facts(text)).toEqual(['LITHIA SPRINGS, Ga.']);
  });
  it('not after a big city\'s wire dateline, which gives no state ("NEW YORK (Reuters) —")', () => {
    expect(queries('NEW YORK (Reuters) — Equinix\'s 150 MW data center campus is now fully leased, the company said.')[0]?.city).toBeUndefined();
  });
  it('not when the article places a facility in another town: the story is not only about this one', () => {
    const text = 'LITHIA SPRINGS, Ga. — Microsoft opened a data center in Douglasville. Equinix\'s 150 MW data center campus is now fully leased.';
    expect(queries(text).map((q) => q.city)).not.toContain('Lithia Springs');
  });
  it('not a facility one of whose marks the text places', () => {
    const text = 'LITHIA SPRINGS, Ga. — Equinix\'s 150 MW data center campus is now fully leased. The campus, in Austell, opened in 2024.';
    expect(queries(text).map((q) => q.city)).not.toContain('Lithia Springs');
  });
});
