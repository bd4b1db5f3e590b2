import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../lib/detect/facts/money';
import { tokenize } from '../../../lib/detect/tokens';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const money = (text: string) => findMoney(text, tokenize(text, 0, text.length)).map((m) => [m.text, m.value, m.currency]);

describe('money as news writes it', () => {
  it('reads a currency code and a scale written onto the number ("RM12bil", "USD1.2bn", "S$2bil")', () => {
    expect(money('will cost RM12bil, and RM500mil more')).toEqual([['RM12bil', 12e9, 'MYR'], ['RM500mil', 500e6, 'MYR']]);
    expect(money('cost USD1.2bn and EUR1.2bn')).toEqual([['USD1.2bn', 1.2e9, 'USD'], ['EUR1.2bn', 1.2e9, 'EUR']]);
    expect(money('a S$2bil build')).toEqual([['S$2bil', 2e9, 'SGD']]);
  });
  it('reads the rand written onto its number and the naira, peso and baht signs ("R5 billion", "₦150bn")', () => {
    expect(money('will invest R5 billion, then R500m more')).toEqual([['R5 billion', 5e9, 'ZAR'], ['R500m', 500e6, 'ZAR']]);
    expect(money('a ₦150bn campus, a ₱3 billion hall and a ฿9 billion site')).toEqual([['₦150bn', 150e9, 'NGN'], ['₱3 billion', 3e9, 'PHP'], ['฿9 billion', 9e9, 'THB']]);
    // A building's code is no amount: the rand needs a scale of millions or more.
    expect(money('the R2 data centre and its R12 hall')).toEqual([]);
  });
  it('reads an ISO code in capitals before the figure, a currency hyphenated onto the scale and "-plus" ("NOK 20 billion", "7 trillion-won", "$10 billion-plus")', () => {
    expect(money('NOK 20 billion, DKK 3.5bn and SEK 9.5 billion')).toEqual([['NOK 20 billion', 20e9, 'NOK'], ['DKK 3.5bn', 3.5e9, 'DKK'], ['SEK 9.5 billion', 9.5e9, 'SEK']]);
    expect(money('a 7 trillion-won project')).toEqual([['7 trillion-won', 7e12, 'KRW']]);
    expect(money('a $10 billion-plus campus')).toEqual([['$10 billion-plus', 10e9, 'USD']]);
    // The code's letters in lower case are words: "cop 5 tickets".
    expect(money('a cop 5 million times')).toEqual([]);
  });
  it('reads regional prefixes and currency words ("QR2.5bn", "SR3 billion", "Sh13 billion", "Dh1.8 billion", "N350bn", "zł1.2bn", "1.2 billion zlotys", "UGX 110 billion")', () => {
    expect(money('QR2.5bn, SR3 billion, Sh13 billion, KSh 5 billion, Dh1.8 billion, N350bn, zł1.2bn')).toEqual([
      ['QR2.5bn', 2.5e9, 'QAR'], ['SR3 billion', 3e9, 'SAR'], ['Sh13 billion', 13e9, 'KES'], ['KSh 5 billion', 5e9, 'KES'], ['Dh1.8 billion', 1.8e9, 'AED'], ['N350bn', 350e9, 'NGN'], ['zł1.2bn', 1.2e9, 'PLN'],
    ]);
    expect(money('1.2 billion zlotys and UGX 110 billion and VND2.4 trillion')).toEqual([['1.2 billion zlotys', 1.2e9, 'PLN'], ['UGX 110 billion', 110e9, 'UGX'], ['VND2.4 trillion', 2.4e12, 'VND']]);
    // A building's code is no amount: a scale of millions or more is needed.
    expect(money('the N2 building and the SR3 hall')).toEqual([]);
    const [m] = detect('Equinix has completed a QR2.5bn data centre in Frankfurt.', testIndex());
    expect(m.facts.investment).toBe('QR2.5bn');
  });
  it('gives the facility the money of a sentence about its cost right after it', () => {
    const [m] = detect('Equinix will build a data center in Frankfurt. Total investment is estimated at about €1.2 billion.', testIndex());
    expect(m.facts.investment).toBe('€1.2 billion');
    const [n] = detect('Equinix will build a $10 billion-plus data center in Frankfurt.', testIndex());
    expect([n.text, n.facts.investment]).toEqual(['$10 billion-plus data center in Frankfurt', '$10 billion-plus']);
  });
  it('reads a currency word before the amount, with its conversion', () => {
    expect(money('a Euros 300 million (USD 330 million) campus')).toEqual([['Euros 300 million (USD 330 million)', 300e6, 'EUR']]);
  });
  it('reads a currency named by its nation', () => {
    expect(money('to invest 4 billion Swedish kronor in')).toEqual([['4 billion Swedish kronor', 4e9, 'SEK']]);
    expect(money('about 2 billion Hong Kong dollars')).toEqual([['2 billion Hong Kong dollars', 2e9, 'HKD']]);
  });
  it('reads a currency code written onto its number, and the Philippine and Taiwan codes', () => {
    expect(money('invested RM1.2 billion in the project')).toEqual([['RM1.2 billion', 1.2e9, 'MYR']]);
    expect(money('a Rs500 crore build')).toEqual([['Rs500 crore', 500e7, 'INR']]);
    expect(money('worth PHP 10 billion')).toEqual([['PHP 10 billion', 10e9, 'PHP']]);
    expect(money('a NT$5 billion campus')).toEqual([['NT$5 billion', 5e9, 'TWD']]);
    expect(money('its RM1 unit and RM2 thousand')).toEqual([]);
  });
  it('reads a range whole, valued at its upper end', () => {
    expect(money('at a cost of ₹4000-5000 crore')).toEqual([['₹4000-5000 crore', 5000e7, 'INR']]);
  });
  it('does not read a count or a verb as money', () => {
    expect(money('3-4 sites and 2 won the bid')).toEqual([]);
  });
  it('reads amounts news gives without a figure, at their lower bound', () => {
    expect(money('plans a multibillion-dollar campus')).toEqual([['multibillion-dollar', 2e9, 'USD']]);
    expect(money('a multi-billion-euro build and a billion-pound one')).toEqual([
      ['multi-billion-euro', 2e9, 'EUR'],
      ['billion-pound', 1e9, 'GBP'],
    ]);
    expect(money('will invest several hundred billion won in')).toEqual([['several hundred billion won', 300e9, 'KRW']]);
    expect(money('a few billion dollars')).toEqual([['a few billion dollars', 3e9, 'USD']]);
    expect(money('spend hundreds of millions of dollars on')).toEqual([['hundreds of millions of dollars', 100e6, 'USD']]);
  });
  it('does not read a vague count of something else as money', () => {
    expect(money('several hundred jobs, tens of thousands of GPUs and a billion-parameter model')).toEqual([]);
  });
});
describe('money without a figure in an article', () => {
  it('gives the facility the amount an adjective or a vague count names', () => {
    const [a] = detect('Kestrel Cloud will invest several hundred billion won in a data center in Gwangju.', testIndex());
    expect(a.facts.investment).toBe('several hundred billion won');
    const [b] = detect('Vrelo Group unveiled plans for a multibillion-dollar data center campus in Ohio.', testIndex());
    expect(b.facts.investment).toBe('multibillion-dollar');
  });
});

