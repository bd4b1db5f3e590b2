import { describe, expect, it } from 'vitest';
import { EMPTY_FACTS } from '../../../lib/detect/types';
import { readableFacts, spelledAmount, withCompany } from '../../../lib/format/written';

describe('facts made readable (the detector keeps them as written)', () => {
  it('spells an abbreviated amount once, and leaves a spelled or converted one alone', () => {
    expect(spelledAmount('£190m')).toBe('£190m (£190 million)');
    expect(spelledAmount('US$2bn')).toBe('US$2bn (US$2 billion)');
    expect(spelledAmount('$4 billion')).toBe('$4 billion');
    expect(spelledAmount('€1bn (US$1.1bn)')).toBe('€1bn (US$1.1bn)');
  });

  it('names the company behind a brand, not twice', () => {
    expect(withCompany('Azure', 'Microsoft')).toBe('Azure (Microsoft)');
    expect(withCompany('Microsoft Corp.', 'Microsoft')).toBe('Microsoft Corp.');
  });

  it('gives the company only when the mention has exactly one', () => {
    const names = new Map([['microsoft', 'Microsoft'], ['openai', 'OpenAI']]);
    const one = readableFacts({ facts: { ...EMPTY_FACTS, operator: 'Azure', investment: '£5m' }, operatorIds: ['microsoft'] }, (id) => names.get(id));
    expect(one).toMatchObject({ operator: 'Azure (Microsoft)', investment: '£5m (£5 million)' });
    const two = readableFacts({ facts: { ...EMPTY_FACTS, operator: 'Azure and OpenAI' }, operatorIds: ['microsoft', 'openai'] }, (id) => names.get(id));
    expect(two.operator).toBe('Azure and OpenAI');
  });
});
