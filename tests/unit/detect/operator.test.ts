import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const operatorOf = (text: string) => detect(text, testIndex())[0]?.facts.operator ?? null;

describe('who runs a facility, when the catalog does not know the company', () => {
  it('takes a company introduced by a lower-case description as the subject', () => {
    expect(operatorOf('Data centre developer KeyLoop Cloud has opened its third data centre in Nairobi.')).toBe('KeyLoop Cloud');
    expect(operatorOf('Leeds-based CoreMesh Hosting has started work on a data centre in Bradford.')).toBe('CoreMesh Hosting');
  });

  it('does not take a common noun that opens a sentence for a company', () => {
    expect(operatorOf('Customers have asked for a data centre in Bergen for years.')).toBeNull();
    expect(operatorOf('Residents opposed the 40MW data center in Ashby.')).toBeNull();
  });

  it('takes a one-word company that the text also capitalises inside sentences', () => {
    expect(operatorOf('Northwind is building a data centre in Porto. Investors in Northwind expect it to open soon.')).toBe('Northwind');
  });

  it('does not take a district, or a corporate suffix alone, for a company', () => {
    expect(operatorOf('Fenwick District has approved a data center in Hollis.')).toBeNull();
  });
});
