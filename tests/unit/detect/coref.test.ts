import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { OPERATORS, SITES, testIndex } from './support/lexicon';

describe('facts through coreference', () => {
  it('gives a later reference the facts stated earlier (operator, capacity)', () => {
    const text =
      'Crusoe and Oracle are building a 1.2-gigawatt data center campus in Abilene, Texas.\n\n' +
      'Construction crews have worked around the clock for months.\n\n' +
      'Local officials said the Abilene facility would add 1,500 jobs.';
    const ms = detect(text, testIndex());
    const later = ms.find((m) => m.text === 'Abilene facility');
    expect(later?.facts.operator).toMatch(/Crusoe/);
    expect(later?.facts.capacityMW).toBe(1200);
    expect(later?.facts.location).toMatch(/Abilene/);
  });

  it('joins a place-less mention in the next sentence to the facility, both ways', () => {
    const text =
      'LG Uplus Corp. and Microsoft Corp. said they will build a 40-megawatt AI data center in the coastal city of Busan. ' +
      'Next year they will install a cluster with 20,000 graphics processing units there.';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => m.text)).toEqual(['40-megawatt AI data center in the coastal city of Busan', 'cluster with 20,000 graphics processing units']);
    expect(ms[0].facts).toMatchObject({ operator: 'LG Uplus Corp. and Microsoft Corp', location: 'Busan', capacityMW: 40, gpus: 20000 });
    expect(ms[1].facts).toMatchObject({ location: 'Busan', capacityMW: 40, gpus: 20000 });
    expect(ms[0].country).toBe('KR');
  });

  it('resolves "its" and "the company" to the last company subject', () => {
    const text = 'Equinix reported strong bookings for its data centers on Tuesday. The company said its 21st site in Virginia will open in 2027.';
    const [m] = detect(text, testIndex());
    expect(m.text).toBe('its 21st site in Virginia');
    expect(m.facts).toMatchObject({ operator: 'Equinix', ordinal: '21st', location: 'Virginia', date: 'in 2027' });
  });

  it('does not take a programme-level figure as the facility investment', () => {
    const text = 'Tencent will open its second data center in Indonesia. The facility is part of its broader $2 billion investment in cloud infrastructure.';
    const [m] = detect(text, testIndex());
    expect(m.facts.investment).toBeNull();
    expect(m.facts.ordinal).toBe('second');
  });

  it('keeps two facilities apart when their places differ', () => {
    const text = 'Alibaba Cloud opened a data center in Seoul in 2022. It now plans a second data center in Busan.';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => [m.facts.location, m.facts.ordinal])).toEqual([
      ['Seoul', null],
      ['Busan', 'second'],
    ]);
  });
});

describe('news order: a facility first described, then named', () => {
  it('gives a described facility the first code of its company that follows, and not the later ones', () => {
    const text =
      'Equinix has opened a new 25MW data centre in Dublin.\n\n' +
      'The operator has not said when customers will move in.\n\n' +
      'DB7 will serve cloud customers.\n\n' +
      'Equinix also runs DB3 and DB5 in the city.';
    const ms = detect(text, testIndex());
    const described = ms.find((m) => m.text.includes('data centre in Dublin'));
    expect(described?.facts.name).toBe('DB7');
    expect(ms.find((m) => m.text === 'DB3')?.facts.capacityMW ?? null).toBeNull();
  });

  it('keeps facilities apart when each is sized in its own words', () => {
    const text = 'Four data centres were approved. They are a 15MW facility by Kestrel Hosting Co., a 60MW facility by Vrelo Networks Co. and two others.';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => m.facts.capacityMW)).toEqual([15, 60]);
  });

  it('reads an ordinal set off after the facility ("…, its second site in Europe")', () => {
    const text = 'Plans for a new data centre in Kildare were lodged by Vrelo Cloud on Friday, its second site in Europe.';
    const [m] = detect(text, testIndex());
    expect(m.facts.ordinal).toBe('second');
  });

  it('reads an ordinal said of the facility in the next sentence, and spells small ones out', () => {
    const text = 'Vrelo Cloud plans a data centre in Leeds. The facility, which is to be the firm\'s 3rd such site in Britain, opens in 2028.';
    const [m] = detect(text, testIndex());
    expect(m.facts.ordinal).toBe('third');
  });
});

