/** Names without a head word: numbered facility names and code-named projects (lib/detect/named.ts). */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { OPERATORS, SITES, testIndex } from './support/lexicon';

const texts = (t: string) => detect(t, testIndex()).map((m) => m.text);

describe('numbered facility names', () => {
  it('a place with its number on a data-center page is a facility', () => {
    const t = 'Equinix opened a data center in Lima this year. Lima 2 will follow in 2027, and Lima 3 after it.';
    expect(texts(t)).toEqual(expect.arrayContaining(['Lima 2', 'Lima 3']));
  });
  it('an operator before the name and a facility word after it belong to the mention', () => {
    const t = 'The data center market in Asia grows. Equinix Osaka 4 opened on Monday next to the Tokyo 7 campus.';
    expect(texts(t)).toEqual(expect.arrayContaining(['Equinix Osaka 4', 'Tokyo 7 campus']));
  });
  it('phases, tiers, versions, dates and figures are not names', () => {
    const t = 'Phase 2 of the data center opens in June 5 weeks late. Tier 3 rules, Windows 11 and Rated 4 apply; Tokyo 40 MW.';
    const found = texts(t);
    for (const no of ['Phase 2', 'Tier 3', 'Windows 11', 'Rated 4', 'June 5', 'Tokyo 40']) expect(found.join('|')).not.toContain(no);
  });
  it('never across a line break or a sentence end', () => {
    const found = texts('A new data center opened in Tokyo.\n\n14 more are planned. It is in Japan. 3 firms bid.');
    expect(found.join('|')).not.toMatch(/Tokyo\s+14|Japan\. 3/);
  });
  it('needs a data-center page', () => {
    expect(texts('The bus stops at Lima 2 and Osaka 4 every morning.')).toEqual([]);
  });
});

describe('hyphenated codes before a head', () => {
  it('"its KXR-3 campus" is named by the code, with no ordinal read from its number', () => {
    const m = detect('Ostavik Data Centers sold a stake in its KXR-3 campus in Frankfurt.', testIndex()).find((x) => x.text.includes('campus'));
    expect(m?.facts.name).toBe('KXR-3');
    expect(m?.facts.ordinal ?? null).toBeNull();
  });
  it('a word of five letters or more with a number ("COVID-19") is no code', () => {
    expect(detect('Its staff ran a COVID-19 site next to the data center.', testIndex()).map((m) => m.facts.name)).not.toContain('COVID-19');
  });
});

describe('code-named projects', () => {
  it('"Project <Name>" near data-center words is a project', () => {
    const found = detect('Developers filed plans for a data center campus near the river. Project Falcon would draw 300 MW.', testIndex());
    expect(found.map((m) => m.text)).toContain('Project Falcon');
    expect(found.find((m) => m.text === 'Project Falcon')?.kind).toBe('project');
  });
  it('a project named in apposition to an AI campus is that campus, and so is every other use of its name', () => {
    const t = 'Vrelo breaks ground on Project Tarnby in Ohio\n\nVrelo has broken ground on Project Tarnby, a 400-megawatt AI campus in Pike County. Project Tarnby will hold 90,000 GPUs.';
    const found = detect(t, testIndex()).filter((m) => m.text.startsWith('Project Tarnby'));
    expect(found.length).toBe(3);
    expect(found.every((m) => m.facts.capacityMW === 400 && m.facts.gpus === 90000)).toBe(true);
  });
  it('"Project <Name>" on a page about something else is no facility', () => {
    expect(texts('Vrelo launched Project Tarnby, a campus-wide recycling drive, at its offices.')).toEqual([]);
  });
  it('job titles are not projects', () => {
    expect(texts('The data center hired a Project Manager and a Project Engineer.').join('|')).not.toContain('Project Manager');
  });
});

describe('block boundaries (a line break in collected text)', () => {
  it('no catalog name spans a line break, and a provider in the block above is not context', () => {
    // Menu items read as "Microsoft Azure" then "Japan East" on the next line.
    const found = detect('Products\nMicrosoft Azure\nJapan\nEast\n\nTokyo Region\n', testIndex());
    expect(found.map((m) => m.text)).toEqual([]);
  });
  it('the same words in one sentence are a mention', () => {
    expect(texts('Microsoft Azure opened its Japan East region in Tokyo.').length).toBeGreaterThan(0);
  });
});

