import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const spans = (text: string) => detect(text, testIndex()).map((m) => m.text);

describe('descriptive mentions: noun phrases that name one facility', () => {
  it('takes ordinal, capacity, place and operator modifiers into the span, without articles', () => {
    expect(spans('Oracle said it will open its third data center in Chile next year.')).toEqual(['its third data center in Chile']);
    expect(spans('The firm is building a 250-megawatt data centre near Johor Bahru, Malaysia.')).toEqual(['250-megawatt data centre near Johor Bahru, Malaysia']);
    expect(spans('Microsoft plans a $3 billion AI datacenter in Racine County.')).toEqual(['$3 billion AI datacenter in Racine County']);
  });

  it('reads "DC" as a data center after a word only a data center takes, or a town after a determiner', () => {
    expect(spans('Kestrel Group will build the Reno AI DC, a 103MW facility.')[0]).toBe('Reno AI DC');
    expect(spans('Kestrel Group plans a 270MW hyperscale DC in Reno.')).toEqual(['270MW hyperscale DC in Reno']);
    expect(spans('Kestrel Group said the Reno DC will open in 2028, the first data center of its kind.')[0]).toBe('Reno DC');
    // Not the city, a current or another company's office.
    expect(spans('Officials in Washington, DC and the Washington DC area said the data center bill passed.')).toEqual([]);
    expect(spans('The data center runs on DC power and has DC fast chargers; our DC team met its operator.')).toEqual([]);
  });

  it('no plant of another kind: a gigafactory, a centre of excellence, "build" as a verb, a site after a factory', () => {
    const ctx = 'The data center industry in the region keeps growing. ';
    expect(spans(`${ctx}Work continues on Tesla's gigafactory in Reno, which will make battery cells.`)).toEqual([]);
    expect(spans(`${ctx}Equinix opened an AI centre of excellence in Reno with a local university.`)).toEqual([]);
    expect(spans(`${ctx}Regulators let Equinix build three gas plants near Reno to serve the region.`)).toEqual([]);
    expect(spans(`${ctx}Tesla is building a battery factory in Reno, and Tesla's Reno site will employ 2,000 people.`)).toEqual([]);
    // A data center of those words still is one.
    expect(spans('Kestrel Group will open an AI gigafactory in Reno.')).toEqual(['AI gigafactory in Reno']);
    expect(spans(`${ctx}Kestrel Group's 230MW build in Reno will host 100,000 GPUs, and its AI factory campus in Tulsa, a 400MW build, is full.`)).toEqual(["Kestrel Group's 230MW build in Reno", 'its AI factory campus in Tulsa', '400MW build']);
  });

  it('reads headline case', () => {
    expect(spans('Equinix Opens Third Lagos Data Center\n\nThe company said demand was strong.')).toEqual(['Third Lagos Data Center']);
  });

  it('accepts weak heads (campus, facility, site, region) with identifying modifiers on data-center pages', () => {
    const text =
      'Crusoe is building a data center campus in Abilene, Texas, for Oracle. ' +
      'The Abilene facility will draw 1.2 gigawatts when complete. ' +
      'Oracle’s new facility in Wisconsin is smaller.';
    expect(spans(text)).toEqual(['data center campus in Abilene, Texas', 'Abilene facility', 'Oracle’s new facility in Wisconsin']);
  });

  it('knows a cloud region by its provider', () => {
    expect(spans('Google Cloud opened a new cloud region in Stockholm on Tuesday.')).toEqual(['new cloud region in Stockholm']);
    expect(spans('AWS said its Jakarta region now has three availability zones.')).toEqual(['its Jakarta region']);
  });

  it('marks known catalog names and codes', () => {
    const ms = detect('Equinix said TY11 is its latest data center in Tokyo, close to ap-northeast-1.', testIndex());
    // "TY11 is its latest data center in Tokyo": the description is the same site.
    expect(ms.map((m) => [m.text, m.status, m.entityId])).toEqual([
      ['TY11', 'known', 'equinix-ty11'],
      ['its latest data center in Tokyo', 'known', 'equinix-ty11'],
      ['ap-northeast-1', 'known', 'aws-ap-northeast-1'],
    ]);
    expect(ms[2].facts.operator).toBe('Amazon Web Services');
  });

  it('takes an ambiguous name only with a data-center word or its operator nearby', () => {
    expect(spans('The Colossus of Rhodes was one of the seven wonders.')).toEqual([]);
    expect(spans('xAI said Colossus now runs 200,000 GPUs.')).toEqual(['Colossus']);
  });

  it('finds facility codes on data-center pages', () => {
    const text = 'Equinix opened its FR8 data center in Frankfurt. FR8 joins FR2 and FR5 on the same campus. The company reported FY25 revenue.';
    expect(spans(text)).toEqual(['its FR8 data center in Frankfurt', 'FR8', 'FR2', 'FR5']);
  });

  it('a quarter or half of a year is no code ("Q3 2026", "in Q4", "Q2 results")', () => {
    const call = 'Equinix Q3 2026 Earnings Call\n\nEquinix said its Frankfurt data center will add 10 MW in Q4 2027 and another 10 MW in Q1. Equinix reported Q2 results and H1 revenue.';
    expect(spans(call)).toEqual(['its Frankfurt data center']);
  });
});

