/** Words that look like a facility but name a company or an initiative (LABELING.md, rule 5). */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { OPERATORS, SITES, testIndex } from './support/lexicon';

describe('company and programme names are not facilities', () => {
  const index = compileIndex({ sites: SITES, operators: [...OPERATORS, { id: 'nordic-dc', name: 'Nordhavn Global Data Centres', aliases: ['Nordhavn'] }] });
  const texts = (t: string) => detect(t, index).map((m) => m.text);

  it("a company whose name holds the words, written out, is the company", () => {
    const found = texts("Denmark's Nordhavn Global Data Centre has signed a deal with a bank, the data center operator said.");
    expect(found.join('|')).not.toContain('Global Data Centre');
  });
  it('a company written in the singular ("… Data Centre" for "… Data Centres") is the company', () => {
    const plural = compileIndex({ sites: SITES, operators: [...OPERATORS, { id: 'kestrel', name: 'Kestrel Global Data Centres', aliases: [] }] });
    const found = detect("Rivals are busy, with Denmark's Kestrel Global Data Centre saying this week that it will invest $400 million to build a facility in the city.", plural);
    expect(found.map((m) => m.text).join('|')).not.toContain('Global Data Centre');
  });
  it('a currency and an amount ("RM10 billion") is no facility code, and "Build Time" in a headline is no build', () => {
    const found = texts('Equinix will build a data centre campus in Johor with RM10 billion, beside its JH1 and JH2.\n\nHybrid Cooling Cuts Build Time\n\nMore text follows here.');
    expect(found.join('|')).not.toMatch(/RM10|Build/);
    expect(found).toContain('JH1');
  });
  it('one letter where a place should be (a word cut off) places nothing', () => {
    expect(texts('Kestrel launched its data centre park in Mumbai. The company had also announced an MoU with the state government for setting up a campus in C')).toEqual(['its data centre park in Mumbai']);
  });
  it("the same company's facility is still a facility", () => {
    expect(texts('Nordhavn opened a 40MW data centre in Aarhus this week.')).toContain('40MW data centre in Aarhus');
  });
  it('a capitalised "<Name> Project" without data-center words is an initiative', () => {
    const found = detect('Meta shared its server designs through the Open Compute Project. Its data center in Odense runs them.', testIndex()).map((m) => m.text);
    expect(found.join('|')).not.toContain('Compute Project');
    expect(found.join('|')).toContain('data center in Odense');
  });
  it('a head that modifies a person\'s role ("project director", "site manager") is no facility', () => {
    const found = texts('Equinix opened a data centre in Leeds last year. Equinix site director Ann Lee said demand is high, and the Leeds data centre manager agreed.');
    expect(found).toEqual(['data centre in Leeds']);
  });
});