describe("a company's one named facility", () => {
  it('takes the descriptions that give no place or name, before and after the name', () => {
    const text =
      'Oracle is planning a huge data center project, people familiar said.\n\n' +
      'The effort, called Project Lantern, would draw 1.5 GW.\n\n' +
      'Officials expect the Oracle data center project to create 300 jobs.';
    const ms = detect(text, testIndex());
    const names = ms.map((m) => m.facts.name);
    expect(ms.length).toBeGreaterThanOrEqual(3);
    expect(new Set(names)).toEqual(new Set(['Project Lantern']));
  });

  it('joins nothing when the company has two named facilities', () => {
    const text =
      'Oracle opened Project Lantern in Texas and Project Ember in Nevada.\n\n' +
      'Analysts were not surprised. Power prices fell. Rents rose.\n\n' +
      'Officials expect the Oracle data center project to create 300 jobs.';
    const ms = detect(text, testIndex());
    expect(ms.find((m) => m.text.includes('data center project'))?.facts.name ?? null).toBeNull();
  });
});

describe('an article about a single facility', () => {
  const text =
    'Vrelo Cloud is to build a data center in Tulsa.\n\n' +
    'Work should start next year. Vrelo said jobs would follow. The mayor welcomed the plan.\n\n' +
    'Power and cooling\n\n' +
    'The center will open with 120 megawatts of power, growing to 300 MW by 2029.\n\n' +
    'The facility will need 16,000 GPUs, taking spending near $3 billion.';
  it('takes figures said of "the center" further down, past a subhead', () => {
    const [m] = detect(text, testIndex());
    expect(m.facts.capacityMW).toBe(300);
    expect(m.facts.gpus).toBe(16000);
    expect(m.facts.investment).toBe('$3 billion');
  });

  it('stops at the subhead when the article has a second facility', () => {
    const two = text.replace('in Tulsa.', 'in Tulsa and a second data center in Dallas.');
    const ms = detect(two, testIndex());
    expect(ms.map((m) => m.facts.capacityMW)).not.toContain(300);
  });
});

describe('names made of a place', () => {
  it('joins "<Town> Data Centre" to the facility described in that town', () => {
    const text = 'Kestrel Hosting will build its fourth data centre in Ballykeel, County Louth. Ballykeel Data Centre will run on wind power.';
    const ms = detect(text, testIndex());
    expect(ms).toHaveLength(2);
    expect(ms.map((m) => m.facts.ordinal)).toEqual(['fourth', 'fourth']);
    expect(ms.map((m) => m.facts.name)).toEqual(['Ballykeel Data Centre', 'Ballykeel Data Centre']);
  });

  it('reads a world-region adjective as a modifier, not as the name', () => {
    const [m] = detect('It will be its second European data centre, following one in Finland.', testIndex());
    expect(m.text).toContain('second European data centre');
    expect(m.facts.name).toBeNull();
    const [n] = detect('Vrelo said adding our Northern India data center campus will help.', testIndex());
    expect(n.facts.name).toBeNull();
    expect(n.facts.location).toBe('India');
  });
});

describe('the one named facility of an article', () => {
  const text =
    'OpenAI plans another big data center in Chile, people familiar said.\n\n' +
    'The 500-megawatt Stargate Chile project would be its largest in South America.\n\n' +
    'Officials said the Santiago facility would open in 2027.';
  it('reads a name family and the place after it as one name, and gives it to descriptions placed inside it', () => {
    const ms = detect(text, testIndex());
    expect(ms.length).toBe(3);
    expect(ms.map((m) => m.facts.name)).toEqual(['Stargate Chile', 'Stargate Chile', 'Stargate Chile']);
    expect(ms.map((m) => m.facts.capacityMW)).toEqual([500, 500, 500]);
  });

  it('keeps a description of another company apart', () => {
    const ms = detect(text.replace('the Santiago facility', "Microsoft's Santiago facility"), testIndex());
    expect(ms.find((m) => m.text.includes('Santiago'))?.facts.name ?? null).toBeNull();
  });

  it("does not read a company's name before the head as the facility's name", () => {
    const [m] = detect("Europe's first Nvidia Data Centre opened in Paris on Monday.", testIndex());
    expect(m.facts.name).toBeNull();
    expect(m.facts.operator).toBe('Nvidia');
    // A brand's campus name keeps the company: "Crusoe AI City" is its name.
    const city = detect('Crusoe unveiled the Crusoe AI City, a data center campus, on Monday.', testIndex()).find((x) => x.text.includes('AI City'));
    expect(city?.facts.name).toBe('Crusoe AI City');
  });
});

