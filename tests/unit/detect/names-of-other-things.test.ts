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
    const found = detect("Denmark's Kestrel Global Data Centre said on Tuesday it would spend $300 million on a facility in Aarhus.", plural);
    expect(found.map((m) => m.text).join('|')).not.toContain('Global Data Centre');
  });
  it('a currency and an amount ("RM5 billion") is no facility code, and "Build Time" in a headline is no build', () => {
    const found = texts('Equinix is to put a data centre campus in Penang with RM5 billion, beside its PN1 and PN2.\n\nPrefab Halls Shorten Build Time\n\nMore text follows here.');
    expect(found.join('|')).not.toMatch(/RM5|Build/);
    expect(found).toContain('PN1');
  });
  it('one letter where a place should be (a word cut off) places nothing', () => {
    expect(texts('Kestrel opened its data centre park in Pune. It also signed a memorandum with the state to set up a campus in C')).toEqual(['its data centre park in Pune']);
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


describe("a place's data-center industry is not a facility", () => {
  const texts = (t: string) => detect(t, testIndex()).map((m) => m.text);
  it('"Paris\'s data centre cluster", "Amsterdam\'s data centre hub" are the city\'s many facilities', () => {
    const found = texts("Vrelo opened a new data center in Frankfurt. Paris's data centre cluster is France's largest, and Amsterdam's data centre hub is growing.");
    expect(found).toEqual(['new data center in Frankfurt']);
  });
  it('"the national data centre strategy" is a document; "Iver data centre plan rejected" is one facility\'s plan', () => {
    expect(texts('Equinix began construction on a 60 MW campus in Dietzenbach. The national data centre strategy is due in May.')).toEqual(['60 MW campus in Dietzenbach']);
    expect(texts('Iver data centre plan rejected\n\nPlans for a 100MW data centre in Iver were rejected on Monday.')[0]).toBe('Iver data centre');
  });
});

describe('centres of other trades', () => {
  it('"a research and development centre" beside data-center news is an office', () => {
    const found = detect('Cloud providers are buying accelerators for new data centers. Veridian will open a new research and development centre in Bengaluru.', testIndex()).map((m) => m.text);
    expect(found.join('|')).not.toContain('Bengaluru');
  });
});

describe('a company named "… Data Center" that acts as a company', () => {
  const texts = (t: string) => detect(t, testIndex()).map((m) => m.text);
  it('"Vrelo Data Center opens fifth facility" and "… said" are the company; its facility is the mention', () => {
    expect(texts('Vrelo Data Center opens fifth facility in Cikarang')).toEqual(['fifth facility in Cikarang']);
    expect(texts('Vrelo Data Center said it opened a data center in Cikarang.')).toEqual(['data center in Cikarang']);
  });
  it('"The Vrelo Data Center opened in 2024" is the facility', () => {
    expect(texts('The Vrelo Data Center opened in 2024 in Cikarang.')).toEqual(['Vrelo Data Center']);
  });
});

describe('a catalog name that is a street\'s, a park\'s or a hill\'s', () => {
  const sites = [
    ...SITES,
    { id: 'heron-street', name: 'Heron Street', aliases: [], kind: 'campus' as const, operatorIds: [], city: 'Lubbock', country: 'US' },
    { id: 'otter-ridge', name: 'Otter Ridge', aliases: [], kind: 'campus' as const, operatorIds: [], city: 'Lubbock', country: 'US' },
    { id: 'marlow-park', name: 'Marlow Park', aliases: [], kind: 'campus' as const, operatorIds: [], city: 'Lubbock', country: 'US' },
  ];
  const index = compileIndex({ sites, operators: OPERATORS });
  const texts = (t: string) => detect(t, index).map((m) => m.text);
  const about = 'Operators are adding data center capacity across the state.\n\n';

  it('is that place in a sentence about something else', () => {
    expect(texts(`${about}A cafe on Heron Street hosted the meetup.`)).toEqual([]);
    expect(texts(`${about}Otter Ridge, a new housing development, will have 400 homes.`)).toEqual([]);
    expect(texts(`${about}Runners gathered at Marlow Park for the charity race.`)).toEqual([]);
  });

  it('is the facility beside a data-center word', () => {
    expect(texts(`${about}The Heron Street data center will open in May.`).join('|')).toContain('Heron Street');
    expect(texts(`${about}Otter Ridge, a 200MW data center campus, was approved.`).join('|')).toContain('Otter Ridge');
  });
});

describe("a facility's name written for a plant, a substation or a town", () => {
  const index = compileIndex({ sites: [...SITES, { id: 'crusoe-alder-bend', name: 'Alder Bend', aliases: [], kind: 'campus', operatorIds: ['crusoe'], city: 'Tulsa', country: 'US' }], operators: OPERATORS });
  const texts = (t: string) => detect(t, index).map((m) => m.text);

  it('"the NAME Station, a nuclear plant" and "the NAME Substation" are those things', () => {
    expect(texts("Crusoe's Alder Bend campus will add 200 MW of data center capacity.\n\nThe Alder Bend Station, a 1,000 MW nuclear plant, sits a few miles away.")).toEqual(["Crusoe's Alder Bend campus"]);
    expect(texts('Crusoe said the Alder Bend Substation would be rebuilt for its data center next year.')).toEqual([]);
  });
  it('"the nearby town of NAME" is the town', () => {
    expect(texts("Crusoe's Alder Bend campus is named after the nearby town of Alder Bend.")).toEqual(["Crusoe's Alder Bend campus"]);
  });
  it('"the former NAME plant" being turned into a data center is still the site', () => {
    expect(texts('Crusoe is converting the former Alder Bend plant into an AI data center.')).toContain('Alder Bend');
  });
});

describe('a catalog record filed under a company name', () => {
  const index = compileIndex({ sites: [...SITES, { id: 'rec-halden', name: 'Halden Platforms', aliases: ['Osprey Capital Partners'], kind: 'campus', operatorIds: ['crusoe'], city: 'Tulsa', country: 'US' }], operators: OPERATORS });
  it('does not mark the company wherever news names it', () => {
    const texts = (t: string) => detect(t, index).map((m) => m.text);
    expect(texts('At Paducah, bitcoin miner Halden Platforms operates two facilities. Osprey Capital Partners agreed to buy a stake in the utility.')).toEqual([]);
  });
});

describe('a cloud region named by its geography', () => {
  const marks = (t: string) => detect(t, testIndex()).map((m) => [m.text, m.entityId]);
  it('is the geography in a market sentence that names no provider', () => {
    expect(marks('Data center vacancy in Japan East fell to 2%, a broker said.')).toEqual([]);
  });

  it('is the region beside the word "region" or its provider', () => {
    expect(marks('Customers of the Japan East region saw errors, a status page said.')).toEqual([['Japan East region', 'azure-japaneast']]);
    expect(marks('Data center vacancy in Japan East fell to 2%, Microsoft said.')).toEqual([['Japan East', 'azure-japaneast']]);
  });

  it('is the geography after "in" in a sentence with no data-center word, even with its provider as the speaker', () => {
    expect(marks('Microsoft said power prices in Japan East had doubled since 2021.')).toEqual([]);
    expect(marks('Microsoft launches Japan East to customers in Tokyo.')).toEqual([['Japan East', 'azure-japaneast']]);
  });
});

describe("a place's data-center noun compound", () => {
  it('is no facility: "construction pipeline", "overlay district", "workforce", "tax credit"', () => {
    for (const text of [
      "Tucson's data center construction pipeline reached 2 GW, officials said.",
      "Fairfax County's data center overlay district covers 8,000 acres.",
      "Ohio's data center workforce grew by 4,000 last year.",
      "The Nevada data center tax credit expires in 2030.",
    ]) expect(detect(text, testIndex()).map((m) => m.text), text).toEqual([]);
  });

  it("still marks a company's facility named with the work on it", () => {
    expect(detect("Meta's Hyperion data center expansion will add 1 GW.", testIndex()).map((m) => m.entityId)).toContain('epoch-meta-hyperion');
  });
});

describe('an agency written in sentence case', () => {
  it('is no facility: "<X> County development authority", "… development board"', () => {
    for (const text of ['Harlan County development authority backs Crusoe data center plan', 'The Pender County development board approved a tax break on Monday.']) {
      expect(detect(text, testIndex()).map((m) => m.text), text).not.toContainEqual(expect.stringMatching(/development/));
    }
  });
});

describe('a loan called a facility', () => {
  it('is no data center: "a $1.5 billion facility" beside lenders or banks', () => {
    for (const text of ['Lenders provided a $1.5 billion facility to fund construction of the Hyperion data center.', 'The $900 million facility, arranged by four banks for the data center, matures in 2031.']) {
      expect(detect(text, testIndex()).map((m) => m.text), text).not.toContainEqual(expect.stringMatching(/facility/));
    }
  });

  it('is still a data center with a place, or without lending words', () => {
    expect(detect('Banks are financing a $2 billion data center facility in Abilene for Crusoe.', testIndex()).map((m) => m.text)).toEqual(['$2 billion data center facility in Abilene']);
    expect(detect('Crusoe is building a $2 billion facility next to its data center.', testIndex()).map((m) => m.text)).toContain('$2 billion facility');
  });
});

describe('a catalog name of a town and the work on it', () => {
  const sites = [...SITES, { id: 'crusoe-abilene-expansion', name: 'Crusoe Abilene Expansion', aliases: [], kind: 'campus' as const, operatorIds: ['crusoe'], city: 'Abilene', country: 'US' }];
  const index = compileIndex({ sites, operators: OPERATORS });
  it('is not every "Abilene expansion": without its company it says only where and what work', () => {
    expect(detect('Vantage said the Abilene expansion would include a solar array.', index).map((m) => m.entityId)).not.toContain('crusoe-abilene-expansion');
  });

  it('is still the record by its whole name', () => {
    expect(detect('Crusoe Abilene Expansion will add 300 MW of data center capacity.', index).map((m) => m.entityId)).toContain('crusoe-abilene-expansion');
  });
});

describe('a catalog record that is a cable landing station', () => {
  const index = compileIndex({
    operators: [...OPERATORS, { id: 'ostavik', name: 'Ostavik Subsea', aliases: [] }],
    sites: [
      ...SITES,
      { id: 'ostavik-cls', name: 'Ostavik Subsea Varna Cable Landing Station (KX-9)', aliases: [], kind: 'facility', operatorIds: ['ostavik'], city: 'Varna', country: 'BG', codes: ['KX-9'] },
      { id: 'ostavik-sofia', name: 'Ostavik Subsea Sofia', aliases: [], kind: 'facility', operatorIds: ['ostavik'], city: 'Sofia', country: 'BG' },
      { id: 'ostavik-plovdiv', name: 'Ostavik Subsea Plovdiv', aliases: [], kind: 'facility', operatorIds: ['ostavik'], city: 'Plovdiv', country: 'BG' },
    ],
  });
  it('is marked by none of its names or codes (LABELING: a landing station is never a mention)', () => {
    const found = detect('Subsea cables come ashore at the Ostavik Subsea Varna Cable Landing Station (KX-9), near the data center cluster. Ostavik said KX-9 is busy.', index);
    expect(found.filter((m) => m.entityId === 'ostavik-cls')).toEqual([]);
    expect(found.map((m) => m.text).join('|')).not.toMatch(/Subsea Varna/);
  });
});

describe('a name the article gives a power plant', () => {
  const texts = (t: string) => detect(t, testIndex()).map((m) => m.text);
  it('is no data center in a later "the NAME facility / project"', () => {
    expect(texts('A utility said the Tarnby Advanced Energy Facility would begin construction next year. The Tarnby facility will supply 320 MW to Meta\'s data center in Odense from 2028.')).toEqual(["Meta's data center in Odense"]);
    expect(texts('A utility said the Tarnby Generating Station would begin construction. The Tarnby project will supply 320 MW to Meta\'s data center in Odense.')).toEqual(["Meta's data center in Odense"]);
  });
  it('is not made by "NAME will draw power from …": only a plant\'s own name or kind is', () => {
    expect(texts("Meta plans a data center in Odense. Tarnby will draw power from a wind farm, Meta said. The Tarnby site will open in 2028.")).toContain('Tarnby site');
  });
  it('is a data center when the article calls the name one', () => {
    expect(texts('A developer said the Tarnby data center campus, with the Tarnby solar array beside it, would begin construction next year. The Tarnby facility will host servers for Meta\'s data center in Odense.')).toContain('Tarnby facility');
  });
});

describe("a facility's name spoken of as a word, a story or a set", () => {
  const index = testIndex();
  const marked = (t: string) => detect(t, index).map((m) => m.text);
  it('is no mark, though the facility is the article\'s ("… is also the name of", "comes from", "In the myth, …", "…, the novel")', () => {
    const lead = "Meta's Hyperion data center in Louisiana will open in phases. ";
    expect(marked(`${lead}Hyperion is also the name of a moon of Saturn.`)).toEqual(["Meta's Hyperion data center in Louisiana"]);
    expect(marked(`${lead}Hyperion comes from a Greek word for the one who watches from above.`)).toEqual(["Meta's Hyperion data center in Louisiana"]);
    expect(marked(`${lead}In the myth, Hyperion fathered the sun and the moon.`)).toEqual(["Meta's Hyperion data center in Louisiana"]);
    expect(marked(`${lead}Hyperion, the 1989 novel, is being filmed.`)).toEqual(["Meta's Hyperion data center in Louisiana"]);
  });
  it('nor a name before a plural of facilities ("more Colossus sites"), unless it ends a list ("its Memphis and Colossus data centers")', () => {
    const lead = "xAI's Colossus data center in Memphis is running. ";
    expect(marked(`${lead}xAI plans more Colossus sites across the South.`)).toEqual(["xAI's Colossus data center in Memphis"]);
    expect(marked(`${lead}Musk said identical Colossus data centers would follow.`)).toEqual(["xAI's Colossus data center in Memphis"]);
    expect(marked(`${lead}xAI now runs its Memphis and Colossus data centers at full power.`)).toContain('Colossus');
  });
  it('but is the facility when the text calls it by that name', () => {
    expect(marked("xAI's cluster, which runs under the name Colossus, now holds 200,000 GPUs in Memphis.")).toContain('Colossus');
  });
});
