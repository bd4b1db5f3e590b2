/**
 * "AI factory": news's word for a data center built for AI. Placed or sized, it is one facility
 * though the article never says "data center" (lib/detect/accept.ts); the platform or the idea is none.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const marked = (t: string) => detect(t, testIndex()).map((m) => m.text);

describe('an AI factory', () => {
  it('placed or sized, is a facility without a data-center word in the article', () => {
    expect(marked('Vrelo Compute has switched on a 40MW AI factory in Torrance, it said on Monday.')).toEqual(['40MW AI factory in Torrance']);
    expect(marked('Kestrel plans an AI factory in Aarhus for its cloud customers.')).toEqual(['AI factory in Aarhus']);
  });
  it('as an idea or a product, is none', () => {
    expect(marked('Every country will need an AI factory of its own, the chief executive said.')).toEqual([]);
    expect(marked('The chipmaker sells an AI factory platform to telecom operators.')).toEqual([]);
  });
});
