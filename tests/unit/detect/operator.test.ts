import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { OPERATORS, SITES, testIndex } from './support/lexicon';

const operatorOf = (text: string) => detect(text, testIndex())[0]?.facts.operator ?? null;
const allOperators = (text: string) => detect(text, testIndex()).map((m) => m.facts.operator);
/** The operator of the last mark, after a paragraph about another company's facility in the same town. */
const lastOperator = (text: string) => allOperators(`Ostavik Hosting added a building to its data center in Fenwick last month.\n\n${text}`).at(-1);

describe('who runs a facility, when the catalog does not know the company', () => {
  it('takes a company introduced by a lower-case description as the subject', () => {
    expect(operatorOf('Data centre developer KeyLoop Cloud has opened its third data centre in Nairobi.')).toBe('KeyLoop Cloud');
    expect(operatorOf('Leeds-based CoreMesh Hosting has started work on a data centre in Bradford.')).toBe('CoreMesh Hosting');
  });

  it('reads the subject after a date stamp and past a backer\'s compound adjective', () => {
    expect(operatorOf('date 2024-03-07 Fund-backed Kestrel Hosting opened its latest data center in Ogun State.')).toBe('Kestrel Hosting');
  });

  it('takes a brand written with a lower-case first letter', () => {
    expect(operatorOf('Last week, data centre builder zCloudia unveiled its third data centre in Lagos.')).toBe('zCloudia');
  });

  it('takes no company from the object of a preposition ("Demand for GPUs is …")', () => {
    expect(operatorOf('Demand for NVLinks is soaring, brokers said. Its new data centre in Bradford opens in May.')).not.toBe('NVLinks');
  });

  it('does not take a common noun that opens a sentence for a company', () => {
    expect(operatorOf('Customers have asked for a data centre in Bergen for years.')).toBeNull();
    expect(operatorOf('Residents opposed the 40MW data center in Ashby.')).toBeNull();
  });

  it('takes an unknown company named as the agent after "by"', () => {
    expect(operatorOf('The state approved a $10bn data centre in Hyderabad by Vrelo Tech, its first in India.')).toBe('Vrelo Tech');
    expect(operatorOf('A new data centre in Leeds built by Vrelo Hosting Group opened in May.')).toBe('Vrelo Hosting Group');
  });

  it('never takes a country\'s possessive ("Japan\'s biggest …") for the operator', () => {
    expect(operatorOf('Kestrel Hosting and Vrelo Cloud will build Japan\'s biggest AI data center in Osaka.')).toBe('Kestrel Hosting and Vrelo Cloud');
  });

  it('takes a one-word company that an appositive calls a company, though it opens the sentence', () => {
    expect(operatorOf('Vrelo, the Singapore-based operator, opened its third data centre in Jakarta.')).toBe('Vrelo');
    expect(operatorOf('Vrelo, a former steel town, approved a data centre in its east.')).toBeNull();
  });

  it('takes a one-word company that the text also capitalises inside sentences', () => {
    expect(operatorOf('Northwind is building a data centre in Porto. Investors in Northwind expect it to open soon.')).toBe('Northwind');
  });

  it('does not take a district, or a corporate suffix alone, for a company', () => {
    expect(operatorOf('Fenwick District has approved a data center in Hollis.')).toBeNull();
  });
});

describe('a brand in a facility\'s name', () => {
  const facts = (text: string) => detect(text, testIndex()).map((m) => [m.text, m.facts.operator]);

  it('takes the word before the town or the ordinal in a name for the company that owns it', () => {
    expect(facts('Residents welcomed the Vrelo Dayton data center last week.')).toEqual([['Vrelo Dayton data center', 'Vrelo']]);
    expect(facts('Work on the Vrelo 2nd Data Center in Dayton started in May.')).toEqual([['Vrelo 2nd Data Center in Dayton', 'Vrelo']]);
  });

  it('does not take a name that only opens the sentence', () => {
    expect(facts('Vrelo Dayton data center opened.')[0]?.[1] ?? null).toBeNull();
  });

  it('reads a possessive company of several words, not its last word alone', () => {
    expect(facts('The project marks Vrelo Hosting\'s first data centre in West Africa.')).toEqual([["Vrelo Hosting's first data centre in West Africa", 'Vrelo Hosting']]);
  });

  it('reads a possessive company whose last word is also a modifier ("Cloud\'s", "Data\'s")', () => {
    expect(facts('Analysts said Vrelo Cloud\'s new data center in Dayton opened.')).toEqual([['Vrelo Cloud\'s new data center in Dayton', 'Vrelo Cloud']]);
    expect(facts('Vrelo Data\'s Dayton data center opened in May.')).toEqual([['Vrelo Data\'s Dayton data center', 'Vrelo Data']]);
  });

  it('gives an article\'s one company to its facilities that name none', () => {
    const text = 'Work on the Vrelo Dayton data center started in May. A second data center in Akron is planned for 2027.';
    expect(facts(text)).toEqual([
      ['Vrelo Dayton data center', 'Vrelo'],
      ['second data center in Akron', 'Vrelo'],
    ]);
  });

  it('gives no company when the article names two', () => {
    const text = 'Work on the Vrelo Dayton data center started in May. The Kestrel Toledo data center opened in June. A third data center in Akron is planned.';
    expect(facts(text).at(-1)).toEqual(['third data center in Akron', null]);
  });
});