describe('a brand and a place in a name', () => {
  const text =
    'Acme Cloud opened its ninth facility in Ste. Veronne, Quebec on Monday. Executives spoke at the inauguration of the Acme Ste. Veronne data center on Monday.\n\n' +
    'Acme Ste. Veronne offers capacity of up to 40 MW.\n\n' +
    "The firm's next data center is to be built in Laval and will draw 90 MW, more than Acme Ste. Veronne.";
  it('reads a place with an abbreviation and joins the name that holds it', () => {
    const ms = detect(text, testIndex());
    expect(ms).toHaveLength(4);
    expect(ms.map((m) => m.facts.location)).toEqual(Array(4).fill('Ste. Veronne, Quebec'));
    expect(ms.map((m) => m.facts.name)).toEqual(Array(4).fill('Acme Ste. Veronne'));
    expect(ms.map((m) => m.facts.ordinal)).toEqual(Array(4).fill('ninth'));
  });

  it('does not take the numbers of a sentence whose facility is another, unmarked one', () => {
    const ms = detect(text, testIndex());
    expect(ms.map((m) => m.facts.capacityMW)).toEqual([40, 40, 40, 40]);
  });
});

describe('a facility and the campus it is part of', () => {
  it('keeps a building and the larger campus it belongs to apart', () => {
    const text = 'Called KTR2, the data centre opened this month is part of a bigger 30MW data centre campus outside Kisumu. KTR2 has 6MW of IT power.';
    const ms = detect(text, testIndex());
    const campus = ms.find((m) => m.text.includes('campus'));
    expect(campus?.facts.capacityMW).toBe(30);
    expect(campus?.facts.name ?? null).toBeNull();
    expect(ms.filter((m) => m.facts.name === 'KTR2').map((m) => m.facts.capacityMW)).toEqual([6, 6]);
  });
});

describe('numbers of a sentence about another facility', () => {
  it('does not give a mention the figure of the unmarked data center its sentence is about', () => {
    const text = 'Kestrel Hosting opened its latest data center in Accra. The data center will provide 11MW of net IT load, including the KH1 data center. KH1 draws 2MW of IT load.';
    const ms = detect(text, testIndex());
    const kh1 = ms.filter((m) => m.text.includes('KH1'));
    expect(kh1.map((m) => [m.facts.name, m.facts.capacityMW])).toEqual([['KH1', 2], ['KH1', 2]]);
    // "including the KH1 data center" names another building: not the code of the one described before,
    // and the sentence opened by "The data center" gives that one its size.
    expect(ms[0].facts.name).toBeNull();
    expect(ms[0].facts.capacityMW).toBe(11);
  });
});

describe('an ordinal description far from an earlier facility in the same place', () => {
  it('brings in a facility of its own', () => {
    const text =
      'Acme Cloud opened the ACM1 data centre in Jakarta on Monday. Demand is strong. Rents are rising. Power is scarce. Land is costly.\n\n' +
      'Rivals have followed. Last year Nimbus built its second Asian data centre in Jakarta.';
    const ms = detect(text, testIndex());
    const later = ms.find((m) => m.text.includes('second Asian'));
    expect(later?.facts.name ?? null).toBeNull();
    expect(ms.find((m) => m.text.includes('ACM1'))?.facts.ordinal ?? null).toBeNull();
  });
});

describe('a definite reference placed on a street', () => {
  const opening = 'Kestrel Hosting will build its largest data centre in Singapore next year. ';
  it('is the facility just named, and gives it the figures said there', () => {
    const text = opening + 'Work on the six-storey facility at Pelican Way starts in May. The facility will be its ninth in the city, with 40 MW.';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => [m.facts.operator, m.facts.ordinal, m.facts.capacityMW])).toEqual([
      ['Kestrel Hosting', 'ninth', 40],
      ['Kestrel Hosting', 'ninth', 40],
    ]);
  });
  it('keeps a town the gazetteer does not know apart: it may be another facility', () => {
    const text = opening + 'Last year the firm bought the data centre in Vrelindor from a rival. The facility will be its ninth in the city, with 40 MW.';
    const ms = detect(text, testIndex());
    expect(ms[0].facts.ordinal ?? null).toBeNull();
  });
});

describe('a definite description a few sentences on', () => {
  it('is the latest facility of its kind and company, and shares its figures', () => {
    const text =
      'Kestrel Hosting has opened its new data centre campus near Leeds. The Leeds campus offers 45 MW in three halls. Tenants are moving in. Rents are high.\n\n' +
      "Kestrel Hosting's move north began when it broke ground on the €150 million campus in 2021.";
    const ms = detect(text, testIndex());
    const priced = ms.find((m) => m.text.includes('€150 million'));
    expect(priced?.facts.capacityMW).toBe(45);
    expect(ms.filter((m) => m.facts.investment === '€150 million')).toHaveLength(ms.length);
  });
});

