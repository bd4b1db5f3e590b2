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
