import { describe, expect, it } from 'vitest';
import { findMoney } from '../../../lib/detect/facts/money';
import { tokenize } from '../../../lib/detect/tokens';

const money = (text: string) => findMoney(text, tokenize(text, 0, text.length)).map((m) => [m.text, m.value, m.currency]);

describe('money as news writes it', () => {
  it('reads a currency word before the amount, with its conversion', () => {
    expect(money('a Euros 300 million (USD 330 million) campus')).toEqual([['Euros 300 million (USD 330 million)', 300e6, 'EUR']]);
  });
  it('reads a currency named by its nation', () => {
    expect(money('to invest 4 billion Swedish kronor in')).toEqual([['4 billion Swedish kronor', 4e9, 'SEK']]);
    expect(money('about 2 billion Hong Kong dollars')).toEqual([['2 billion Hong Kong dollars', 2e9, 'HKD']]);
  });
  it('reads a range whole, valued at its upper end', () => {
    expect(money('at a cost of ₹4000-5000 crore')).toEqual([['₹4000-5000 crore', 5000e7, 'INR']]);
  });
  it('does not read a count or a verb as money', () => {
    expect(money('3-4 sites and 2 won the bid')).toEqual([]);
  });
});