describe('a part of a place', () => {
  it('"south-west Dublin", "the south of Dublin", "the north-east of England", "England\'s north-east" place the facility', () => {
    for (const [where, place] of [['south-west Dublin', 'Dublin'], ['the south of Dublin', 'Dublin'], ['the north-east of England', 'England'], ["England's north-east", 'England']]) {
      const [m] = detect(`Vrelo Digital opened a new data center in ${where}.`, testIndex());
      expect(m?.facts.location, where).toBe(place);
      expect(m?.text, where).toContain(where.replace(/^the /, ''));
    }
  });
});

describe('a place set before the clause', () => {
  it('"In Ostby, Vrelo completed its KX2 facility" places KX2 in Ostby, not where the sentence before was', () => {
    const t = 'Tarn opened a 30MW data center in Leeds. In Ostby, Vrelo Digital completed its KX2 facility, adding 8MW.';
    const m = detect(t, testIndex()).find((x) => x.text.includes('KX2'));
    expect(m?.facts.location).toBe('Ostby');
  });
});

describe('place names with particles', () => {
  it('"Zelvora do Norte" is one place', () => {
    const [m] = detect('Vrelo Energy opened a data center in Zelvora do Norte on Monday.', testIndex());
    expect(m?.facts.location).toBe('Zelvora do Norte');
  });
});

describe('land named after "on"', () => {
  it('"on the <town> Trading Estate", "on Tarnby Island" place the facility', () => {
    const [a] = detect('Vrelo Digital filed plans for a data centre campus on the Leeds Trading Estate, west of the city.', testIndex());
    expect(a?.text).toContain('Leeds Trading Estate');
    expect(a?.facts.location).toBe('Leeds Trading Estate');
    const [b] = detect('Vrelo Digital has built a data centre on Tarnby Island.', testIndex());
    expect(b?.facts.location).toBe('Tarnby Island');
  });
  it('a day after "on" is no place', () => {
    const [m] = detect('Vrelo Digital opened a data centre on Monday.', testIndex());
    expect(m?.facts.location ?? null).toBeNull();
  });
});

describe('a company named with the words, as owner', () => {
  it('"Ostavik Data Centres\' new campus" is owned by the company, not modified by "data centres"', () => {
    const [m] = detect('Ostavik Data Centres\' new campus in Dublin opened on Monday.', testIndex());
    expect(m?.facts.operator).toBe('Ostavik Data Centres');
    expect(m?.text).not.toMatch(/^Data Centres/);
  });
  it('"its" is the company named with a possessive earlier in the sentence', () => {
    const [m] = detect('Planners approved Ostavik Data Centres\' plan for a fourth hall at its Tarnby data center campus in Dublin.', testIndex());
    expect(m?.facts.operator).toBe('Ostavik Data Centres');
  });
});

