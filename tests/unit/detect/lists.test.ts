/** Lists in news: "The second project …" counting items, "A, B and C" naming three (invented names). */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { OPERATORS, SITES } from './support/lexicon';

const index = compileIndex({
  operators: [...OPERATORS, { id: 'kestrel', name: 'Kestrel Data', aliases: ['Kestrel'] }, { id: 'ostavik', name: 'Ostavik', aliases: [] }, { id: 'vrelo', name: 'Vrelo Data Centers', aliases: ['Vrelo'] }],
  sites: [
    ...SITES,
    { id: 'kestrel-kv6', name: 'Kestrel KV6', aliases: ['KV6'], kind: 'facility', operatorIds: ['kestrel'], city: 'Dunmore', country: 'US' },
    { id: 'ostavik-os2', name: 'Ostavik OS2', aliases: ['OS2'], kind: 'facility', operatorIds: ['ostavik'], city: 'Lindqvist', country: 'US' },
    { id: 'kestrel-kv9', name: 'Kestrel KV9 Campus', aliases: ['KV9 Campus'], kind: 'campus', operatorIds: ['kestrel'], city: 'Dunmore', country: 'US' },
    { id: 'vrelo-ai-city', name: 'Lindqvist AI City', aliases: ['Lindqvist AI City'], kind: 'campus', operatorIds: ['vrelo'], city: 'Lindqvist', country: 'US' },
  ],
});

describe('a list counter is no facility', () => {
  const found = (text: string) => detect(text, index).map((m) => ({ text: m.text, id: m.entityId ?? null, ordinal: m.facts.ordinal ?? null }));

  it('"The second project on the agenda was a new fire station" is neither a mention nor the ordinal of the facility before it', () => {
    const out = found("Kestrel's Varna data center will add two buildings. The second project on the agenda was a new fire station.");
    expect(out.map((m) => m.text)).toEqual(["Kestrel's Varna data center"]);
    expect(out[0].ordinal).toBeNull();
  });
  it('"The third project in the pipeline is a solar farm" after a facility is no facility', () => {
    const out = found('The county board heard two items. The first was a request to rezone land next to Kestrel\'s Varna data center. The third project in the county pipeline is a solar farm.');
    expect(out.map((m) => m.text)).toEqual(["Kestrel's Varna data center"]);
  });
  it('"The second project is an expansion of X" counts X: it joins X, not the facility counted before it', () => {
    const out = found('The state approved two data center projects. The first is KV6 at Dunmore, built by Kestrel. The second project is an expansion of Ostavik\'s OS2 in Lindqvist.');
    expect(out.map((m) => m.text)).not.toContain('second project');
    const kv6 = out.find((m) => m.text.startsWith('KV6'));
    expect(kv6).toMatchObject({ id: 'kestrel-kv6', ordinal: null });
    expect(out.find((m) => m.text.includes('OS2'))).toMatchObject({ id: 'ostavik-os2', ordinal: null });
  });
  it('"The second project is a 40 MW data center" is one facility, with its ordinal', () => {
    const out = found('Kestrel plans two data centers in Varna. The second project is a 40 MW data center near the port.');
    expect(out).toContainEqual({ text: 'second project', id: null, ordinal: 'second' });
  });
});

describe('names in a list are not appositions', () => {
  const found = (text: string) => detect(text, index).map((m) => ({ text: m.text, id: m.entityId ?? null, name: m.facts.name ?? null }));

  it('"A, B and C": the second name is another facility, not the first one\'s apposition', () => {
    const out = found("The AI campus race: Lindqvist AI City, Ostavik AI City and Kestrel's KV9 Campus\n\nVrelo Data Centers' Lindqvist AI City, in Lindqvist, aims for 1 GW.");
    expect(out.find((m) => m.text === 'Ostavik AI City')).toMatchObject({ id: null, name: null });
    expect(out.find((m) => m.text === 'Lindqvist AI City')?.id).toBe('vrelo-ai-city');
    expect(out.find((m) => m.text.includes('KV9'))?.id).toBe('kestrel-kv9');
  });
  it('a description after the comma is still an apposition ("X, its campus in Y, and Z")', () => {
    const out = found("Vrelo's Lindqvist AI City, its new campus in Lindqvist, and Kestrel's KV9 Campus will open in May.");
    expect(out.find((m) => m.text.startsWith('its new campus'))?.id).toBe('vrelo-ai-city');
  });
});
