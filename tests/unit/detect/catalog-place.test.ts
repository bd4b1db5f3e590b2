import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { OPERATORS, SITES, testIndex } from './support/lexicon';

// A campus the catalog files under its country only (a dataset that gives no town).
const index = compileIndex({
  sites: [...SITES, { id: 'nimbus-ai-city', name: 'Nimbus AI City', aliases: [], kind: 'campus', operatorIds: ['oracle'], country: 'BR' }],
  operators: OPERATORS,
});
const resolve = (q: { text?: string }) => (q.text === 'Nimbus AI City' ? [{ siteId: 'nimbus-ai-city', confidence: 1, reason: 'alias' }] : []);
const placeOf = (text: string, mark: string) => detect(text, index, resolve).find((m) => m.text === mark)?.facts.location ?? null;

describe("the catalog's place on a card", () => {
  it("gives a known site's country only when the article places it nowhere nearer", () => {
    expect(placeOf('Oracle plans Nimbus AI City, its largest campus.', 'Nimbus AI City')).toBe('Brazil');
    const text = 'Oracle opened a data center in Porto Alegre last year. Oracle now plans Nimbus AI City, its largest campus.';
    expect(placeOf(text, 'Nimbus AI City')).toBe('Porto Alegre');
  });
});

describe('a place the context gives', () => {
  it('is one place for every mark of one facility', () => {
    const text =
      'Vrelo Compute will build a $4 billion data center campus near Columbus, Ohio.\n\n' +
      'The 500-megawatt campus, which the company calls Project Lantern, will be built in phases.\n\n' +
      'Vrelo already operates two data centers in Texas, in Dallas and Abilene. The Abilene facility opened in 2024 with 80MW.\n\n' +
      '"Project Lantern is the biggest investment in our history," said chief executive Jane Morrow.';
    const lantern = detect(text, index, () => []).filter((m) => m.facts.name === 'Project Lantern');
    expect(lantern.length).toBeGreaterThanOrEqual(2);
    expect(new Set(lantern.map((m) => m.facts.location))).toEqual(new Set(['Columbus, Ohio']));
  });
});

describe('a town before the head and its state after it', () => {
  it('are one place, the town the most specific ("its Temple data center campus in Texas")', () => {
    const [m] = detect('Meta said its Temple data center campus in Texas would double in size.', testIndex());
    expect(m.facts.location).toBe('Temple, Texas');
    const [z] = detect('Alibaba said its Zhangbei data center in Hebei province is full.', testIndex());
    expect(z.facts.location).toBe('Zhangbei, Hebei province');
  });

  it('are one place when written "town, state" before the head ("its Papillion, Nebraska data center")', () => {
    const [m] = detect('Google said its Papillion, Nebraska data center is full.', testIndex());
    expect(m.text).toBe('its Papillion, Nebraska data center');
    expect(m.facts.location).toBe('Papillion, Nebraska');
  });
});

describe('a place before "for a …" facility', () => {
  it('is the facility\'s place ("won approval in Lyon for a 120 MW facility"), so it is not the facility before it', () => {
    const ms = detect('Equinix said its TY11 data center in Tokyo is full. Separately, the company won approval in Lyon for a 120 MW facility.', testIndex());
    const later = ms.find((m) => m.text.includes('120 MW'))!;
    expect(later.facts.location).toBe('Lyon');
    expect(later.entityId).toBeNull();
  });
});

describe('a district after a town written before the head', () => {
  it('leaves the town the place: "its Abilene campus in the Lone Star business district / at the Mesa Technology Park"', () => {
    const [plain] = detect("Crusoe's Abilene data center campus will add 200 MW, the company said.", testIndex());
    for (const tail of ['in the Lone Star business district', 'at the Mesa Technology Park', 'in the Alliance corridor']) {
      const [m] = detect(`Crusoe's Abilene data center campus ${tail} will add 200 MW, the company said.`, testIndex());
      expect(m.text, tail).toBe(`Crusoe's Abilene data center campus ${tail}`);
      expect(m.facts.location, tail).toBe('Abilene');
      expect([m.status, m.entityId], tail).toEqual([plain.status, plain.entityId]);
    }
  });
});