describe('AI capacity news that never writes "data center"', () => {
  it('a coded or sized campus in sentences about GPUs and megawatts is a facility', () => {
    const t = 'Tarn Cloud signed a lease for 90MW of capacity at Vrelo Digital\'s KXR2 campus in Pike County. The campus will host 40,000 GPUs.';
    const [m] = detect(t, testIndex());
    expect(m?.text).toContain('KXR2 campus');
    expect(m?.facts.gpus).toBe(40000);
  });
  it('a university or office campus with servers and megawatts is not', () => {
    expect(spans('The university said its main campus draws 5MW and hosts 300 servers.')).toEqual([]);
    expect(spans('Vrelo\'s headquarters campus in Leeds uses 4MW, mostly for servers.')).toEqual([]);
  });
});

describe('not mentions', () => {
  it('ignores industry talk and data center used as a modifier', () => {
    expect(spans('Nvidia’s data center revenue rose 60% as data center GPUs sold out.')).toEqual([]);
    expect(spans('The data center market in Japan keeps growing, analysts said.')).toEqual([]);
    expect(spans('Data centers use a lot of power and water.')).toEqual([]);
  });
  it('ignores company names and publications that contain the words', () => {
    expect(spans('Africa Data Centres and T5 Data Centers raised new funds, Data Center Knowledge reported.')).toEqual([]);
  });
  it('ignores bare anaphors and vague references', () => {
    expect(spans('Alibaba opened a data center in Seoul. The new facility has room to grow and the data center is busy.')).toEqual(['data center in Seoul']);
  });
  it('ignores non-data-center places and portfolio counts', () => {
    const text = 'Alibaba runs 87 availability zones across 29 regions. It also built a power plant in Nevada, a university campus in Ohio and an office in Texas.';
    expect(spans(text)).toEqual([]);
  });
  it('ignores a size that describes a kind of facility, not one', () => {
    expect(spans('A 50MW data center typically draws as much power as a small town.')).toEqual([]);
    expect(spans('Microsoft is building a 300MW data center, the company said.')).toEqual(['300MW data center']);
  });
  it('ignores a place-only region without a cloud provider', () => {
    expect(spans('Demand in the Asia-Pacific region is growing for data center capacity.')).toEqual([]);
  });
});

describe('places written with a possessive or in a compound adjective', () => {
  it("reads the place a country's possessive introduces", () => {
    const [m] = detect('Vrelo has started work at the firm’s data centre campus in Malaysia’s Kedah state.', testIndex());
    expect(m.text).toBe('firm’s data centre campus in Malaysia’s Kedah state');
    expect(m.facts.location).toBe('Malaysia’s Kedah state');
  });

  it('does not take a place from "<place>-based" as where the facility is', () => {
    const ms = detect('Vrelo started work on the second data centre at the Austin-based firm’s campus in Malaysia’s Kedah state.', testIndex());
    expect(ms.map((m) => m.facts.location)).not.toContain('Austin');
  });
});

describe('a place narrowed after the phrase', () => {
  it('reads the town a one-word name gives ("Hwaseong IDC"), before the places of nearby sentences', () => {
    const ms = detect('Acme Telecom runs a data center in Busan. It will open the Hwaseong IDC in 2027.', testIndex());
    expect(ms.find((m) => m.text.includes('Hwaseong'))?.facts.location).toBe('Hwaseong');
  });

  it('reads the town after the company\'s name ("<company> <town> IDC")', () => {
    const ms = detect('Vrelo said the Vrelo Busan data center is full. The Vrelo Ostby IDC will open next year.', testIndex());
    expect(ms.find((m) => m.text.includes('Ostby'))?.facts.location).toBe('Ostby');
  });

  it('reads the place a relative clause opens with "where" ("land near <town>, where it will build …")', () => {
    const [m] = detect('Tarn Telecom has acquired land near Dayton, Ohio, where it intends to put up a 90MW data center.', testIndex());
    expect(m.facts.location).toBe('Dayton, Ohio');
  });

  it('reads the place of the land a facility stands on ("on a former industrial site in <town>")', () => {
    const [m] = detect('Tarn Telecom won approval for a 72MW data centre on a former industrial site in Swindon.', testIndex());
    expect([m.text, m.facts.location]).toEqual(['72MW data centre on a former industrial site in Swindon', 'Swindon']);
  });

  it('reads ", located in <city>," set off after a facility', () => {
    const [m] = detect('Vrelo also said that the VR3 data centre, located in Adelaide, will link up with Azure.', testIndex());
    expect(m.facts.location).toBe('Adelaide');
  });

  it('reads ", located in <town>, near <city>" as the place, found again by the city', () => {
    const ms = detect('Tarn unveiled a new data centre campus in Hungary, located in Torokbalint, near Budapest. The Budapest campus will offer 45 MW.', testIndex());
    expect(ms[0].text).toBe('new data centre campus in Hungary, located in Torokbalint, near Budapest');
    expect(ms[0].facts.location).toBe('Torokbalint, near Budapest');
    expect(ms.map((m) => m.facts.capacityMW)).toEqual([45, 45]);
  });
});

