/** Forms of news a blind test found (invented text): each rule with a case that must hold. */
import { describe, expect, it } from 'vitest';
import { findCapacities } from '../../../lib/detect/facts/capacity';
import { compileIndex, detect } from '../../../lib/detect/index';
import { tokenize } from '../../../lib/detect/tokens';
import { sentenceAt } from '../../../lib/detect/sentences';
import { OPERATORS, SITES, testIndex } from './support/lexicon';

const read = (text: string) => detect(text, testIndex()).map((m) => [m.text, m.facts.operator, m.facts.location]);
const mw = (text: string) => findCapacities(tokenize(text, 0, text.length)).map((c) => c.mw);

describe('a town before the head and a landmark city after it', () => {
  it('places the facility in the town, not near the city', () => {
    expect(read('Crusoe said its Lubbock data center near Odessa would double.')).toEqual([['its Lubbock data center near Odessa', 'Crusoe', 'Lubbock']]);
    expect(read('Crusoe said its Lubbock data center campus in the Odessa area would double.')).toEqual([['its Lubbock data center campus in the Odessa area', 'Crusoe', 'Lubbock']]);
  });
});

describe('a town word that starts a name before the head, and a place after it', () => {
  it('is part of the name: the place after the head is where the facility is', () => {
    const ms = detect('Crusoe broke ground on the Lubbock Flats data center near Odessa on Monday.', testIndex());
    expect(ms.map((m) => [m.text, m.facts.location, m.facts.name])).toEqual([['Lubbock Flats data center near Odessa', 'Odessa', 'Lubbock Flats']]);
  });
  it('a town alone before the head stays the place ("its Lubbock data center near Odessa", above)', () => {
    expect(read('Crusoe said its Lubbock data center near Odessa would double.')[0][2]).toBe('Lubbock');
  });
});

describe('words between the head and its town', () => {
  const place = (text: string) => detect(text, testIndex()).map((m) => m.facts.location);
  it('skip a street address: "on Pine Road in Kuna", "at 1200 Innovation Way in", "off Route 9 in", "near Exit 4 of Interstate 35 in"', () => {
    for (const between of ['on Pine Road', 'at 1200 Innovation Way', 'off Route 9', 'along Industrial Parkway', 'on County Road 12', 'near Exit 4 of Interstate 35'])
      expect(place(`Meta said its data center ${between} in Lubbock will add 20 MW.`), between).toEqual(['Lubbock']);
  });
  it('read the edge of a town: "on the outskirts of", "just outside", "in unincorporated"', () => {
    for (const edge of ['on the outskirts of', 'just outside', 'in unincorporated'])
      expect(place(`Meta said its data center ${edge} Lubbock will add 20 MW.`), edge).toEqual(['Lubbock']);
  });
  it('read progress words: "under construction in", "now rising in", "going up near", "headed to"', () => {
    for (const words of ['under construction in', 'now rising in', 'going up near', 'headed to'])
      expect(place(`Meta said a 30 MW data center ${words} Lubbock will open in 2027.`), words).toEqual(['Lubbock']);
  });
  it('do not place a facility ranked in a country ("the largest AI campus under construction in the United States")', () => {
    expect(place('Crusoe said Stargate is the largest AI campus under construction in the United States.')).not.toContain('United States');
  });
});

describe('a town before the head and its county after it', () => {
  it('places the facility in the town, the more specific', () => {
    expect(read("Power news.\n\nMeta said its Lubbock data center in Hale County would double in size.")).toEqual([['its Lubbock data center in Hale County', 'Meta', 'Lubbock']]);
  });
});

describe('a developer the article describes but does not name', () => {
  it('does not lend the company of the paragraph before', () => {
    for (const who of ['An unnamed developer', 'A Dallas investment group']) {
      const ms = read(`Crusoe is expanding its data center in Abilene, the company said.\n\n${who} proposed a 1.5 GW data center campus in Lubbock on Tuesday.`);
      expect(ms[1], who).toEqual(['1.5 GW data center campus in Lubbock', null, 'Lubbock']);
    }
  });
});

describe('translated and corporate English', () => {
  it('reads "its data centre of <town>" as the town\'s', () => {
    expect(read('Crusoe has inaugurated its data centre of Lubbock, with 20 MW.')).toEqual([['its data centre of Lubbock', 'Crusoe', 'Lubbock']]);
  });

  it('reads "The Company\'s" as the company the article is about', () => {
    expect(read('Crusoe opened a data centre in Abilene. The Company\'s Lubbock data centre campus is full.')[1]).toEqual(['Company\'s Lubbock data centre campus', 'Crusoe', 'Lubbock']);
  });

  it('does not take a code name opening the sentence for the company', () => {
    const [m] = detect('Project Kestrel, an 800 MW data center campus near Lubbock, is Crusoe\'s, filings show.', testIndex());
    expect(m.facts.operator).not.toBe('Project Kestrel');
  });
});