describe('a town the gazetteer lacks, before a lower-case head', () => {
  it('finds the facility placed there earlier', () => {
    const text =
      'Kestrel Hosting is building a 90-megawatt AI data center in Gimpo, Gyeonggi province, with 20,000 GPUs. Roads are being widened.\n\n' +
      'New Cooling Plans\n\nThe Gimpo facility will be the country\'s first data center to reuse all of its heat.';
    const ms = detect(text, testIndex());
    const later = ms.find((m) => m.text.includes('Gimpo facility'));
    expect(later?.facts).toMatchObject({ capacityMW: 90, gpus: 20000 });
    expect(ms[0].facts.ordinal).toBe('first');
  });
});

describe('ordinals written two ways', () => {
  it('are one ordinal: "6th" and "sixth" do not keep a facility apart', () => {
    const text = 'Kestrel Hosting opened its 6th data centre in Leeds on Monday. Rivals were quiet. Demand grew. Prices rose.\n\nKestrel Hosting said its sixth data centre in Leeds will draw 40 MW.';
    expect(detect(text, testIndex()).map((m) => m.facts.capacityMW)).toEqual([40, 40]);
  });
});

describe('a definite head named on the spot', () => {
  it('("the project, called X") is the facility just described, whoever the sentence names as builder', () => {
    const text =
      'Kestrel Hosting and Nimbus said on Monday they will build the first Crusoe Data Centre in Iceland. ' +
      'The partners will spend 3 billion Norwegian kroner on the project, called “Project Tern.” It will house 20,000 Nvidia GPUs.';
    const ms = detect(text, testIndex());
    expect(ms).toHaveLength(2);
    for (const m of ms) expect(m.facts).toMatchObject({ name: 'Project Tern', ordinal: 'first', gpus: 20000, investment: '3 billion Norwegian kroner' });
  });
});

describe("a headline's facility", () => {
  const text = "$2B AI Data Center: Kestrel's Big Wager\n\nKestrel Corp. will build a new AI data center in Leeds. The center will draw 90 megawatts.";
  it('is the first facility of its kind in the body when it gives no place or name', () => {
    const ms = detect(text, testIndex());
    expect(ms.map((m) => [m.facts.location, m.facts.capacityMW, m.facts.investment])).toEqual([
      ['Leeds', 90, '$2B'],
      ['Leeds', 90, '$2B'],
    ]);
  });
  it('a sentence-case headline giving a wider place (a state) is the body\'s facility in that state', () => {
    const t = 'Vrelo to spend $4bn on Texas AI campus\n\nVrelo will build a 900MW AI data center campus in Amarillo, Texas, the company said.';
    const ms = detect(t, testIndex());
    expect(ms.length).toBe(2);
    expect(ms.map((m) => m.facts.capacityMW)).toEqual([900, 900]);
  });
  it('a headline naming the company by its short name is the body\'s facility of its full name', () => {
    const t = 'Vrelo plans 1GW campus in Texas\n\nVrelo Energy plans to build a 1GW data center campus in Amarillo, Texas. The first phase will cost $2 billion.';
    const ms = detect(t, testIndex());
    expect(ms.map((m) => m.facts.investment)).toEqual(['$2 billion', '$2 billion']);
  });
  it('reads "$2B" as money, never as a site code', () => {
    const coded = compileIndex({ sites: [...SITES, { id: 'kh-2b', name: 'Kestrel 2B', aliases: ['2B'], kind: 'facility', operatorIds: ['equinix'], city: 'Tokyo', country: 'JP' }], operators: OPERATORS });
    const ms = detect(text, coded);
    expect(ms[0].facts.name ?? null).toBeNull();
    expect(ms.every((m) => m.entityId === null)).toBe(true);
  });
});

describe('a copula of news ("X marks its first …")', () => {
  it('makes the two one facility', () => {
    // The description after "marks" names a place of its own, so only the copula ties it to KX7.
    const text = "Equinix is growing in Africa. Its next step is a new $30 million data centre in Accra, named KX7. Due to open next spring, KX7 marks Equinix's first data centre in Ghana.";
    const ms = detect(text, testIndex());
    expect(ms).toHaveLength(3);
    for (const m of ms) expect(m.facts).toMatchObject({ name: 'KX7', ordinal: 'first', location: 'Accra' });
  });
});