describe('lists of facilities, each with its own figures', () => {
  const text =
    'The board cleared four data center projects. The four are a 15MW facility by Kestrel Siam Co., Ltd., a unit of a Korean carrier, for 4.1 billion baht; ' +
    'a 70MW facility by Nimbus Tech Co., Ltd., for 5.2 billion baht; and a 150MW facility by Ostavik Data Center Co., Ltd., an affiliated firm, for 33.6 billion baht.';
  it('gives each list item the company after "by" and the amount after "for"', () => {
    const ms = detect(text, testIndex());
    expect(ms.map((m) => m.text)).toEqual(['15MW facility', '70MW facility', '150MW facility']);
    expect(ms.map((m) => m.facts.operator?.replace(/,? Ltd\.$/, ''))).toEqual(['Kestrel Siam Co.', 'Nimbus Tech Co.', 'Ostavik Data Center Co.']);
    expect(ms.map((m) => m.facts.investment)).toEqual(['4.1 billion baht', '5.2 billion baht', '33.6 billion baht']);
  });

  it('reads on past company forms such as "Pte. Ltd." or "Sdn. Bhd." inside a list item', () => {
    const ms = detect(
      'Three data center projects won approval. They are a 40MW facility by Nimbus Tech Co., Ltd., a unit of Ostavik Holdings and its Dubai-based arm Ostavik Cloud Pte. Ltd., for 5.5 billion baht; ' +
        'and a 60 MW facility by Tarn Data Sdn. Bhd. For its part, the regulator set no deadline.',
      testIndex(),
    );
    expect(ms.map((m) => [m.text, m.facts.investment])).toEqual([
      ['40MW facility', '5.5 billion baht'],
      ['60 MW facility', null],
    ]);
  });

  it('gives a code the size written right before it', () => {
    const ms = detect('Equinix will add a 24 MW KSA3 at 410 Harrow Lake Blvd and an 11 MW KSA6 data center at 2208 Fenwick Drive.', testIndex());
    expect(ms.map((m) => [m.facts.name, m.facts.capacityMW])).toEqual([['KSA3', 24], ['KSA6', 11]]);
  });

  it('reads two amounts before the head, separated by a comma', () => {
    const [m] = detect('Vrelo will break ground on a $2 billion, 180-megawatt data center campus near Fargo, North Dakota.', testIndex());
    expect(m.facts.investment).toBe('$2 billion');
    expect(m.facts.capacityMW).toBe(180);
  });

  it('does not give a campus the ordinal of a building counted inside it', () => {
    const [campus] = detect('Kestrel Group has finished the second building on its 80MW data centre campus in Reno, Nevada.', testIndex());
    expect(campus.facts.capacityMW).toBe(80);
    expect(campus.facts.ordinal ?? null).toBeNull();
    const [site] = detect('Kestrel Group said its new data center in Reno is its seventh site in the region.', testIndex());
    expect(site.facts.ordinal).toBe('seventh');
  });

  it('a data center word before another noun ("its first data centre call for applications") is no facility, nor its ordinal', () => {
    const ms = detect('The 12-storey Kestrel Group data centre in Reno was among projects chosen under the regulator\'s first data centre call for applications in 2023. The state held its second data center tender last year.', testIndex());
    expect(ms.map((m) => m.text)).toEqual(['12-storey Kestrel Group data centre in Reno']);
    expect(ms[0].facts.ordinal ?? null).toBeNull();
    const [own] = detect('The 12-storey Kestrel Group data centre in Reno was among projects chosen under its first data centre call for applications.', testIndex());
    expect(own.facts.ordinal ?? null).toBeNull();
  });

  it('reads an indefinite data center that a plan, a permit or a conversion is about as one facility', () => {
    const found = (t: string) => detect(t, testIndex()).map((m) => m.text);
    expect(found('The county approved the rezoning, clearing the way for construction of a big data center campus by the river.')).toEqual(['big data center campus']);
    expect(found('The plot is to be used for a new data center campus, built in stages.')).toEqual(['new data center campus']);
    expect(found('Owners want to turn the old mill into an AI data center.')).toEqual(['AI data center']);
    // Generic talk about data centers is not one.
    expect(found('Building a data center takes years, and there is demand for a data center in every town.')).toEqual([]);
    expect(found('Plans for the data center are old.')).toEqual([]);
  });

  it('reads an area inside one country as a place, and a world area as vague', () => {
    const found = (t: string) => detect(t, testIndex()).map((m) => [m.text, m.facts.location]);
    expect(found('Kestrel Group operates data centres. It finished work at its Northern Virginia campus.')).toEqual([['its Northern Virginia campus', 'Northern Virginia']]);
    expect(found('Kestrel Group operates data centres in Asia. It opened an Asia-Pacific campus.')).toEqual([]);
  });

  it('does not give a campus the ordinal of its first building, said in a later sentence', () => {
    const text = 'Kestrel Infra will build a 30-acre data centre park in Pune at a cost of $800 million. The park will hold five buildings. Work on the first building starts in March.';
    const [park] = detect(text, testIndex());
    expect(park.facts.investment).toBe('$800 million');
    expect(park.facts.ordinal ?? null).toBeNull();
  });

  it('places a data center converted from a building at the place of that building', () => {
    const text =
      'Kestrel Corp. plans to convert an old paper mill in Kobe, Hyogo, into an AI data center. The deal closes soon. ' +
      'Power was the reason. Work begins next year. The center will open with 60 megawatts, expanding to 120 MW later.\n\nThe Kobe data center will need 30,000 GPUs.';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => [m.facts.location, m.facts.capacityMW, m.facts.gpus])).toEqual([
      ['Kobe', 120, 30000],
      ['Kobe', 120, 30000],
    ]);
  });

  it('reads a size written without hyphens as a modifier, and the capacity before it', () => {
    const [m] = detect('Equinix is building a 4MW, 90K square foot data centre named KD4 in Boise. The campus will reach 24MW when complete.', testIndex());
    expect(m.text).toBe('4MW, 90K square foot data centre named KD4 in Boise');
    expect(m.facts.capacityMW).toBe(4);
  });

  it("reads a city's district written with the city's possessive ('in Auckland's Takanini')", () => {
    const [m] = detect("Kestrel Hosting plans a data centre in Auckland's Takanini.", testIndex());
    expect(m.text).toBe("data centre in Auckland's Takanini");
    expect(m.facts.location).toBe("Auckland's Takanini");
    expect(m.country).toBe('NZ');
  });
});