describe('names in headlines and campus brands', () => {
  it('reads a headline name before a data-center head when running text capitalises it too', () => {
    const text = 'Delays Hit the Wonju IDC\nThe operator said the Wonju IDC would open next year.';
    const found = detect(text, testIndex()).map((m) => m.text);
    expect(found).toContain('Wonju IDC');
    expect(found.filter((t) => t === 'Wonju IDC')).toHaveLength(2);
  });

  it('does not take every headline word for a name', () => {
    const text = 'Big Plans For New IDC\nThe company said the idea is older than the site.';
    expect(detect(text, testIndex()).map((m) => m.text)).not.toContain('Big Plans For New IDC');
  });

  it('reads an "AI City" campus brand', () => {
    const text = 'Crusoe plans a data center cluster in Texas. The Crusoe AI City would draw 2 GW at full build-out.';
    expect(detect(text, testIndex()).map((m) => m.text)).toContain('Crusoe AI City');
  });

  it('does not take a person quoted in the article for the operator', () => {
    const quoted = 'Kestrel Hosting has bought land near Leeds. Jane Doe added: “Our neighbours have asked questions.” The Leeds Park data centre campus will draw 90 MW.';
    expect(detect(quoted, testIndex())[0].facts.operator).toBe('Kestrel Hosting');
    const titled = "Fund manager Acme will buy data centres, Nadia Rowe, Acme's head of real estate, said. Rowe noted that the group plans to buy a data centre in Sydney.";
    expect(detect(titled, testIndex())[0].facts.operator).toBe('Acme');
  });

  it('reads the subject of a bulleted list item past its bullet', () => {
    const text = 'Others are active.\n  • Kestrel Hosting Ltd is building a 12 MW data centre in Accra, close to where a subsea cable comes ashore.';
    expect(detect(text, testIndex())[0].facts.operator).toBe('Kestrel Hosting Ltd');
  });

  it('reads a subject set off by a discourse adverbial ("X, by contrast, is …")', () => {
    const text = 'Oracle is growing quickly. Kestrel Hosting, by contrast, is betting on large data centres, having opened the Quito 2 data centre last year.';
    expect(detect(text, testIndex()).find((m) => m.text.includes('Quito 2'))?.facts.operator).toBe('Kestrel Hosting');
  });
});


describe('the subject of a later clause', () => {
  const ops = (text: string) => detect(text, testIndex()).map((m) => [m.text, m.facts.operator]);
  it('runs the facility named in its clause, in a roundup sentence', () => {
    expect(
      ops('In other news, Kestrel Data Centres broke ground on a 20MW facility in Nairobi, while Vrelo Technologies opened a 5MW edge site in Lagos and Nimbus said its Accra campus would double.'),
    ).toEqual([
      ['20MW facility in Nairobi', 'Kestrel Data Centres'],
      ['5MW edge site in Lagos', 'Vrelo Technologies'],
      ['its Accra campus', 'Nimbus'],
    ]);
  });
  it('is the company before any past tense, not only the verbs of building and saying', () => {
    expect(ops('Equinix closed a $2 billion loan for its Osaka data center, but Meta delayed the expansion of its Lubbock data center.')).toEqual([
      ['its Osaka data center', 'Equinix'],
      ['its Lubbock data center', 'Meta'],
    ]);
    expect(ops('Equinix closed a $2 billion loan for its Osaka data center; Meta put its Lubbock data center on the market.').map((x) => x[1])).toEqual(['Equinix', 'Meta']);
  });
  it('is no clause when "and" joins partners before the verb', () => {
    expect(ops('Kestrel Power and Nimbus Cloud will build a 103-megawatt AI data center in Daejeon.')).toEqual([
      ['103-megawatt AI data center in Daejeon', 'Kestrel Power and Nimbus Cloud'],
    ]);
  });
});

describe('a wire dateline', () => {
  // The catalog holds a company named with one industry word ("Telecom"): inside a longer name it is not that company.
  const index = compileIndex({ sites: SITES, operators: [...OPERATORS, { id: 'telecom', name: 'Telecom', aliases: [] }] });
  const first = (t: string) => detect(t, index)[0]?.facts;
  it('"SEOUL, Dec. 5 (Yonhap) --" is not part of the clause: its subject is the whole company name', () => {
    expect(first('SEOUL, Dec. 5 (Yonhap) -- Hanbit Telecom Co. said Tuesday it will build a 100-megawatt AI data center in Pyeongtaek.')?.operator).toBe('Hanbit Telecom Co.');
    expect(first('OSLO (Reuters) - Vrelo Telecom said it would build a data center in Bergen.')?.operator).toBe('Vrelo Telecom');
  });
  it('"LAGOS —", a city alone before a dash, is a dateline', () => {
    expect(first('LAGOS — Kola Data has commissioned a 10MW data centre in Lekki.')?.operator).toBe('Kola Data');
  });
  it('"SHANGHAI, Nov 4 —" with no agency is a dateline too', () => {
    expect(first('SHANGHAI, Nov 4 — Hanbit Telecom Corp has brought online a data center in Pudong.')).toMatchObject({ operator: 'Hanbit Telecom Corp', date: null });
  });
  it('"Hanbit Telecom\'s" is that company, not the catalog\'s "Telecom"', () => {
    const ms = detect("Hanbit Telecom's Pudong data center park has room for 100,000 racks.", index);
    expect(ms[0]).toMatchObject({ text: "Hanbit Telecom's Pudong data center park", operatorIds: [] });
    expect(ms[0].facts.operator).toBe('Hanbit Telecom');
  });
  it("the dateline's date is the story's, not the facility's", () => {
    expect(first('FRANKFURT, March 4 (Reuters) - Vrelo Telecom said it would build a new data center in Frankfurt.')?.date).toBeNull();
    expect(first('FRANKFURT, March 4 (Reuters) - Vrelo Telecom said it would open a new data center in Frankfurt in 2027.')?.date).toBe('in 2027');
  });
});

