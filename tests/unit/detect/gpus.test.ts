import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

describe('GPU counts that are not the facility\'s', () => {
  it('leaves out a chip vendor\'s shipments, keeps what is shipped to the site', () => {
    const [a] = detect('Nvidia shipped 3 million GPUs this year, and Kestrel Cloud\'s data center in Lubbock bought some of them.', testIndex());
    expect(a.facts.gpus).toBeNull();
    const [b] = detect('Nvidia shipped 20,000 GPUs to Kestrel Cloud\'s data center in Lubbock.', testIndex());
    expect(b.facts.gpus).toBe(20000);
  });

  it('reads no count in an amount of money ("a $5 billion chip order", "a US$2bn chip order")', () => {
    for (const amount of ['$5 billion', 'US$2bn', '€900 million']) {
      const [m] = detect(`Kestrel Cloud's data center in Lubbock will be filled under a ${amount} chip order from Nvidia.`, testIndex());
      expect(m.facts.gpus, amount).toBeNull();
    }
    const [n] = detect("Kestrel Cloud's data center in Lubbock will hold 50,000 Nvidia chips.", testIndex());
    expect(n.facts.gpus).toBe(50000);
  });

  it('reads no GPU count in a count of racks, nodes or servers ("1,000 GB200 NVL72 racks", "4,000 GPU nodes")', () => {
    for (const hosts of ['1,000 GB200 NVL72 racks', '4,000 GPU nodes', '500 H100 servers', '300 liquid-cooled GB300 racks']) {
      const [m] = detect(`Kestrel Cloud's data center in Lubbock will house ${hosts} by next year.`, testIndex());
      expect(m.facts.gpus, hosts).toBeNull();
    }
    const [n] = detect("Kestrel Cloud's data center in Lubbock will house 72,000 GB200 GPUs in 1,000 racks.", testIndex());
    expect(n.facts.gpus).toBe(72000);
  });

  it('gives the facility its share of a company\'s GPU count, the noun left out or not', () => {
    const gpus = (text: string) => detect(text, testIndex())[0]?.facts.gpus;
    expect(gpus('Kestrel Cloud will have 1.3 million GPUs by year end, including 100,000 at its data center in Lubbock.')).toBe(100000);
    expect(gpus('Kestrel Cloud will have 1.3 million GPUs by year end, including 100,000 GPUs at its data center in Lubbock.')).toBe(100000);
    expect(gpus("Kestrel Cloud's data center in Lubbock will hold 100,000 GPUs, part of the 1.3 million GPUs the company will own.")).toBe(100000);
    // A hall of the facility is its part: the facility keeps the larger count.
    expect(gpus("Kestrel Cloud's data center in Lubbock will hold 50,000 GPUs, including 20,000 in its first hall.")).toBe(50000);
  });
});