describe('brackets inside a mention', () => {
  it("reads a facility word's abbreviation in brackets as the head's, not as a name, and matches no alias across a bracket", () => {
    const [m] = detect('Equinix opened its fifth International Business Exchange (IBX) data center in Lima, Peru.', testIndex());
    expect([m.text, m.facts.ordinal, m.facts.name, m.facts.location]).toEqual([
      'its fifth International Business Exchange (IBX) data center in Lima, Peru',
      'fifth',
      null,
      'Lima, Peru',
    ]);
  });
  it('takes a place in the brackets of a region name as where it is', () => {
    const [m] = detect('AWS has launched its Asia Pacific (Hanoi) Region, with three availability zones.', testIndex());
    expect([m.text, m.facts.location]).toEqual(['its Asia Pacific (Hanoi) Region', 'Hanoi']);
  });
});

describe('figures of a clause in a roundup sentence', () => {
  it("gives a mention the figures of its own clause when no other mention shares it, not a continuing clause's", () => {
    const ms = detect(
      'In other news, Kestrel Data Centres broke ground on a 20MW facility in Nairobi, while Vrelo Technologies opened an edge site in Lagos and Nimbus said its Accra campus would double to 60MW.',
      testIndex(),
    );
    expect(ms.map((m) => [m.text, m.facts.capacityMW])).toEqual([
      ['20MW facility in Nairobi', 20],
      ['edge site in Lagos', null],
      ['its Accra campus', 60],
    ]);
    const [next] = detect('Tarn Digital opened its Reno data center, and will add 80MW to its campus in Sparks, twice the Reno data center.', testIndex());
    expect(next.facts.capacityMW).toBeNull();
  });
});

