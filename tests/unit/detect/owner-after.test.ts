/** A code name opening its sentence, its company stated after it (invented names). */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const operatorOf = (text: string, mark: string) => detect(text, testIndex()).find((m) => m.text === mark)?.facts.operator ?? null;

describe('the company stated after a code name', () => {
  it('"Project X, a … campus near C, is OP\'s" gives OP', () => {
    expect(operatorOf("Project Wrenfield, a 600 MW data center campus near Cloquet, is Equinix's, filings show.", 'Project Wrenfield')).toBe('Equinix');
  });

  it('"Project X will be a … campus in C, OP said" gives OP, with a time after the verb', () => {
    expect(operatorOf('Project Wrenfield will be a 600 MW data center campus in Salina, Equinix said.', 'Project Wrenfield')).toBe('Equinix');
    expect(operatorOf('Project Wrenfield will be a 600 MW data center campus in Salina, Crusoe Energy said on Monday.', 'Project Wrenfield')).toBe('Crusoe Energy');
  });

  it('a company saying what a facility does, not what it is, is not its owner', () => {
    expect(operatorOf('A 600 MW data center campus in Salina will strain the grid, Evergreen Power said.', '600 MW data center campus in Salina')).toBeNull();
  });
});

describe('a catalog company reporting on a facility at the sentence end', () => {
  const before = 'Ostavik Hosting added a building to its data center in Fenwick last month.\n\n';
  it('"The Fenwick data center will add 40 MW next year, Equinix said on Monday": Equinix, not the paragraph before\'s company', () => {
    expect(operatorOf(`${before}The Fenwick data center will add 40 MW next year, Equinix said on Monday.`, 'Fenwick data center')).toBe('Equinix');
  });
  it('"…, according to Equinix", "…, Equinix told investors" and a closing quote before the company', () => {
    expect(operatorOf(`${before}The Fenwick data center will add 40 MW next year, according to Equinix.`, 'Fenwick data center')).toBe('Equinix');
    expect(operatorOf(`${before}The Fenwick data center will add 40 MW next year, Equinix told investors.`, 'Fenwick data center')).toBe('Equinix');
    expect(operatorOf(`${before}"The Fenwick data center is full," Equinix said.`, 'Fenwick data center')).toBe('Equinix');
  });
  it('a company the catalog does not know, saying what the facility does, is still not taken', () => {
    expect(operatorOf(`${before}The Fenwick data center will strain the grid, Evergreen Power said.`, 'Fenwick data center')).not.toBe('Evergreen Power');
  });
});

describe('a person of a catalog company reporting at the sentence end', () => {
  const before = 'Ostavik Hosting added a building to its data center in Fenwick last month.\n\n';
  const of = (t: string) => operatorOf(`${before}${t}`, 'Fenwick data center');
  it('"…, an Equinix spokesperson said" and "…, Equinix\'s Jane Porter said"', () => {
    expect(of('The Fenwick data center will add 40 MW next year, an Equinix spokesperson said.')).toBe('Equinix');
    expect(of("The Fenwick data center will add 40 MW next year, Equinix's Jane Porter said.")).toBe('Equinix');
  });
  it('an inverted "said": "…, said Equinix", "…, said Jane Porter, an Equinix vice president", "said Equinix, which …"', () => {
    expect(of('"The Fenwick data center is full," said Equinix.')).toBe('Equinix');
    expect(of('The Fenwick data center will add 40 MW next year, said Jane Porter, an Equinix vice president.')).toBe('Equinix');
    expect(of('"The Fenwick data center will add 40 MW next year," said Equinix, which opened it in 2019.')).toBe('Equinix');
  });
  it('not a speaker whose appositive goes on to say more, nor a company the catalog does not know', () => {
    expect(of('The Fenwick data center will add 40 MW next year, said Jane Porter, an Equinix vice president who left in May.')).not.toBe('Equinix');
    expect(of('The Fenwick data center will strain the grid, a Evergreen Power spokesperson said.')).not.toBe('Evergreen Power');
  });
});