describe('a name given once is the facility wherever it is repeated', () => {
  it('marks the name again without its head word, and with a short abbreviation inside it', () => {
    const text = 'Equinix opened the Harbor Ste. Marie (HSM) data center on Monday. Harbor Ste. Marie has 20MW. Equinix said Harbor Ste. Marie is its 11th.';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => m.text)).toEqual(['Harbor Ste. Marie (HSM) data center', 'Harbor Ste. Marie', 'Harbor Ste. Marie']);
    expect(new Set(ms.map((m) => m.facts.capacityMW))).toEqual(new Set([20]));
  });

  it('reads "build another data center" as a facility the company builds, without the verb', () => {
    expect(detect('Crusoe said it would build another data center.', testIndex()).map((m) => m.text)).toEqual(['another data center']);
    expect(detect('Oracle is developing a large-scale AI data center campus, officials said.', testIndex()).map((m) => m.text)).toEqual(['large-scale AI data center campus']);
  });
});

describe('the name fact', () => {
  const nameOf = (text: string) => detect(text, testIndex())[0]?.facts.name ?? null;
  it('takes a capitalised name that ends in a head word inside the phrase', () => {
    expect(nameOf('Equinix opened the Harbourside Campus data center.')).toBe('Harbourside Campus');
  });
  it('does not take a standard, an abbreviation or generic words for a name', () => {
    expect(nameOf('Equinix opened a Tier IV datacentre in Mumbai.')).toBeNull();
    expect(nameOf('Equinix plans a data centre (DC) in Chennai.')).toBeNull();
    expect(nameOf("Oracle's new Sovereign Cloud Data Centre Region in Monterrey opened.")).toBeNull();
  });
});

describe('a place after a participle', () => {
  it('reads "to be built in", "located near" as the facility\'s place', () => {
    const at = (text: string) => detect(text, testIndex()).map((m) => [m.text, m.facts.location]);
    expect(at('Vrelo will add a fourth data centre to be built in Ballykeel.')).toEqual([['fourth data centre to be built in Ballykeel', 'Ballykeel']]);
    expect(at('Equinix has a data center located near Frankfurt.')).toEqual([['data center located near Frankfurt', 'Frankfurt']]);
  });
});

describe('a number at the end of a name', () => {
  it("is a building's ordinal, but only a label in a cloud region's name", () => {
    const [site] = detect('Kestrel Group opened Bogota 3, a data center in Colombia.', testIndex());
    expect(site.facts.ordinal).toBe('third');
    const region = detect('Google also confirmed a cloud region in Chile. The Andes West 2 region will be based in Santiago.', testIndex()).find((m) => m.text.includes('Andes West 2'));
    expect(region?.facts.ordinal ?? null).toBeNull();
  });
});

describe('a numbered name in apposition to a facility', () => {
  it('is a facility when the apposition calls it one, not when it names a product', () => {
    const ms = detect('Tarn Digital opened Harbour Ridge III, a 40MW data center in Cork.', testIndex());
    expect(ms.map((m) => [m.text, m.facts.name, m.facts.capacityMW])).toEqual([
      ['Harbour Ridge III', 'Harbour Ridge III', 40],
      ['40MW data center in Cork', 'Harbour Ridge III', 40],
    ]);
    expect(texts('Tarn Digital launched Kestrel 2, a data center chip, on Monday.')).toEqual([]);
  });
});

describe('"One" in a name', () => {
  it('is the name\'s numeral after a capitalised word, a count elsewhere', () => {
    const [m] = detect('Tarn Digital said the Kestrel One data center would open in 2026.', testIndex());
    expect([m.text, m.facts.name]).toEqual(['Kestrel One data center', 'Kestrel One']);
    expect(texts('Tarn Digital said one data center would open in 2026.')).toEqual([]);
  });
});

describe('codes in brackets', () => {
  it('name a campus better than the town before its head, and codes after a town are in that town', () => {
    const text = 'Kestrel Hosting is building a new data centre campus in Vrelindor. The Vrelindor campus (KH3) will sit beside its older campuses in Ostavik (KH1 and KH2).';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => [m.text, m.facts.name, m.facts.location])).toEqual([
      ['new data centre campus in Vrelindor', 'KH3', 'Vrelindor'],
      ['Vrelindor campus (KH3)', 'KH3', 'Vrelindor'],
      ['KH1', 'KH1', 'Ostavik'],
      ['KH2', 'KH2', 'Ostavik'],
    ]);
  });
});


describe('codes written with a hyphen or a suffix', () => {
  it('"christened KD-LOS1", "FR11x" are codes of a data-center page; "named QRO-2" keeps its number', () => {
    const t = 'Kola Data has opened a data centre in Lagos. The 10MW facility, christened KD-LOS1, is ready. Equinix is building FR11x for large customers. Andina Digital will build a data center campus in Querétaro; the campus, named QRO-2, will occupy 25 hectares.';
    const found = detect(t, testIndex());
    expect(found.map((m) => m.text)).toEqual(expect.arrayContaining(['KD-LOS1', 'FR11x', 'campus, named QRO-2']));
    expect(found.find((m) => m.text === 'campus, named QRO-2')?.facts.name).toBe('QRO-2');
  });
  it('a year range or a model number with a hyphen is no code', () => {
    const found = texts('The data center opened in Tokyo. Revenue for FY-25 rose; the GPT-4 model and COVID-19 rules were discussed.');
    expect(found.join('|')).not.toMatch(/FY-25|GPT-4|COVID-19/);
  });
});