describe('words before a company that are not its name', () => {
  it('a person\'s title opening the sentence is no company ("Deputy Prime Minister …")', () => {
    expect(operatorOf('Deputy Prime Minister Jo Tarnby has approved several data centre applications this year, including a 90MW scheme at Abbots Langley.')).toBeNull();
  });
  it('"Rival Kestrel Hosting" is Kestrel Hosting', () => {
    expect(operatorOf('Rival Kestrel Hosting said it would build an AI data center in Ulsan.')).toBe('Kestrel Hosting');
  });
});

describe('a relative clause with its own subject', () => {
  it('"…, where Kestrel Hosting already runs a data center" is Kestrel Hosting\'s, not the first company\'s', () => {
    const ms = detect('Vrelo Compute will open a new data center in Osaka, where Kestrel Hosting already runs a data center.', testIndex());
    expect(ms.map((m) => m.facts.operator)).toEqual(['Vrelo Compute', 'Kestrel Hosting']);
  });
});

describe("the article's company, given to a facility that names none", () => {
  it('is not given across "Separately," to another story, either way', () => {
    expect(allOperators('County officials approved a 100MW data center in Cheyenne on Monday.\nSeparately, Meta said it would expand its operations in Europe.')).toEqual([null]);
    expect(allOperators('Equinix said on Monday it would expand in Europe.\nSeparately, a local bank said it had sold its 5MW data center in Lagos.')).toEqual([null]);
  });
  it('is still given after "Separately, the company …", which goes on with the same company', () => {
    expect(allOperators('Kestrel Data REIT completed the purchase of six data centers.\n\nSeparately, the company said it had sold its 5MW facility in Lagos.')).toEqual(['Kestrel Data REIT']);
  });
  it('is not the owner of a facility whose own sentence names its owner with a common noun', () => {
    expect(allOperators('Equinix is the largest operator in the city.\nA regional bank said it had sold its 5MW data center in Lagos to a pension fund.')).toEqual([null]);
  });
  it('is not given backwards from a sentence about another facility', () => {
    expect(allOperators('A 100MW data center in Abilene was approved on Monday.\nKestrel Data said it would build a data center in Lubbock.')).toEqual([null, 'Kestrel Data']);
  });
  it('is still given forwards, and backwards from a sentence about no facility', () => {
    expect(allOperators('Kestrel Data said it would build a data center in Lubbock.\nThe 100MW data center in Abilene was approved on Monday.')).toEqual(['Kestrel Data', 'Kestrel Data']);
    expect(allOperators('A 100MW data center in Abilene was approved on Monday.\nKestrel Data, the developer, said construction starts in May.')).toEqual(['Kestrel Data']);
  });
});

describe("the one company an article's facilities name", () => {
  it('may be one coreference shared as a fact only, with no position in the text (a press release)', () => {
    const text =
      'Kestrel Data Holdings Limited Announces Opening of Its Lubbock LB5 Data Center\n\nAUSTIN, Texas, March 3, 2026 -- Kestrel Data Holdings Limited ("Kestrel" or the "Company"), a developer of data centers, today announced that its LB5 data center in Lubbock, Texas, has commenced operations, and that the Company has signed a framework agreement for a 150 MW campus in Amarillo, Texas.\n\n' +
      "LB5 has IT capacity of 36 MW. LB5 is the Company's fifth data center in Lubbock.\n\nThe Amarillo campus, to be developed by the Company's subsidiary Kestrel International, will be built in three phases.";
    expect(() => detect(text, testIndex())).not.toThrow();
  });
});

describe('an owner the text describes with a common noun, in its own clause', () => {
  const marks = (text: string) => detect(text, testIndex()).map((m) => [m.text, m.facts.operator]);
  it('owns the facility of its clause, not the sentence\'s company', () => {
    expect(marks('Equinix is expanding its existing campus, and a local bank opened a data center in Lagos.')).toEqual([['data center in Lagos', null]]);
  });
  it('owns its facility beside a company\'s landmark ("next to Equinix\'s data center"), which is another facility', () => {
    const ms = detect("A local developer will build a 50 MW data center in Lagos, next to Equinix's data center.", testIndex());
    expect(ms.map((m) => m.facts.operator)).toEqual([null, 'Equinix']);
    expect(ms[1].facts.capacityMW).toBeNull();
  });
});

describe('a company written after the head ("the campus of X")', () => {
  it('is the facility\'s operator, and the place after it is its place', () => {
    const [m] = detect('Officials approved the data center of Equinix in Osaka.', testIndex());
    expect([m.text, m.facts.operator, m.facts.location]).toEqual(['data center of Equinix in Osaka', 'Equinix', 'Osaka']);
  });
});

