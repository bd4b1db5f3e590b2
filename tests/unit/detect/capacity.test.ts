import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { findCapacities } from '../../../lib/detect/facts/capacity';
import { tokenize } from '../../../lib/detect/tokens';
import { testIndex } from './support/lexicon';

const mw = (text: string) => findCapacities(tokenize(text, 0, text.length)).map((c) => c.mw);

describe('capacity is the facility\'s, not the grid\'s', () => {
  it('skips power allocated or built for a site', () => {
    expect(mw('It has 300 megawatts of sanctioned power and a substation that could grow to 700 MW.')).toEqual([]);
    expect(mw('The campus will draw 250 MW of power.')).toEqual([250]);
    expect(mw('It can call on 400 megawatts of backup supply; 250 megawatts are under construction.')).toEqual([250]);
  });

  it('skips a plant\'s generating capacity, a utility\'s load and a private wire network', () => {
    expect(mw('Its gas power plant nearby has a generating capacity of 1.2 gigawatts.')).toEqual([]);
    expect(mw('The utility agreement for the site covers up to 500 MW of load.')).toEqual([]);
    expect(mw('The company will also build a 1 GW private wire network of wind and solar.')).toEqual([]);
  });

  it('does not give the facility a national programme\'s or a connection queue\'s total', () => {
    for (const next of ['The campus is part of a national programme that could reach 600 MW.', 'The grid operator said the connection queue in the area, which includes the campus, totals 5,400 MW.']) {
      const [m] = detect(`Kestrel Group's data center campus in Reno is planned at 300 MW, the company said. ${next}`, testIndex());
      expect(m.facts.capacityMW, next).toBe(300);
    }
  });

  it('skips what a generator makes or a power deal buys for the site', () => {
    expect(mw('The utility will build a 420 MW gas plant beside the campus.')).toEqual([]);
    expect(mw('It is served by a 1.1 GW natural gas-fired power plant and a 90 MW solar park.')).toEqual([]);
    expect(mw('Vrelo signed a power purchase agreement for 180 MW for its campus.')).toEqual([]);
    expect(mw('Vrelo bought 180 MW of nuclear power for its campus.')).toEqual([]);
    // The facility's own size stays: a power source written as its modifier, a data-center park.
    expect(mw('Vrelo plans a 300 MW solar-powered data center and a 200 MW park.')).toEqual([300, 200]);
  });

  it('does not give a gas plant\'s size to the data center beside it', () => {
    const [m] = detect('The utility will build a 420 MW gas plant next to Kestrel Cloud\'s data center in Lubbock.', testIndex());
    expect(m.facts.capacityMW).toBeNull();
  });

  it('keeps a size written into a mention for that mark when its facility is given a larger one', () => {
    const text = 'Equinix finished its second Lisbon data centre, a 9 megawatt facility, last year. The company said the Lisbon data centre could grow to 40 MW at full build-out.';
    const ms = detect(text, testIndex());
    expect(ms.find((m) => m.text === '9 megawatt facility')?.facts.capacityMW).toBe(9);
  });

  it('reads "in total power" as one facility\'s size', () => {
    const text = 'Equinix opened a data centre in Porto. It offers 12MW in total power.';
    expect(detect(text, testIndex())[0].facts.capacityMW).toBe(12);
  });
});

describe('"N MW of data center capacity"', () => {
  it('is the capacity of the one facility of the sentence', () => {
    const [m] = detect("Kestrel Cloud's data center in Lubbock will have 200 MW of data center capacity when complete.", testIndex());
    expect(m.facts.capacityMW).toBe(200);
  });
});

describe('numerals as European news writes them', () => {
  it('reads a dot before three digits in megawatts as thousands ("2.000 MW")', () => {
    expect(mw('The campus will reach 2.000 MW by 2035.')).toEqual([2000]);
    expect(mw('Phase two adds 1.500MW.')).toEqual([1500]);
    expect(mw('It needs 1.250 megawatts.')).toEqual([1250]);
  });
  it('keeps decimals that are decimals, and leaves gigawatts alone', () => {
    expect(mw('A 1.5 MW pilot hall and a 2.25 MW second hall.')).toEqual([1.5, 2.25]);
    expect(mw('Up to 1.200 GW in all.')).toEqual([1200]);
  });
});