describe('the next sentence about a facility just named', () => {
  it('may open with a size written with digit groups ("The 400,000-square-foot facility")', () => {
    const [m] = detect('Kestrel Data filed plans for a data center in Reno. The 400,000-square-foot facility will draw 60MW.', testIndex());
    expect([m.text, m.facts.capacityMW]).toEqual(['data center in Reno', 60]);
  });
});

describe('a part of a country called a region, with a cloud provider in the sentence', () => {
  it('is a place, not a cloud region ("Spain\'s Aragón region", "the Greater Tokyo region"); a provider\'s own still is', () => {
    const regions = (text: string) => detect(text, testIndex()).filter((m) => m.kind === 'region').map((m) => m.text);
    expect(regions("Spain's Aragón region has become a magnet for data centers, with AWS and Microsoft campuses planned nearby.")).toEqual([]);
    expect(regions('The Greater Tokyo region has become a magnet for data centers, with AWS and Microsoft campuses planned nearby.')).toEqual([]);
    expect(regions('Microsoft said its Osaka region is now generally available.')).toEqual(['its Osaka region']);
  });

  it('is a place when a name no gazetteer knows stands after "in the"; a provider\'s region in a known town or by its code still is', () => {
    const regions = (text: string) => detect(text, testIndex()).filter((m) => m.kind === 'region').map((m) => m.text);
    expect(regions('Microsoft plans two data centers in the Skarvik region, which spans two countries.')).toEqual([]);
    expect(regions('AWS said customers across the Brenmoor Valley region saw slow uploads.')).toEqual([]);
    expect(regions('AWS said customers in the Osaka region saw errors on Tuesday.')).toEqual(['Osaka region']);
    expect(regions('Microsoft said its Skarvik region is now generally available.')).toEqual(['its Skarvik region']);
  });
});

describe('an office, university or hospital campus in an article about data centers', () => {
  it('is no facility; a campus with its own size still is', () => {
    expect(spans('Amazon opened the second phase of its HQ2 campus in Arlington, not far from its data centers in Loudoun County.')).not.toContain('its HQ2 campus in Arlington');
    expect(spans("Apple's new campus in Austin will employ 5,000 people; the company also runs a data center in Mesa.")).toEqual(['data center in Mesa']);
    expect(spans('The University of Texas campus in Austin hosts a supercomputer in its data center.').join('|')).not.toContain('campus');
    expect(spans("Apple's new 300MW campus in Austin will open next year; the company also runs a data center in Mesa.")).toContain("Apple's new 300MW campus in Austin");
  });
});