describe('a one-word company opening a sentence with a building verb', () => {
  const story = (line: string) => `Equinix opened its new data center in Paris last year.\n\n${line}`;
  const secondOperator = (line: string) => detect(story(line), testIndex()).find((m) => !m.text.includes('Paris'))?.facts.operator ?? null;

  it('is the operator, though the article writes its name once, and no earlier company is lent', () => {
    expect(secondOperator('Ostavik opened a 20 MW data center in Lyon this week.')).toBe('Ostavik');
    expect(secondOperator('Velmora will build a 30MW data center in Leeds.')).toBe('Velmora');
  });

  it('is not a conjunction, an adverb or a plural noun that opens such sentences', () => {
    expect(secondOperator('Once built, the 20 MW data center in Lyon will serve banks.')).not.toBe('Once');
    expect(secondOperator('Officials opened a 20 MW data center in Lyon this week.')).not.toBe('Officials');
    expect(secondOperator('Ultimately opened in May, the 20 MW data center in Lyon is full.')).not.toBe('Ultimately');
  });

  it('is not a word the article also writes in lower case', () => {
    expect(secondOperator('Builders opened a 20 MW data center in Lyon, and other builders followed.')).not.toBe('Builders');
    expect(secondOperator('Anchor opened a 20 MW data center in Lyon; the anchor tenant is a bank.')).not.toBe('Anchor');
  });
});

describe('a sentence opened by a part of a facility or a possessive', () => {
  it('names no company ("Building C will add 40 MW", "Our Data Center segment …"): the company before stays', () => {
    const ms = detect('Kestrel Hosting is expanding in Lyon.\n\nBuilding C will add 40 MW to a new data center in Lyon that opens in 2028.', testIndex());
    expect(ms.find((m) => m.text.includes('new data center'))?.facts.operator).not.toBe('Building C');
    expect(operatorOf('Our Data Center segment will add 40 MW to a new data center in Lyon that opens in 2028.')).not.toBe('Our Data Center');
  });
});

describe('a company named by an everyday word, opening a sentence before a preposition', () => {
  const ops = [...OPERATORS, { id: 'aligned', name: 'Aligned', aliases: [] }];
  const idx = compileIndex({ sites: SITES, operators: ops });
  const op = (text: string) => detect(text, idx).find((m) => m.text.includes('Lyon'))?.facts.operator ?? null;
  it('is the word, not the company, unless the article writes it capitalised mid-sentence', () => {
    expect(op('Aligned with the county plan, a developer filed for a data center in Lyon.')).toBeNull();
    expect(op('Aligned with the county plan, a developer filed for a data center in Lyon, a filing by Aligned shows.')).toBe('Aligned');
  });
});

describe('a wire dateline written with a spaced hyphen ("CONOVER - Microsoft is …")', () => {
  it('is skipped, so the sentence\'s company owns its facility, not the paragraph before\'s', () => {
    const ms = detect('LYON (Wirewatch) - Equinix said it had opened a 48 MW data center in Lyon.\n\nOSAKA - Oracle is seeking permits for its second Osaka facility, a 60MW building.', testIndex());
    expect(ms.find((m) => m.text.includes('second Osaka'))?.facts.operator).toBe('Oracle');
  });
});

describe('a gapped second clause', () => {
  it('gives "and B a $2 billion campus" to B, with none of A\'s figures', () => {
    const text = 'Data center builders kept busy. In the same week, Equinix unveiled a 150 MW facility in Lubbock and Crusoe a $2 billion campus near Odessa.';
    const ms = detect(text, testIndex());
    expect(ms.map((m) => [m.text, m.facts.operator, m.facts.capacityMW])).toEqual([
      ['150 MW facility in Lubbock', 'Equinix', 150],
      ['$2 billion campus near Odessa', 'Crusoe', null],
    ]);
  });
});

describe('"our" inside a quotation', () => {
  it("is the company of the quote's speaker, named after the closing mark", () => {
    expect(allOperators('"We are proud to open our Lubbock data center," said Jane Doe, a vice president at Meta.')).toEqual(['Meta']);
    expect(allOperators('Equinix said on Monday it would hire 100 people. "Our Lubbock data center now runs on wind power," Google\'s head of infrastructure said.')).toEqual(['Google']);
  });
  it('with no company in the attribution ("she said"), is still the company the story is about', () => {
    expect(allOperators('Equinix said on Monday it would hire 100 people. "Our Lubbock data center now runs on wind power," she said.')).toEqual(['Equinix']);
  });
});

describe('a sentence opening "According to <company>"', () => {
  it("gives that company its own facility, through 'its' or with none written", () => {
    expect(allOperators('Power news.\n\nAccording to Meta, its Lubbock data center will double in size.')).toEqual(['Meta']);
    expect(allOperators('Power news.\n\nAccording to Meta spokesperson Jane Doe, the Lubbock data center will double in size.')).toEqual(['Meta']);
  });
});

describe('a relative clause without "that"', () => {
  it('"the Lubbock data center Meta runs" is the company right before its verb', () => {
    expect(allOperators('Power news.\n\nThe utility will build a substation for the Lubbock data center Meta runs.')).toEqual(['Meta']);
  });
  it('not a company after a comma, which starts another clause', () => {
    expect(allOperators('Power news.\n\nThe utility will build a substation for the Lubbock data center, Meta runs a lab.')).toEqual([null]);
  });
});