describe('money that is not spent on the facility', () => {
  it('leaves out an incentive, what a utility spends and plants built to serve it', () => {
    const cases = [
      'The county approved a tax abatement worth $38 million for Kestrel Cloud\'s data center in Lubbock.',
      'Kestrel Cloud won $12 million in tax breaks for its data center in Lubbock.',
      'The utility will spend $2.4 billion on gas plants to serve Kestrel Cloud\'s data center in Lubbock.',
    ];
    for (const text of cases) expect(detect(text, testIndex())[0].facts.investment, text).toBeNull();
  });

  it('keeps the money spent on the facility itself', () => {
    const [a] = detect('Kestrel Cloud will spend $2.4 billion on a data center in Lubbock.', testIndex());
    expect(a.facts.investment).toBe('$2.4 billion');
    const [b] = detect('The city approved Kestrel Cloud\'s $600 million data center in Lubbock.', testIndex());
    expect(b.facts.investment).toBe('$600 million');
  });
});

describe('a scale hyphenated onto the figure (Canadian house style)', () => {
  it('"$2-billion", "C$750-million", "$1.5-bn"', () => {
    expect(money('Kestrel will spend $2-billion on it.')).toEqual([['$2-billion', 2e9, 'USD']]);
    expect(money('a C$750-million data centre')).toEqual([['C$750-million', 7.5e8, 'CAD']]);
    expect(money('a $1.5-bn build')).toEqual([['$1.5-bn', 1.5e9, 'USD']]);
  });
  it('a range keeps its upper figure and a single-letter code after a hyphen is no scale', () => {
    expect(money('$2-3 billion')).toEqual([['$2-3 billion', 3e9, 'USD']]);
    expect(money('a $2-B tranche')[0]?.[1]).not.toBe(2e9);
  });
});

describe('continental scale words ("1,2 Mrd. Euro", "150 millions d\'euros", "R$ 1,5 bilhão")', () => {
  it('reads the scale, the linking word and the currency after it, as written', () => {
    expect(money('will invest 1,2 Mrd. Euro in it')).toEqual([['1,2 Mrd. Euro', 1.2e9, 'EUR']]);
    expect(money('a 300 Mio. € build')).toEqual([['300 Mio. €', 3e8, 'EUR']]);
    expect(money('some 2 Milliarden Euro')).toEqual([['2 Milliarden Euro', 2e9, 'EUR']]);
    expect(money("pour 150 millions d'euros dans")).toEqual([["150 millions d'euros", 1.5e8, 'EUR']]);
    expect(money('1,5 milliard d’euros')).toEqual([['1,5 milliard d’euros', 1.5e9, 'EUR']]);
    expect(money('300 milioni di euro')).toEqual([['300 milioni di euro', 3e8, 'EUR']]);
  });
  it('groups thousands by dots before a continental scale and reads "mil millones" as a thousand millions', () => {
    expect(money('1.200 millones de euros')).toEqual([['1.200 millones de euros', 1.2e9, 'EUR']]);
    expect(money('8,5 mil milhões de euros')).toEqual([['8,5 mil milhões de euros', 8.5e9, 'EUR']]);
  });
  it('reads the scale after a currency written first', () => {
    expect(money('R$ 1,5 bilhão')).toEqual([['R$ 1,5 bilhão', 1.5e9, 'BRL']]);
    expect(money('EUR 300 Mio. for')).toEqual([['EUR 300 Mio.', 3e8, 'EUR']]);
  });
  it('reads no money from a scale word without a currency', () => {
    expect(money('300 Mio. Nutzer and 2 millions de visiteurs')).toEqual([]);
  });
  it('gives the facility the amount, the abbreviation\'s period ending no sentence', () => {
    const [m] = detect('Kestrel Cloud will invest 1,2 Mrd. Euro in its data center in Lubbock.', testIndex());
    expect(m.facts.investment).toBe('1,2 Mrd. Euro');
  });
});