describe('a numbered name right after an ordinal description', () => {
  it('names that facility ("its third facility … Lima 3 will offer 16MW")', () => {
    const text = 'Kestrel Hosting runs two data centers in Peru. It finished its third facility in the Peruvian capital last year. Lima 3 will provide 20MW on 9,000 sqm.';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => [m.facts.name, m.facts.ordinal, m.facts.capacityMW])).toEqual([
      ['Lima 3', 'third', 20],
      ['Lima 3', 'third', 20],
    ]);
  });
});

describe('a named facility opening the sentence after an indefinite one', () => {
  it('is the facility that sentence brought in', () => {
    const text =
      'Kestrel Hosting has asked regulators to approve a new data center in Peru. The Lurin Hall project would turn sheds into server rooms near Lima, Peru. ' +
      'It will cost $90 million.';
    const ms = detect(text, testIndex());
    expect(ms).toHaveLength(2);
    expect(ms[0].facts.investment).toBe('$90 million');
    expect(ms[0].facts.name).toBe(ms[1].facts.name);
  });
});


describe('a catalog region named right after its introduction', () => {
  it('is the region the sentence before brought in, article and company left out of its name', () => {
    const ms = detect('AWS plans to invest $5 billion in a new infrastructure region in Japan. The AWS Asia Pacific (Tokyo) Region will have three Availability Zones.', testIndex());
    expect(ms.map((m) => [m.text, m.entityId, m.facts.investment])).toEqual([
      ['new infrastructure region in Japan', 'aws-ap-northeast-1', '$5 billion'],
      ['AWS Asia Pacific (Tokyo) Region', 'aws-ap-northeast-1', '$5 billion'],
    ]);
  });
});

describe('a building of a campus named before', () => {
  it('is not the campus: it keeps its own ordinal and size, the campus keeps its own', () => {
    const ms = detect('Kestrel Data is building a 200MW data center campus in Leeds. The first data centre at the campus will open in 2027 with 40MW.', testIndex());
    expect(ms.map((m) => [m.text, m.facts.ordinal, m.facts.capacityMW])).toEqual([
      ['200MW data center campus in Leeds', null, 200],
      ['first data centre', 'first', 40],
    ]);
  });
});

describe('cloud regions named by a country and a compass word', () => {
  it('"the Mexico North region" is not "its Mexico Central region": each keeps its name', () => {
    const t = 'Google said its Mexico Central cloud region is now live. It is the company\'s second in Mexico after the Mexico North region launched in 2024.';
    const found = detect(t, testIndex()).filter((m) => m.kind === 'region');
    const north = found.find((m) => m.text.includes('North'));
    const central = found.find((m) => m.text.includes('Central'));
    expect(north?.facts.name).toBe('Mexico North');
    expect(central?.facts.name).toBe('Mexico Central');
  });
  it('the facilities a predicate ordinal follows do not take it ("its third, following KX1")', () => {
    const t = 'Vrelo Data Centers opened its KX3 data center in Ostby. The building is the company\'s third in the city, following KX1 and the Tarnby campus.';
    const kx1 = detect(t, testIndex()).find((m) => m.text === 'KX1');
    expect(kx1).toBeDefined();
    expect(kx1?.facts.ordinal ?? null).toBeNull();
  });
});

describe("a company's portfolio after a facility", () => {
  it('"The company runs 14 data centres … 210MW" is no figure of the facility before it', () => {
    const t = 'Vrelo Digital will invest $500 million in a new data centre in Ostby. The company runs 14 data centres with a total capacity of 210MW.';
    const [m] = detect(t, testIndex());
    expect(m.facts.investment).toBe('$500 million');
    expect(m.facts.capacityMW ?? null).toBeNull();
  });
});

describe('an appositive after a time', () => {
  it('"opened its newest data center in Ostby on Friday, a 15MW facility in …" is one facility', () => {
    const t = 'Vrelo Telecom opened its newest data center in Ostby on Friday, a 15-megawatt facility in the Tarnby district.';
    const found = detect(t, testIndex());
    expect(found.length).toBe(2);
    expect(found.every((m) => m.facts.capacityMW === 15)).toBe(true);
  });
});