describe('"its" after a passive\'s agent', () => {
  it('"the rezoning sought by Meta for its data center in Lubbock" is Meta\'s', () => {
    expect(allOperators('Power news.\n\nCommissioners approved the rezoning sought by Meta for its data center in Lubbock.')).toEqual(['Meta']);
  });
});

describe('a described company named in an appositive', () => {
  it('"A Toronto-based developer, Tarnwood Digital, has bought …" is Tarnwood Digital, not the company of the paragraph before', () => {
    expect(allOperators('Meta is expanding its Hyperion campus.\n\nA Toronto-based developer, Tarnwood Digital, has bought 300 acres in Lubbock, Texas, and plans a 600 MW data center campus there.')).toEqual([
      'Meta',
      'Tarnwood Digital',
    ]);
  });
});

describe("a company's request, application or plan", () => {
  it('makes the company the builder of the data center it asks for, not the one of the sentence before', () => {
    for (const noun of ["request to rezone 300 acres for", "application for", "plan for"]) {
      const ops = allOperators(`Meta's data center in Abilene will add two buildings. The council postponed a vote on Crusoe's ${noun} a second data center in Abilene.`);
      expect(ops, noun).toEqual(['Meta', 'Crusoe']);
    }
  });
});

describe('a company named beside another one', () => {
  it('"X\'s rival Y said its …" and "X\'s biggest supplier, Y, said …" are Y\'s', () => {
    expect(operatorOf("Microsoft's rival Kestrel Hosting said its data center in Bradford will add 200 MW.")).toBe('Kestrel Hosting');
    expect(operatorOf("Meta's biggest supplier, Kestrel Hosting, said its data center in Bradford will add 200 MW.")).toBe('Kestrel Hosting');
  });
  it('"Like X, Y plans …" and "Y, X\'s rival in advertising, said …" are Y\'s alone', () => {
    expect(operatorOf('Like Microsoft, Kestrel Hosting plans to expand its data center in Bradford.')).toBe('Kestrel Hosting');
    expect(operatorOf("Crusoe, Google's rival in AI hosting, said its data center in Abilene will add 200 MW.")).toBe('Crusoe');
  });
});

describe('the company after a lead-in', () => {
  const index = compileIndex({ operators: [...OPERATORS, { id: 'kestrel', name: 'Kestrel Data', aliases: ['Kestrel'] }, { id: 'ostavik', name: 'Ostavik', aliases: [] }], sites: SITES });
  const FIRST = 'Kestrel said its Varna data center would add two buildings next year. ';
  const second = (text: string) => detect(FIRST + text, index).map((m) => m.facts.operator)[1];

  it('is the subject, not the company of the sentence before ("Not everyone is expanding: Ostavik said its …")', () => {
    for (const text of [
      'Not everyone is expanding: Ostavik said its Varna data center would keep its size.',
      'Not everyone is expanding -- Ostavik said its Varna data center would keep its size.',
      'One holdout — Ostavik said its Varna data center would keep its size.',
      'Asked about the plan, Ostavik said its Varna data center would keep its size.',
      '"We are not growing," Ostavik said of its Varna data center.',
      'Shares of Ostavik rose after it said its Varna data center would keep its size.',
    ]) expect(second(text), text).toBe('Ostavik');
  });
  it('is only a company the catalog knows: a capitalised word after "A:" or "Officials:" is none', () => {
    expect(second('A: There is room at its Varna data center for two more halls.')).toBe('Kestrel');
    expect(second('Officials: Water use at its Varna data center is low.')).toBe('Kestrel');
  });
});

describe('a person with a job title opening the sentence', () => {
  it('is no company: the facility is the company of the sentence before', () => {
    for (const who of ['Chief executive Jane Porter', 'CEO Jane Porter', 'Managing director Raj Mehta'])
      expect(allOperators(`Meta raised its forecast. ${who} said the Odense data center would come online next year.`), who).toEqual(['Meta']);
  });
  it('a company whose name starts with a title-like word is still the subject ("Global Switch Holdings said …")', () => {
    expect(operatorOf('Global Switch said its Odense data center would come online next year.')).toBe('Global Switch');
    expect(operatorOf('Global Switch Holdings said its Odense data center would come online next year.')).toBe('Global Switch Holdings');
  });
});

describe('the company a request comes from', () => {
  it('runs the facility the request is for: "The county received a site plan from Kestrel …"', () => {
    const index = compileIndex({ operators: [...OPERATORS, { id: 'kestrel', name: 'Kestrel Data', aliases: ['Kestrel'] }, { id: 'ostavik', name: 'Ostavik', aliases: [] }], sites: SITES });
    const ops = (t: string) => detect(t, index).map((m) => m.facts.operator);
    expect(ops('Ostavik opened an office in Varna. The county received a site plan from Kestrel on Monday for land in Varna, where the company wants to build a 36 MW data center.')).toEqual(['Kestrel']);
    expect(ops('The board will hear a rezoning application from Kestrel for a 36 MW data center in Varna.')).toEqual(['Kestrel']);
  });
});

describe("a wire service's slug glued to a headline", () => {
  it('is not part of the company: "EXCLUSIVE-Meta plans …", "UPDATE 2-Meta to expand …"', () => {
    expect(operatorOf('EXCLUSIVE-Meta plans data center in Odense expansion, sources say')).toBe('Meta');
    expect(operatorOf('UPDATE 2-Meta to expand Odense data center as AI demand grows')).toBe('Meta');
  });
});