describe("a company's total brought to a figure", () => {
  it('is not the facility\'s capacity: "bringing its capacity in the state to 150 MW", "its portfolio to about 400 MW"', () => {
    expect(mw('It opened a hall, bringing its capacity in the state to 150 MW.')).toEqual([]);
    expect(mw("It opened a hall, taking the company's total capacity across the region to 1 GW.")).toEqual([]);
    expect(mw('The 40MW hall opens today, bringing its portfolio to about 400MW.')).toEqual([40]);
  });
  it('a campus or its capacity brought to a figure is the facility\'s', () => {
    expect(mw('It opened a hall, bringing the campus to 150 MW.')).toEqual([150]);
    expect(mw('It opened a hall, bringing its capacity to 150 MW.')).toEqual([150]);
  });
});

describe('a company total said beside the facility\'s share', () => {
  const cap = (text: string) => detect(text, testIndex())[0]?.facts.capacityMW;
  it('gives the facility its share, not the total', () => {
    expect(cap('Kestrel Cloud said it delivered 152 MW in the quarter, including 36 MW at its data center in Lubbock.')).toBe(36);
    expect(cap('Kestrel Cloud said its data center in Lubbock added 36 MW of the 152 MW the company delivered.')).toBe(36);
    expect(cap('Kestrel Cloud delivered 152 MW in the quarter; its data center in Lubbock accounted for 36 MW.')).toBe(36);
    expect(cap("Kestrel Cloud's data center in Lubbock, one of 20 sites with a combined 2,000 MW, added 36 MW.")).toBe(36);
    expect(cap("Of Kestrel Cloud's 152 MW delivered in the quarter, 36 MW was at its data center in Lubbock.")).toBe(36);
  });
  it('keeps the facility\'s full build-out when a phase is its part', () => {
    expect(cap("Kestrel Cloud's data center in Lubbock will reach 300 MW, including 100 MW in its first phase.")).toBe(300);
    expect(cap("Kestrel Cloud's data center in Lubbock brought 36 MW of its planned 300 MW online.")).toBe(300);
    expect(cap("Of the 300 MW planned for Kestrel Cloud's data center in Lubbock, 100 MW will come online next year.")).toBe(300);
    expect(cap("Kestrel Cloud's data center in Lubbock will have three buildings with a combined 300 MW, with 100 MW in the first.")).toBe(300);
    expect(cap("Kestrel Cloud's data center in Lubbock will bring 36 MW of the 300 MW campus online next year.")).toBe(300);
  });
});

describe('a later sentence\'s figure: the facility\'s build-out, or another facility\'s', () => {
  const cap = (text: string) => detect(text, testIndex())[0]?.facts.capacityMW;
  const first = "Kestrel Cloud said its data center in Lubbock came online in August with 32 MW. ";
  it('leaves the figure of a facility the sentence puts elsewhere or calls another', () => {
    for (const later of [
      'The company also has 900 MW under construction elsewhere.',
      "The company's next project will total 600 MW.",
      'Its biggest project, in another state, is planned for 1.5 GW.',
      'A separate campus the company is planning would reach 700 MW when complete.',
    ]) expect(cap(first + later), later).toBe(32);
    expect(cap(`${first}At full build-out it will reach 300 MW.`)).toBe(300);
    expect(cap(`${first}In another two years the campus will reach 300 MW.`)).toBe(300);
  });
  it('leaves a company\'s capacity in operation, said with the company as subject, and keeps one put at the facility', () => {
    expect(cap(`${first}The Texas data center firm currently has a capacity of 250 MW in operation.`)).toBe(32);
    expect(cap(`${first}The company operates 900 MW live across Texas.`)).toBe(32);
    expect(cap(`${first}The company has 300 MW in operation at the campus.`)).toBe(300);
  });
  it('reads "in total" and "overall" said of the facility as its build-out, not a company total', () => {
    for (const later of ['In total, the campus will reach 300 MW.', 'The campus will reach 300 MW in total.', 'Overall, the data center will reach 300 MW.']) {
      expect(cap(first + later), later).toBe(300);
    }
    expect(cap(`${first}In total, the company will add 900 MW.`)).toBe(32);
    expect(cap(`${first}Overall, its fleet will reach 3 GW.`)).toBe(32);
  });
});

describe('a gigawatt written with an article', () => {
  it('"a gigawatt", "more than a gigawatt", "half a gigawatt"', () => {
    expect(mw('The campus could eventually draw more than a gigawatt.')).toEqual([1000]);
    expect(mw('It will have a gigawatt of capacity when complete.')).toEqual([1000]);
    expect(mw('The first phase is half a gigawatt.')).toEqual([500]);
  });
  it('not a size class ("a gigawatt-scale campus")', () => {
    expect(mw('Ostavik plans a gigawatt-scale campus.')).toEqual([]);
  });
});