describe('what follows a facility phrase', () => {
  const one = (text: string) => detect(text, testIndex()).map((m) => [m.text, m.facts.operator, m.facts.location]);

  it('reads a verb ending in -s after the head as a verb, not a plural noun', () => {
    expect(one('Data centers need power. Crusoe said its Lubbock campus keeps growing.')).toEqual([['its Lubbock campus', 'Crusoe', 'Lubbock']]);
  });
  it('reads a headline\'s verbs before a bare object ("hits full load", "wins zoning approval", "nears completion")', () => {
    for (const verb of ['hits full load', 'wins zoning approval', 'nears completion', 'clears final hurdle', 'secures grid power'])
      expect(one(`Crusoe's Lubbock data center ${verb}\n\nThe company said work continues.`).map((m) => m[0])).toEqual(["Crusoe's Lubbock data center"]);
  });
  it('reads a town and its state set off by commas before the head as one place ("its Lubbock, Texas, campus")', () => {
    expect(one('Data centers need power. Crusoe said its Lubbock, Texas, campus would add 40 MW.')).toEqual([['its Lubbock, Texas, campus', 'Crusoe', 'Lubbock, Texas']]);
    // Not a list of places: "in Lubbock, Texas, its campus" is no town before the head.
    expect(one('Data centers need power. In Austin, Texas, Crusoe campus plans stalled.').map((m) => m[0])).not.toContain('Austin, Texas, Crusoe campus');
  });
  it('reads a town and a small number before the head as the building\'s name ("its Lubbock 4 data center in Abilene")', () => {
    expect(one('Data centers need power. Crusoe said its Lubbock 4 data center in Abilene would add 40 MW.')).toEqual([['its Lubbock 4 data center in Abilene', 'Crusoe', 'Abilene']]);
    expect(detect('Data centers need power. Crusoe said its Lubbock 4 data center would add 40 MW.', testIndex())[0]?.facts.name).toBe('Lubbock 4');
  });
  it('not after a name\'s other capitalised words ("its Kestrel Lubbock 4 data center"), which the catalog path reads', () => {
    expect(detect('Data centers need power. Crusoe said its Kestrel Lubbock 4 data center in Abilene would add 40 MW.', testIndex())[0]?.facts.name).not.toBe('Kestrel 4');
  });
  it('still reads a trade\'s plural nouns after the head as a modifier ("data center operators warn", "data center projects stall")', () => {
    expect(one('Lubbock data center operators warn of grid limits.')).toEqual([]);
    expect(one('Lubbock data center projects stall as costs rise.')).toEqual([]);
  });

  it('gives a campus after "Company, whose" to that company', () => {
    expect(one('Data centers need power. Lubbock is the fourth market for Crusoe, whose Lubbock campus keeps growing.')).toEqual([['Lubbock campus', 'Crusoe', 'Lubbock']]);
  });

  it('places a facility by the relative clause that builds it, and gives it to the clause\'s company', () => {
    expect(one('Oracle has agreed to lease a new data center that Ostavik is developing in Lubbock.')).toEqual([['new data center', 'Ostavik', 'Lubbock']]);
    expect(one('Crusoe is expanding the data center it is building near Odessa.')).toEqual([['data center', 'Crusoe', 'Odessa']]);
  });
});

describe('a place and the noun of its kind before the head', () => {
  it('reads "Lubbock County Campus" in a headline as one place', () => {
    const ms = detect('Crusoe Breaks Ground On New Lubbock County Campus\n\nCrusoe said it would expand its data center campus there.', testIndex());
    expect(ms.map((m) => [m.text, m.facts.location])[0]).toEqual(['New Lubbock County Campus', 'Lubbock County']);
  });
});

describe('a rule or a statistic about any facility of a kind', () => {
  it('is no mention: "every", "any", "each", "no", "the average", "the largest for a single"', () => {
    for (const text of [
      'Every new data center in Ohio must file a water plan under the bill.',
      'Any data center in Texas with more than 90 MW of load can be cut off in an emergency.',
      'Each hyperscale campus in Arizona will pay the new grid fee.',
      'No data center in Sussex County has applied for the credit yet.',
      'The average data center in Portugal uses as much power as 20,000 homes, the study said.',
      'Lenders said the loan was the largest ever for a single data center in Chile.',
    ]) expect(spans(text), text).toEqual([]);
  });

  it('still marks one facility named or brought in beside such words', () => {
    expect(spans('Oracle said its third data center in Chile will open next year, and every rack is sold.')).toEqual(['its third data center in Chile']);
    expect(spans('Crusoe is building a data center in Ohio with the average rack at 130 kW.')).toEqual(['data center in Ohio']);
  });
});