describe("a list item's marker, a live blog's time stamp and a press release's dateline", () => {
  const before = 'Data center news this week.\n\nOstavik Hosting added a building to its data center in Fenwick last month.\n\n';
  const lastItemOperator = (item: string) => allOperators(`${before}${item}`).at(-1);
  it('"2) ", "(2) ", "b) ", "ii) ", "[2] ", "2/ ", "> " and a symbol bullet before the subject', () => {
    for (const marker of ['2) ', '(2) ', 'b) ', 'ii) ', '[2] ', '2/ ', '> ', '✅ ']) expect(lastItemOperator(`${marker}Equinix opened its Fenwick data center.`), marker).toBe('Equinix');
  });
  it('"3:45 p.m. — " and "UPDATE (3:45 p.m.): "', () => {
    expect(lastItemOperator('3:45 p.m. — Equinix opened its Fenwick data center.')).toBe('Equinix');
    expect(lastItemOperator('UPDATE (3:45 p.m.): Equinix opened its Fenwick data center.')).toBe('Equinix');
  });
  it('"FENWICK, Idaho, Dec. 2, 2026 /PRNewswire/ -- ", "(GLOBE NEWSWIRE)" after a state, "FENWICK, Idaho --"', () => {
    expect(lastItemOperator('FENWICK, Idaho, Dec. 2, 2026 /PRNewswire/ -- Equinix today announced that its Fenwick data center will add 40 MW.')).toBe('Equinix');
    expect(lastItemOperator('FENWICK, Ida., Dec. 2, 2026 (GLOBE NEWSWIRE) -- Equinix today announced that its Fenwick data center will add 40 MW.')).toBe('Equinix');
    expect(lastItemOperator('FENWICK, Idaho -- Equinix today announced that its Fenwick data center will add 40 MW.')).toBe('Equinix');
  });
});

describe('an opening subordinate clause with another company', () => {
  it('"Because/If/Once/Unless X …," and "Two years after X …," are not the main clause', () => {
    for (const opening of ['Because Tarn Cloud had taken the last substation slot', 'If Tarn Cloud builds there too', 'Once Tarn Cloud finished its second building', 'Two years after Tarn Cloud opened nearby', 'Months before Tarn Cloud arrived']) {
      expect(lastOperator(`${opening}, Equinix said its Fenwick data center would add 40 MW.`), opening).toBe('Equinix');
    }
  });
});

describe('the company given outside the subject slot', () => {
  it('an appositive: ", an Equinix project," and ", Equinix\'s largest in the state,"', () => {
    expect(lastOperator('The Fenwick data center, an Equinix project, will add 40 MW next year.')).toBe('Equinix');
    expect(lastOperator("The Fenwick data center, Equinix's largest in the state, will add 40 MW next year.")).toBe('Equinix');
  });
  it('a fronted "For Equinix," and a dispute "over" the facility', () => {
    expect(lastOperator('For Equinix, the Fenwick data center is a test of liquid cooling.')).toBe('Equinix');
    expect(lastOperator('Residents sued Equinix over the Fenwick data center last week.')).toBe('Equinix');
  });
  it('", one of Equinix\'s largest," and ", part of Equinix\'s cloud network,"', () => {
    expect(lastOperator("The Fenwick data center, one of Equinix's largest, will add 40 MW next year.")).toBe('Equinix');
    expect(lastOperator("The Fenwick data center, part of Equinix's cloud network, will add 40 MW next year.")).toBe('Equinix');
  });
  it('a dispute with the company a few words before "over": "fought Equinix for years over the …"', () => {
    expect(lastOperator('Neighbors fought Equinix for years over the Fenwick data center.')).toBe('Equinix');
    expect(lastOperator('A judge ruled against Equinix in a dispute over the Fenwick data center.')).toBe('Equinix');
    // Not a company that only did something before the words about the facility.
    expect(lastOperator('Neighbors praised Equinix last year; now they argue over the Fenwick data center.')).not.toBe('Equinix');
    expect(lastOperator('A drone hired from Equinix flew low over the Fenwick data center.')).not.toBe('Equinix');
  });
});

describe('"its" when no company is the sentence\'s subject', () => {
  it('goes back to the company its own sentence names, not to the paragraph before\'s', () => {
    for (const t of [
      'The council told Equinix that its Fenwick data center must cut water use.',
      'A spokesperson for Equinix said its Fenwick data center would add 40 MW next year.',
      'Regulators asked Equinix whether its Fenwick data center could run on wind.',
      'Speaking for Equinix, Jane Porter said its Fenwick data center is full.',
    ]) expect(lastOperator(t), t).toBe('Equinix');
  });
  it('not to a maker named before its product ("8,000 Nvidia H100 GPUs at its …")', () => {
    expect(lastOperator('Engineers installed 8,000 Nvidia H100 GPUs at its Fenwick data center.')).toBe('Ostavik Hosting');
  });
});

describe('a wire dateline with the day before the month', () => {
  it('"FENWICK, 2 December (Wirenews) --" is not the clause: its subject is the company', () => {
    const text = 'FENWICK, 2 December (Wirenews) -- Tarn Cloud, an Equinix company, has opened its data center in Fenwick.';
    expect(allOperators(text)).toEqual(['Tarn Cloud']);
  });
});

