import { describe, expect, it } from 'vitest';
import { compileIndex, detect, loadIndex, serializeIndex } from '../../../lib/detect/index';
import { bulkLexicon } from './support/synthetic';
import { OPERATORS, SITES, testIndex } from './support/lexicon';

const TEXT = 'xAI said Colossus in Memphis now runs 200,000 GPUs, while Oracle expands Stargate Abilene, its 1.2-gigawatt campus in Texas.';

describe('detector index', () => {
  it('round-trips through structured clone (the background -> content script message)', () => {
    const data = structuredClone(serializeIndex(testIndex()));
    const loaded = loadIndex(data);
    expect(detect(TEXT, loaded)).toEqual(detect(TEXT, testIndex()));
    // "Stargate Abilene, its 1.2-gigawatt campus in Texas": the apposition is the same site.
    expect(detect(TEXT, loaded).map((m) => m.entityId)).toEqual(['epoch-xai-colossus-1', 'epoch-stargate-abilene', 'epoch-stargate-abilene']);
  });

  it('refuses data that is not an index', () => {
    expect(() => loadIndex({} as never)).toThrow(/format/);
    const bad = { ...testIndex(), entryStart: new Int32Array(1) };
    expect(() => loadIndex(bad)).toThrow(/entries/);
  });

  it('does not turn place names or operator names into site aliases', () => {
    const index = compileIndex({
      sites: [...SITES, { id: 'gcp-tokyo', name: 'Google Cloud Tokyo', aliases: ['Tokyo'], kind: 'region', operatorIds: ['google'] }],
      operators: OPERATORS,
    });
    const ms = detect('Google Cloud opened a region in Osaka; Tokyo remains its largest market.', index);
    expect(ms.every((m) => m.entityId !== 'gcp-tokyo')).toBe(true);
  });

  it('scales to ten thousand aliases and still finds each one as a whole word', () => {
    const lex = bulkLexicon(10_000);
    const index = loadIndex(structuredClone(serializeIndex(compileIndex(lex))));
    const pick = lex.sites.filter((s) => /\d/.test(s.name) && s.name.split(' ').length >= 2).slice(0, 5);
    const text = pick.map((s) => `Operators said ${s.name} data center will grow.`).join(' ');
    const found = detect(text, index).map((m) => m.entityId);
    for (const s of pick) expect(found).toContain(s.id);
  });
});