describe('"Project" ending a heading or a table cell', () => {
  it('is no project named by the next block', () => {
    const ms = detect('Planning authorities approved six data center projects.\n\nProject\n\nDeveloper\n\nLocation\n\nA 100 MW data center in Lyon', testIndex());
    expect(ms.some((m) => m.text.includes('\n'))).toBe(false);
  });
});

describe('the next number of a named family that the catalog lacks', () => {
  const marks = (t: string) => detect(t, testIndex()).map((m) => [m.text, m.entityId]);
  it('is a new facility of that name, not the family\'s catalog record', () => {
    expect(marks('Colossus 4 will be built near Memphis, xAI said.')).toEqual([['Colossus 4', null]]);
  });

  it('is the record when the catalog lists the number, and a figure after the name is no number of it', () => {
    expect(marks('Colossus 1 will be expanded, xAI said.')).toEqual([['Colossus 1', 'epoch-xai-colossus-1']]);
    expect(marks('xAI said Colossus 2 GW of power would come from turbines.').map((m) => m[1])).toEqual(['epoch-xai-colossus-1']);
  });
});

describe('a sibling of a numbered family in the catalog, or of a family named by places', () => {
  const index = compileIndex({
    operators: [...OPERATORS, { id: 'kestrel', name: 'Kestrel Data', aliases: ['Kestrel'] }],
    sites: [
      ...SITES,
      { id: 'kestrel-ember-1', name: 'Kestrel Ember Forge 1', aliases: ['Ember Forge 1 Campus'], kind: 'campus', operatorIds: ['kestrel'], city: 'Dunmore', country: 'US' },
      { id: 'kestrel-ember-2', name: 'Kestrel Ember Forge 2', aliases: [], kind: 'campus', operatorIds: ['kestrel'], city: 'Dunmore', country: 'US' },
      { id: 'kestrel-sterling-1', name: 'Kestrel Sterling VA 1', aliases: [], kind: 'facility', operatorIds: ['kestrel'], city: 'Sterling', country: 'US' },
      { id: 'kestrel-sterling-2', name: 'Kestrel Sterling VA 2', aliases: [], kind: 'facility', operatorIds: ['kestrel'], city: 'Sterling', country: 'US' },
    ],
  });
  const marks = (t: string) => detect(t, index).map((m) => [m.text, m.entityId]);

  it('"Ember Forge 3" beside the catalog\'s "Ember Forge 1" and "2" is a new facility, with no data-center word', () => {
    expect(marks('Ember Forge 3 will be built in Varna, Kestrel said.')).toEqual([['Ember Forge 3', null]]);
    expect(marks('Kestrel said Ember Forge 2 would house 50,000 GPUs.')).toEqual([['Ember Forge 2', 'kestrel-ember-2']]);
  });
  it('a town and a number in the catalog\'s names make no family', () => {
    expect(marks('Sterling VA 7 is a bus route, the county said.')).toEqual([]);
  });
  it('"Stargate Norway" in a text with no data-center word is the family\'s facility in that place', () => {
    expect(detect('OpenAI said Stargate Norway will use 100,000 GPUs.', testIndex()).map((m) => m.text)).toEqual(['Stargate Norway']);
  });
});

describe("another company's possessive before a record's name", () => {
  const index = compileIndex({
    operators: [...OPERATORS, { id: 'kestrel', name: 'Kestrel Data', aliases: ['Kestrel'] }, { id: 'ostavik', name: 'Ostavik', aliases: [] }],
    sites: [...SITES, { id: 'ostavik-varna-2', name: 'Ostavik Varna 2', aliases: [], kind: 'facility', operatorIds: ['ostavik'], city: 'Varna', country: 'BG' }],
  });
  const marks = (t: string) => detect(t, index).map((m) => [m.text, m.entityId ?? null, m.facts.operator]);
  it('is that company\'s building of the name, not the record ("Kestrel\'s Varna 2")', () => {
    expect(marks("Kestrel's Varna 2 campus will open next year.")).toEqual([["Kestrel's Varna 2", null, 'Kestrel']]);
  });
  it("the record's own company's possessive keeps the record", () => {
    expect(marks("Ostavik's Varna 2 campus will open next year.").map((m) => m[1])).toEqual(['ostavik-varna-2']);
  });
  it('"Kestrel said its Varna 2 data center …": the subject\'s "its" is that company\'s building too', () => {
    expect(marks('Kestrel said its Varna 2 data center will add 5 MW next year.').map((m) => [m[1], m[2]])).toEqual([[null, 'Kestrel']]);
    expect(marks('Tarn Hosting said its Varna 2 data center will add 5 MW next year.').map((m) => [m[1], m[2]])).toEqual([[null, 'Tarn Hosting']]);
  });
  it("the record's own company's \"its\" keeps the record", () => {
    expect(marks('Ostavik said its Varna 2 data center will add 5 MW next year.').map((m) => m[1])).toEqual(['ostavik-varna-2']);
  });
});