describe('an owner\'s possessive before the company', () => {
  it('"Harrowgate Capital\'s Equinix said its …" is Equinix\'s', () => {
    expect(lastOperator("Harrowgate Capital's Equinix said its Fenwick data center would add 40 MW next year.")).toBe('Equinix');
    expect(lastOperator("Harrowgate's Equinix, which bought the land in May, said its Fenwick data center is full.")).toBe('Equinix');
  });
  it('not when the company names the owner\'s thing: "Harrowgate Capital\'s Equinix stake …"', () => {
    expect(lastOperator("Harrowgate Capital's Equinix stake rose after its Fenwick data center opened.")).not.toBe('Equinix');
  });
});

describe('people-moves copy: the facility of the hire\'s former employer', () => {
  it('"She previously worked for Equinix at its …" and "…, who worked for Equinix at its …"', () => {
    expect(lastOperator('She previously worked for Equinix at its Fenwick data center.')).toBe('Equinix');
    expect(lastOperator('Ostavik Hosting hired Lena Ortiz, who previously worked for Equinix at its Fenwick data center.')).toBe('Equinix');
  });
  it('"joins from Equinix, where he ran the … data center"', () => {
    expect(lastOperator('Raj Patel joins from Equinix, where he ran the Fenwick data center.')).toBe('Equinix');
  });
  it('not a company of a person\'s clause that ended before "its": "…, who left Google in May, to run its …"', () => {
    expect(lastOperator('Equinix hired Lena Ortiz, who left Google in May, to run its Fenwick data center.')).toBe('Equinix');
  });
});

describe('"our" in an interview\'s answers', () => {
  const intro = 'Ostavik Hosting added a building to its data center in Fenwick last month.\n\nWe spoke with Jane Porter, chief executive of Equinix.\n\n';
  const lastAnswerOperator = (t: string) => allOperators(`${intro}${t}`).at(-1);
  it('"A: Our …" and "Porter: Our …" are the interviewee\'s company, named in the introduction', () => {
    expect(lastAnswerOperator('Q: How is demand in Fenwick?\n\nA: Our Fenwick data center is full.')).toBe('Equinix');
    expect(lastAnswerOperator('Q: How is demand in Fenwick?\n\nPorter: Our Fenwick data center is full.')).toBe('Equinix');
  });
  it('not a company a question names, nor a labelled line with no question before it', () => {
    expect(lastAnswerOperator('Q: Is Google ahead of you in Fenwick?\n\nA: Our Fenwick data center is full.')).toBe('Equinix');
    expect(allOperators('Equinix bought land in Fenwick.\n\nOstavik Hosting said it is growing.\n\nNote: Our Fenwick data center is full.').at(-1)).not.toBe('Equinix');
  });
});

describe('a utility serving a customer\'s facility', () => {
  const before = 'Equinix said it would expand its data center in Fenwick next year.\n\n';
  const lastAfterEquinix = (t: string) => allOperators(`${before}${t}`).at(-1);
  it('"Harlow Power said it will serve the Fenwick data center" keeps the paragraph\'s company', () => {
    expect(lastAfterEquinix('Harlow Power said it will serve the Fenwick data center with a new substation.')).toBe('Equinix');
    expect(lastAfterEquinix('Harlow Energy filed a contract to supply the Fenwick data center with 300 MW.')).toBe('Equinix');
  });
  it('a utility named by the state it serves ("Harlow Ohio", "Harlow West Virginia", "Harlow Carolinas")', () => {
    expect(lastAfterEquinix('Harlow Ohio said it will serve the Fenwick data center with a new substation.')).toBe('Equinix');
    expect(lastAfterEquinix('Harlow West Virginia filed a contract to supply the Fenwick data center with 300 MW.')).toBe('Equinix');
    expect(lastAfterEquinix('Harlow Carolinas said it will serve the Fenwick data center.')).toBe('Equinix');
  });
  it('a power company building or filing for its own project is still its owner', () => {
    expect(lastAfterEquinix('Harlow Power filed for tax incentives for the Fenwick data center.')).toBe('Harlow Power');
    expect(lastAfterEquinix('Harlow Power said it will power its own Fenwick data center.')).toBe('Harlow Power');
    expect(lastAfterEquinix('Harlow Ohio filed for tax incentives for the Fenwick data center.')).toBe('Harlow Ohio');
    // "Co" is Colorado's postal code, not a state written out.
    expect(lastAfterEquinix('Harlow Co said it will supply the Fenwick data center.')).toBe('Harlow Co');
  });
});

describe('a list line that opens with a place and a colon', () => {
  const locations = (t: string) => detect(t, testIndex()).map((m) => m.facts.location);
  it('"— Osaka, Japan: 250 MW campus in planning" places the campus', () => {
    expect(locations('Equinix data centers: portfolio update\n\nEquinix said it leased 36 MW. Key sites:\n\n— Osaka, Japan: 250 MW campus in planning\n')).toEqual(['Osaka, Japan']);
    expect(locations('Equinix data centers: portfolio update\n\nKey sites:\n\nOsaka: 250 MW campus in planning\n')).toEqual(['Osaka']);
  });
  it('not a label the gazetteer does not know ("Analyst:"), nor a place in the middle of a line', () => {
    expect(locations('Equinix data centers: portfolio update\n\nKey sites:\n\n— Analyst: 250 MW campus in planning\n')).not.toContain('Analyst');
    expect(locations('Equinix data centers: portfolio update\n\nWe met in Tokyo. Osaka: 250 MW campus in planning\n')).not.toContain('Osaka');
  });
});

