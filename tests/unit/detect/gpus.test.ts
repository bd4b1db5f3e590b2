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
});