describe("an operator's word for its buildings, written out", () => {
  it('"KX6, its sixth International Business Exchange data center in Ostby" is KX6 with the ordinal', () => {
    const t = 'Equinix has opened KX6, its sixth International Business Exchange data center in Ostby.';
    const found = detect(t, testIndex());
    const long = found.find((m) => m.text.includes('sixth'));
    expect(long?.facts.name).toBe('KX6');
    expect(found.find((m) => m.text === 'KX6')?.facts.ordinal).toBe('sixth');
  });
});

describe('two companies in one town', () => {
  it('a company the lexicon does not know is apart from one it knows: no shared figures', () => {
    const t = 'Vrelo Cloud will open a 50MW data center in Osaka in 2028. Equinix opened its Osaka facility in 2011.';
    const [vrelo, equinix] = detect(t, testIndex());
    expect(vrelo.facts).toMatchObject({ operator: 'Vrelo Cloud', capacityMW: 50 });
    expect(equinix.facts).toMatchObject({ operator: 'Equinix', capacityMW: null });
  });
  it('a company written by its initials is the same company ("KTN" for "KT Nordlys Data Centres")', () => {
    const t = 'KT Nordlys Data Centres is building a 40MW campus in Osaka. KTN said the Osaka campus will open in 2027 with 2,000 GPUs.';
    const [first, later] = detect(t, testIndex());
    expect(first.facts.gpus).toBe(2000);
    expect(later.facts.capacityMW).toBe(40);
  });
  it("a description that names no company is not a provider's cloud region", () => {
    const t = "The company already runs a 6 MW data center in Osaka. Elsewhere, Microsoft's Japan East region anchors the country's largest cluster.";
    const [described, region] = detect(t, testIndex());
    expect(described.facts.name).toBeNull();
    expect(region.facts.capacityMW).toBeNull();
  });
});

describe('a state named again', () => {
  it('"a data center in Racine, Wisconsin … the Wisconsin campus" is one facility', () => {
    const t = 'Microsoft is building an AI data center in Racine, Wisconsin. The company has committed $7.3 billion to the Wisconsin campus.';
    const [first, later] = detect(t, testIndex());
    expect(first.facts.investment).toBe('$7.3 billion');
    expect(later.facts.location).toBe('Racine, Wisconsin');
  });
});

describe('one name in two states', () => {
  // A catalog family: two campuses share a name; the text tells them apart by their states.
  const index = compileIndex({
    operators: [{ id: 'kestrel', name: 'Kestrel Compute', aliases: ['Kestrel'] }],
    sites: [
      { id: 'kestrel-larkmoor-wi', name: 'Kestrel Larkmoor Wisconsin', aliases: ['Larkmoor'], kind: 'campus', operatorIds: ['kestrel'], city: 'Mount Pleasant', country: 'US' },
      { id: 'kestrel-larkmoor-ga', name: 'Kestrel Larkmoor Atlanta', aliases: ['Larkmoor Atlanta'], kind: 'campus', operatorIds: ['kestrel'], city: 'Fayetteville', country: 'US' },
    ],
  });
  it('"its Larkmoor site in Wisconsin … the second Larkmoor, in Atlanta": a state is no country a Georgia city lies in', () => {
    const ms = detect('Kestrel said its Larkmoor site in Wisconsin was running. The second Larkmoor, in Atlanta, has been connected.', index);
    expect(ms.map((m) => m.facts.location)).toEqual(['Wisconsin', 'Atlanta']);
    expect(ms[0].entityId).toBe('kestrel-larkmoor-wi');
  });
  it('"…, and that the second Larkmoor, in Atlanta, had been connected": a place set off by commas after a name is its place', () => {
    const ms = detect('Kestrel said its Larkmoor data center in Wisconsin was running jobs, and that the second Larkmoor, in Atlanta, had been connected.', index);
    expect(ms.map((m) => m.facts.location)).toEqual(['Wisconsin', 'Atlanta']);
    expect(ms.map((m) => m.text)).toEqual(['its Larkmoor data center in Wisconsin', 'Larkmoor']);
  });
});

describe('a facility brought in as a new one after a named one', () => {
  const index = testIndex();
  it('is another facility, not the named one in the same city', () => {
    const ms = detect('Equinix said its TY11 data center in Tokyo is full.\nA data center in Tokyo was sold to a pension fund.', index);
    expect(ms.map((m) => m.entityId)).toEqual(['equinix-ty11', null]);
  });
  it("is another facility, not the company's named one, and does not lend it its size", () => {
    const ms = detect("Equinix's TY11 data center is fully leased. Equinix also plans a new 300 MW facility.", index);
    expect(ms.map((m) => m.entityId)).toEqual(['equinix-ty11', null]);
    expect(ms[0].facts.capacityMW).toBeNull();
  });
  it('is still the facility named after it, and what a sentence says it is', () => {
    const later = detect('A massive new AI campus in Abilene will come online in 2026.\nThe Stargate Abilene project is part of a larger deal.', index);
    expect(new Set(later.map((m) => m.entityId))).toEqual(new Set(['epoch-stargate-abilene']));
    const predicate = detect('Stargate Abilene\n\nThe flagship of the venture is a 1.2GW campus in Abilene, Texas.', index);
    expect(predicate[1].facts.name).toBe('Stargate Abilene');
  });
});