describe('a headline kicker made of a company\'s name used as a word', () => {
  it('"Equinix Out, Google Shelves Its …" and "Equinix sold: Google expands its …" are Google\'s', () => {
    expect(operatorOf('Equinix Out, Google Shelves Its Tokyo Data Center Expansion\n\nGoogle said on Monday the project would wait.')).toBe('Google');
    expect(operatorOf('Equinix sold: Google expands its Fenwick data center.')).toBe('Google');
  });
  it('not when no verb follows the second company', () => {
    expect(operatorOf('Equinix Rising: Google Team And Its Tokyo Data Center')).not.toBe('Google');
  });
});

describe('the catalog\'s operator of a site, written as the article writes that company', () => {
  const ops = (t: string) => detect(t, testIndex()).map((m) => m.facts.operator);
  it('"AWS" where the article says "AWS", not the catalog\'s "Amazon Web Services"', () => {
    expect(ops('AWS reported strong demand in Japan this quarter.\n\nCustomers moved workloads to ap-northeast-1 in March.')).toEqual(['AWS']);
  });
  it('the longest name found at one place, and the catalog\'s name when the article names the company nowhere', () => {
    expect(ops('Amazon Web Services reported strong demand.\n\nCustomers moved workloads to ap-northeast-1 in March.')).toEqual(['Amazon Web Services']);
    expect(ops('Customers moved workloads to ap-northeast-1 in March.')).toEqual(['Amazon Web Services']);
  });
});

describe('a person named with a title is no company', () => {
  it('"Board chair Jan Tolliver said", "Ostavik vice president Jan Tolliver said"', () => {
    expect(operatorOf('Board chair Jan Tolliver said the Fenwick data center would add 40 MW.')).not.toBe('Jan Tolliver');
    expect(operatorOf('Ostavik vice president Jan Tolliver said the Fenwick data center would add 40 MW.')).not.toBe('Jan Tolliver');
  });
  it('a public office written in capitals: "Harlow County Judge Jan Tolliver said"', () => {
    expect(lastOperator('Harlow County Judge Jan Tolliver said the county approved a tax abatement for the Fenwick data center.')).toBe('Ostavik Hosting');
  });
  it('a company the catalog knows after a title word is still the company ("Cloud partner Alibaba Cloud said")', () => {
    expect(operatorOf('Cloud partner Alibaba Cloud said its Fenwick data center would open in 2027.')).toBe('Alibaba Cloud');
  });
});

describe('a clause opened by "as <company> <verb>"', () => {
  it('is that company\'s, in running text and in a headline', () => {
    expect(allOperators("Equinix's Tokyo data center went live on Monday as Google expanded its Berlin cloud region.")).toEqual(['Equinix', 'Google']);
    expect(allOperators("Equinix's Tokyo data center goes live as Google expands Berlin cloud region\n\nThe company said demand was strong.")).toEqual(['Equinix', 'Google']);
  });
});

describe('a company that serves a facility it does not run', () => {
  it('supplies, powers, rents in it or calls it its customer: the facility stays the paragraph\'s company\'s', () => {
    expect(allOperators('Equinix is building a data centre campus in Reno. Harrow Grid will supply the Reno facility from a new substation.')).toEqual(['Equinix', 'Equinix']);
    expect(allOperators('Equinix opened its Reno data centre campus last year. Harrow Grid said the Reno campus was its largest customer in the region.')).toEqual(['Equinix', 'Equinix']);
    expect(allOperators("Equinix's campus in Reno is growing. Harrow Labs has signed letters of intent for capacity at the Reno data centre.")).toEqual(['Equinix', 'Equinix']);
    // The seller of capacity runs it.
    expect(allOperators('Equinix said it would also sell capacity at the Reno data centre to European companies.')).toEqual(['Equinix']);
  });
});

describe('an owner the article names for a company', () => {
  it('"Equinix is owned by Harrow Capital. Harrow Capital\'s Reno campus …": the facility is the company\'s it owns', () => {
    expect(allOperators('Equinix has opened its data centre campus in Reno. Equinix is owned by Harrow Capital. Harrow Capital\'s Reno campus will be full in 2028.')).toEqual(['Equinix', 'Equinix']);
    expect(allOperators('Equinix, which is owned by Harrow Capital, has opened its data centre campus in Reno.\n\nHarrow Capital\'s campus in Reno cost about $1 billion.')).toEqual(['Equinix', 'Equinix']);
    expect(allOperators('Harrow Capital-owned Equinix said its Reno data centre is full. Harrow Capital\'s Reno data centre could be sold.')).toEqual(['Equinix', 'Equinix']);
  });
});

describe('a role written before the company that opens the sentence', () => {
  it('"Rival operator Equinix, now part of Microsoft, is expanding its …": the company after the role, not its owner', () => {
    expect(allOperators('Google is building a data centre in Reno. Rival operator Equinix, now part of Microsoft, is expanding its data centre in Tulsa.')).toEqual(['Google', 'Equinix']);
  });
});