describe('a facility named before the work on it', () => {
  it('marks "Crusoe\'s Lubbock data center expansion" and leaves industry talk alone', () => {
    expect(read('The county approved Crusoe\'s Lubbock data center expansion on Tuesday.')).toEqual([['Crusoe\'s Lubbock data center', 'Crusoe', 'Lubbock']]);
    expect(read('Data center expansion is slowing, analysts said.')).toEqual([]);
  });
});

describe('power made for a site, in more shapes', () => {
  it('skips generation, batteries and a plant\'s capacity', () => {
    expect(mw('The utility will add 1,500 MW of generation for the campus.')).toEqual([]);
    expect(mw('Crusoe will install 300 MW of batteries at its campus.')).toEqual([]);
    expect(mw('It is building three gas plants with 2,260 MW of capacity to serve the campus.')).toEqual([]);
    expect(mw('The campus will have 300 MW of capacity.')).toEqual([300]);
  });
});

describe('the company written beside the facility in other ways', () => {
  it('reads "Crusoe-owned", "(Crusoe)" and the subject of a "while" clause that sold or closed', () => {
    expect(read('Residents near the Crusoe-owned Lubbock data center complained about noise.')).toEqual([['Crusoe-owned Lubbock data center', 'Crusoe', 'Lubbock']]);
    expect(read('Residents near the Lubbock data center (Crusoe) complained about noise.')).toEqual([['Lubbock data center (Crusoe)', 'Crusoe', 'Lubbock']]);
    expect(read('Equinix closed a loan for its Abilene data center, while Crusoe sold a stake in its Lubbock data center.')[1]).toEqual(['its Lubbock data center', 'Crusoe', 'Lubbock']);
  });

  it('leaves "a Crusoe-built facility" as the kind of building it is', () => {
    expect(read('It will lease space from a local operator rather than use a Crusoe-built facility, as the Lubbock data center does.').map((m) => m[0])).toEqual(['Lubbock data center']);
  });
});

describe('a text table', () => {
  it('never marks a catalog name across the bar between two cells', () => {
    const sites = [...SITES, { id: 'crusoe-lubbock', name: 'Crusoe Lubbock, TX', aliases: [], kind: 'campus' as const, operatorIds: ['crusoe'], city: 'Lubbock', country: 'US' }];
    const text = 'Campus | Operator | Location\n| Abilene campus | Crusoe | Lubbock, TX |\n\nOur view: data center capex keeps rising.';
    expect(detect(text, compileIndex({ sites, operators: OPERATORS })).map((m) => m.text)).toEqual(['Abilene campus']);
  });

  it('reads the cells of a tab-separated table apart, with the row\'s operator beside a code', () => {
    const text = 'Site\tOperator\tTenant\tMW\nLubbock data center\tCrusoe\tself-build\t120\nHyperion\tMeta\tself-build\t900\nTY11\tEquinix\tbanks\t12\n';
    expect(detect(text, testIndex()).map((m) => [m.text, m.entityId])).toEqual([
      ['Lubbock data center', null],
      ['Hyperion', 'epoch-meta-hyperion'],
      ['TY11', 'equinix-ty11'],
    ]);
  });
});

describe('the company of a relative clause after the facility', () => {
  it('runs it: "…, which Crusoe first proposed", "… that Crusoe operates"', () => {
    expect(read('The vote clears the way for work on the Lubbock data center, which Crusoe first proposed in 2023.')).toEqual([['Lubbock data center', 'Crusoe', 'Lubbock']]);
    expect(read('Residents near the Lubbock data center that Crusoe operates complained about noise.')).toEqual([['Lubbock data center', 'Crusoe', 'Lubbock']]);
  });
});

describe("another company's facility a paragraph later", () => {
  it('does not take the place of the facility before it when its own town is not read', () => {
    const ms = read('Harrow Compute said Project Pike in Cheyenne will reach 1.8 GW.\n\nIn Europe, Velden Data raised EUR 1.2 billion in green bonds for its Osterbruck data center.');
    expect(ms).toEqual([
      ['Project Pike in Cheyenne', 'Harrow Compute', 'Cheyenne'],
      ['its Osterbruck data center', 'Velden Data', null],
    ]);
  });

  it('still takes it for the same company, or for a facility whose company is not given', () => {
    const same = read('Harrow Compute said Project Pike in Cheyenne will reach 1.8 GW.\n\nHarrow Compute also raised bonds for the 300 MW data center campus.');
    expect(same[1]).toEqual(['300 MW data center campus', 'Harrow Compute', 'Cheyenne']);
  });
});

describe('a figure for each of several sites', () => {
  it('is not the capacity of the facility named just before', () => {
    const ms = detect('Crusoe opened its data center in Abilene last year.\n\nThe department said each site could support at least 1 GW of new load.', testIndex());
    expect(ms.map((m) => [m.text, m.facts.capacityMW])).toEqual([['its data center in Abilene', null]]);
  });
});