describe('a cloud region beside a facility brought in as a new one', () => {
  it('is another facility unless both name the provider', () => {
    const ms = detect('A joint venture will build a 50 MW data center in Tokyo. AWS launched its AWS Tokyo region in 2011.', testIndex());
    expect(ms.map((m) => m.entityId)).toEqual([null, 'aws-ap-northeast-1']);
    expect(ms[0].facts.operator).toBeNull();
  });
});

describe('a facility whose owner is described, not named', () => {
  it('("a rival\'s data center") is another facility than the named one in the town, and no company\'s', () => {
    const ms = detect("Equinix said its TY11 data center in Tokyo is full. A rival's 20 MW data center in Tokyo was sold to a pension fund.", testIndex());
    expect(ms.map((m) => [m.text, m.entityId, m.facts.operator])).toEqual([
      ['its TY11 data center in Tokyo', 'equinix-ty11', 'Equinix'],
      ["rival's 20 MW data center in Tokyo", null, null],
    ]);
  });
});

describe('two facilities each brought in as a new one', () => {
  it('are two when the later is a company\'s and the earlier names none, in the same town', () => {
    const ms = detect('A power failure at a data center in Tokyo disrupted banking apps on Saturday. The facility is operated by Lionsgate Colocation.\nIn 2023 an incident at an Equinix facility in Tokyo, TY11, disrupted two banks.', testIndex());
    const first = ms.find((m) => m.text.includes('data center in Tokyo'))!;
    expect(first.entityId).toBeNull();
    expect(ms.find((m) => m.text.includes('TY11'))?.entityId).toBe('equinix-ty11');
  });
});

describe('a list of facilities, each with its own company', () => {
  it('is as many facilities: "A\'s campus, B\'s campus and …" are no appositions', () => {
    const ms = detect("The land sale would make it the fourth data center campus in the park, after Meta's Hyperion campus, Google's New Albany campus and the AWS New Albany campus.", testIndex());
    const google = ms.find((m) => m.text.startsWith('Google'))!;
    expect(google.facts.operator).toBe('Google');
    expect(google.entityId).toBeNull();
    expect(ms.find((m) => m.text.startsWith('Meta'))?.entityId).toBe('epoch-meta-hyperion');
  });
});

describe('a company the article names first after a facility it left unowned', () => {
  it('did not own that facility: its campus in the same town is another one', () => {
    const text = "The council approved a water deal for Equinix on Monday.\n\nThe deal adds two buildings to the Tokyo data center, which opened in 2024.\n\nThe same district holds Google's 80MW Tokyo data center campus and an office park.";
    const earlier = detect(text, testIndex()).find((m) => m.text === 'Tokyo data center')!;
    expect(earlier.facts.operator).not.toBe('Google');
    expect(earlier.facts.capacityMW).toBeNull();
  });

  it('still joins it when the article named the company before it', () => {
    const text = "Google is expanding in Tokyo.\n\nThe deal adds two buildings to the Tokyo data center, which opened in 2024.\n\nThe same district holds Google's 80MW Tokyo data center campus and an office park.";
    expect(detect(text, testIndex()).find((m) => m.text === 'Tokyo data center')?.facts.capacityMW).toBe(80);
  });
});

describe('"A\'s X campus and B\'s Y campus" lists two facilities', () => {
  it('keeps them apart when the second company is unknown, or the same company', () => {
    for (const second of ['Vrelo\'s', 'Meta\'s']) {
      const text = `Data center developers keep buying land. The deal follows Meta's Hyperion campus and ${second} Lubbock campus.`;
      const ms = detect(text, testIndex());
      expect(ms.map((m) => m.text), second).toEqual(['Meta\'s Hyperion campus', `${second} Lubbock campus`]);
      // One facility's marks share their facts: the second's town is not the first's.
      expect(ms[0].facts.location, second).not.toBe('Lubbock');
    }
  });
});