describe('a name set before an apposition that calls it a facility', () => {
  const texts = (t: string) => detect(t, testIndex()).map((m) => [m.text, m.facts.name, m.facts.location]);
  it('"Harrow Point, its 200-megawatt data center in Reno, …" is the facility, and so is "Harrow Point" repeated bare', () => {
    expect(texts('Kestrel Group said Harrow Point, its 200-megawatt data center in Reno, Nevada, is now energized. Harrow Point will host 50,000 GPUs.')).toEqual([
      ['Harrow Point', 'Harrow Point', 'Reno, Nevada'],
      ['its 200-megawatt data center in Reno, Nevada', 'Harrow Point', 'Reno, Nevada'],
      ['Harrow Point', 'Harrow Point', 'Reno, Nevada'],
    ]);
  });
  it('not a person after a role, a fronted phrase, one word, letters in capitals, or a head that is a clause\'s subject', () => {
    const names = (t: string) => detect(t, testIndex()).map((m) => m.text);
    expect(names('According to Kestrel spokesperson Jane Doe, the Reno data center will double in size.')).toEqual(['Reno data center']);
    expect(names('Meanwhile, the Reno data center will double. Sedona, a data center in Reno, opened.')).toEqual(['Reno data center', 'data center in Reno']);
    expect(names('Kestrel said KGX Reno, its data center in Reno, opened.')).not.toContain('KGX Reno');
    expect(names('Ada Lin, the Reno data center will open in 2027, Kestrel said.')).not.toContain('Ada Lin');
    expect(names('It will double, said Kestrel CEO John Smith, the data center in Reno being full.')).not.toContain('John Smith');
    expect(names('Outside South Africa, its data center in Nairobi is the largest.')).not.toContain('Outside South Africa');
    expect(names('Equinix opened Greater Reno, a data center in Nevada, last year.')).not.toContain('Greater Reno');
  });
  it('"300 MW at Harrow Point and a second site": the second site is another facility', () => {
    const ms = detect('Kestrel Group said Harrow Point, its data center in Reno, is full. It signed a lease covering 300 MW at Harrow Point and a second site.', testIndex());
    const second = ms.find((m) => m.text === 'second site');
    expect(second?.facts.name ?? null).toBeNull();
  });
});

describe('a numbered name in a headline whose every word is capitalised', () => {
  it('starts after the headline\'s verb or preposition ("Kestrel Unveils Lima 2 In Peru", "KESTREL SWITCHES ON LIMA 3")', () => {
    const names = (t: string) => detect(t, testIndex()).map((m) => m.facts.name);
    expect(names('Equinix Unveils Lima 2 In Peru\n\nEquinix opened the data center on Monday.')[0]).toBe('Lima 2');
    expect(names('EQUINIX SWITCHES ON LIMA 3 IN PERU\n\nEquinix opened the data center on Monday.')[0]).toBe('LIMA 3');
  });
});

describe('a name the article gives a facility', () => {
  const marks = (t: string) => detect(t, testIndex()).map((m) => [m.text, m.facts.location, m.facts.capacityMW]);
  it('"… campus in Reno, which it calls Kestrel. Kestrel will open …": the name and its repeats are that campus', () => {
    expect(marks('Equinix has broken ground on its 180MW data center campus in Reno, which it calls Harrier. Harrier will open in 2027.')).toEqual([
      ['its 180MW data center campus in Reno', 'Reno', 180],
      ['Harrier', 'Reno', 180],
      ['Harrier', 'Reno', 180],
    ]);
  });
  it('"Equinix is building Halcyon, a 496MW data center campus in Reno": one word after a verb that brings it in', () => {
    expect(marks('Equinix is building Halcyon, a 496MW data center campus in Reno.\n\nConstruction at Halcyon began in March.')).toEqual([
      ['Halcyon', 'Reno', 496],
      ['496MW data center campus in Reno', 'Reno', 496],
      ['Halcyon', 'Reno', 496],
    ]);
  });
  it('"its site in Reno, known as Bluebird … Bluebird was designed …": a one-word name given in the phrase is found again', () => {
    expect(marks('Equinix said its data center site in Reno, known as Bluebird, had signed a tenant. "Bluebird was designed with power first," the chief executive said.').map((m) => m[0])).toEqual([
      'its data center site in Reno, known as Bluebird',
      'Bluebird',
    ]);
  });
});