describe('figures said "respectively"', () => {
  it('go to the facilities in the order the sentence names them', () => {
    const ms = detect("Crusoe's Abilene data center and Meta's Hyperion data center will add 300 MW and 2 GW, respectively, at a cost of $4 billion and $10 billion.", testIndex());
    expect(ms.map((m) => [m.text, m.facts.capacityMW, m.facts.investment])).toEqual([
      ["Crusoe's Abilene data center", 300, '$4 billion'],
      ["Meta's Hyperion data center", 2000, '$10 billion'],
    ]);
  });

  it('are left alone when their number is not the number of facilities', () => {
    const facts = (t: string) => detect(t, testIndex()).map((m) => [m.facts.capacityMW, m.facts.investment]);
    const plain = "Crusoe's Abilene data center and Meta's Hyperion data center will add 300 MW and 2 GW and 1 GW, the companies said";
    expect(facts(`${plain}, respectively.`)).toEqual(facts(`${plain}.`));
  });
});

describe("an AP state abbreviation's full stop", () => {
  const facts = (t: string) => detect(t, testIndex()).map((m) => [m.facts.capacityMW, m.facts.investment]);
  it('does not end the sentence before a dash, a bracket or a figure', () => {
    expect(facts("Crusoe's data center near Abilene, Tex. — 200 MW in all — will cost $1 billion.")).toEqual([[200, '$1 billion']]);
    expect(facts("Crusoe's data center in Abilene, Tex. (phase one) will have 200 MW and cost $1 billion.")).toEqual([[200, '$1 billion']]);
  });

  it('still ends a dateline, and a sentence before a capital', () => {
    const dateline = 'ABILENE, Tex. -- For a year, the developer behind Project Lantern would not name its customer.';
    const [start] = sentenceAt(dateline, dateline.indexOf('For'));
    expect(dateline.slice(start)).toMatch(/^\s*-- For a year/);
    expect(facts("Crusoe has a data center in Abilene, Tex. The 300 MW figure is Oracle's.")).toEqual([[null, null]]);
  });
});

describe('a cloud region named by compass words before a place', () => {
  it('is named "South Central US", not run by a company called "South"', () => {
    const sites = [...SITES, { id: 'azure-southcentralus', name: 'Azure South Central US', aliases: ['southcentralus'], kind: 'region' as const, operatorIds: ['microsoft'], country: 'US', regionCode: 'southcentralus' }];
    const ms = detect('Microsoft said a cooling failure hit one of its datacenters on Saturday. Customers in the South Central US region were not affected.', compileIndex({ sites, operators: OPERATORS }));
    const region = ms.find((m) => m.text.includes('South Central'))!;
    expect(region.facts.operator).not.toBe('South');
    expect(region.facts.name).toBe('South Central US');
  });
});

describe('a cloud region code written in capitals', () => {
  it('is the code, not a place "EU" cut at its first hyphen', () => {
    const sites = [...SITES, { id: 'aws-eu-west-2', name: 'AWS Europe (London)', aliases: ['eu-west-2'], kind: 'region' as const, operatorIds: ['aws'], city: 'London', country: 'GB', regionCode: 'eu-west-2' }];
    const ms = detect('AWS said a power failure inside a single data center in the EU-WEST-2 region caused elevated error rates.', compileIndex({ sites, operators: OPERATORS }));
    expect(ms.map((m) => [m.text, m.entityId, m.facts.name])).toEqual([['EU-WEST-2 region', 'aws-eu-west-2', 'EU-WEST-2']]);
  });
});

describe('a place said by the verb ("is located in")', () => {
  it('"The facility is located in Fenwick, Idaho": the next sentence places the facility just named', () => {
    expect(read('Ostavik Compute broke ground on a data center last year. The facility is located in Fenwick, Idaho, and will draw 200 MW.')).toEqual([['data center', 'Ostavik Compute', 'Fenwick, Idaho']]);
  });
  it('"OP\'s data center is located in Fenwick" and ", which sits near Fenwick,": the mention\'s own verb', () => {
    expect(read("Ostavik Compute's data center is located in Fenwick and draws 200 MW.")[0][2]).toBe('Fenwick');
    expect(read("Ostavik Compute's new data center, which sits near Fenwick, draws 200 MW.")[0][2]).toBe('Fenwick');
  });
  it('not a company\'s seat ("It is based in Denver") nor "is in talks"', () => {
    expect(read('Ostavik Compute broke ground on a data center last year. It is based in Denver and is in talks with lenders.')[0][2]).toBeNull();
  });
});

describe('a participle with its agent before the place', () => {
  it('"The data center built by Ostavik Compute in Fenwick": the company after "by" and the town both belong to it', () => {
    expect(read('The data center built by Ostavik Compute in Fenwick will add 20 MW next year.')).toEqual([['data center built by Ostavik Compute in Fenwick', 'Ostavik Compute', 'Fenwick']]);
  });
  it('"a data center being operated by Equinix near Fenwick, Idaho" (a catalog company)', () => {
    expect(read('Residents objected to a data center being operated by Equinix near Fenwick, Idaho.')).toEqual([['data center being operated by Equinix near Fenwick, Idaho', 'Equinix', 'Fenwick, Idaho']]);
  });
});