describe('a sentence about the facility just described that names another facility', () => {
  it('keeps the other one apart: set beside the subject, or owned by another company', () => {
    for (const second of ['The building is a few miles from Vrelo\'s Tokyo campus.', 'The site will share a substation with Meta\'s Tokyo campus.', 'The facility is Vrelo\'s Tokyo campus.']) {
      const ms = detect(`Equinix opened a 30 MW data center in Tokyo on Thursday. ${second}`, testIndex());
      const other = ms.find((m) => m.text.endsWith('Tokyo campus'))!;
      expect(other.facts.capacityMW, second).toBeNull();
      expect(other.facts.operator, second).not.toBe('Equinix');
    }
  });

  it('still names the facility when the sentence gives it a name', () => {
    const ms = detect('Equinix opened a 30 MW data center in Tokyo on Thursday. The facility, known as Project Kestrel, will serve banks.', testIndex());
    expect(ms.find((m) => m.text.includes('Kestrel'))?.facts.capacityMW).toBe(30);
  });
});

describe('a campus and the cloud region it serves', () => {
  it('are two: the campus does not open the region, whichever the text names first', () => {
    for (const text of ["Google's Tokyo data center campus serves its asia-northeast1 region.", "Microsoft's Tokyo data center campus will host its Azure Japan East region."]) {
      const ms = detect(text, testIndex());
      const campus = ms.find((m) => m.text.endsWith('campus'))!;
      expect(campus.entityId, text).toBeNull();
      expect(campus.facts.name, text).toBeNull();
    }
  });

  it('still makes "a new data center" in the region\'s city the region a launch story is about', () => {
    const ms = detect('Microsoft opened its Azure Japan East region last week. The new Microsoft data center in Tokyo will serve banks.', testIndex());
    expect(ms.find((m) => m.text.includes('data center in Tokyo'))?.entityId).toBe('azure-japaneast');
  });
});

describe('a facility set before or beside the one just named', () => {
  const index = testIndex();
  const facts = (text: string) => detect(text, index).map((m) => [m.text, m.facts.capacityMW]);
  it('"Unlike the Reno site, the company\'s 24 MW facility in Tulsa …": no apposition, the size is Tulsa\'s', () => {
    expect(facts("Kestrel Group's data center campus in Reno was approved on Monday. Unlike the Reno site, the company's 24 MW facility in Tulsa runs on hydropower.")).toEqual([
      ["Kestrel Group's data center campus in Reno", null],
      ['Reno site', null],
      ["company's 24 MW facility in Tulsa", 24],
    ]);
  });
  it('"… following the conversion of a factory into a 40 MW data center campus": another facility, with its own size', () => {
    const ms = facts("Kestrel Group's data center campus in Reno was approved on Monday. The Reno project is its second this year, following the conversion of a former factory in Tulsa into a 40 MW data center campus.");
    expect(ms.slice(0, 2)).toEqual([["Kestrel Group's data center campus in Reno", null], ['Reno project', null]]);
  });
  it('"a separate campus in Tulsa" is a mention of its own', () => {
    expect(facts("Kestrel Group's growth will come from its Reno data center campus and from a separate campus in Tulsa.").map((m) => m[0])).toEqual(['its Reno data center campus', 'separate campus in Tulsa']);
  });
});

describe('"its next <town> facility"', () => {
  it('is another facility than the one the company runs in that town', () => {
    const ms = detect('Equinix said its TY11 data center in Tokyo is full. Work on its next Tokyo data center will start in May.', testIndex());
    expect(ms.map((m) => m.entityId)).toEqual(['equinix-ty11', null]);
  });
});

describe('a list of one company\'s campuses, each in its own place', () => {
  const names = (t: string) => detect(t, testIndex()).map((m) => [m.text, m.facts.name]);
  it('"A and the B campus", "A, its B campus and its C campus" are two and three facilities', () => {
    expect(names("Data center demand keeps rising.\n\nWork has started on Kestrel Group's Harrow Point campus and the Tulsa campus, the company said.")).toEqual([
      ["Kestrel Group's Harrow Point campus", 'Harrow Point'],
      ['Tulsa campus', null],
    ]);
    expect(names("Data center demand keeps rising.\n\nKestrel Group's Harrow Point campus, its Tulsa campus and its Austin campus are each designed for about 300 MW.")).toEqual([
      ["Kestrel Group's Harrow Point campus", 'Harrow Point'],
      ['its Tulsa campus', null],
      ['its Austin campus', null],
    ]);
  });
});
