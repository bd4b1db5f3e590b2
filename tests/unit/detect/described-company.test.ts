/**
 * "The Chinese company said its …", "The hyperscaler said its …": a described subject is the
 * company named before whose catalog kind and home country fit the description
 * (lib/detect/facts/described-company.ts). Invented towns; operators as the test catalog has them.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { testIndex } from './support/lexicon';

const lastOperator = (text: string) => detect(text, testIndex()).at(-1)?.facts.operator ?? null;
const twoCompanies = 'Alibaba Cloud opened a data center in Fenwick this week.\n\nMicrosoft also said it would add capacity in Harlow next year.\n\n';

describe('a subject that describes a company', () => {
  it('"The Chinese company" is the Chinese company named before, not the last one', () => {
    expect(lastOperator(`${twoCompanies}The Chinese company said its Fenwick data center would hold 10,000 GPUs.`)).toBe('Alibaba Cloud');
    expect(lastOperator(`${twoCompanies}The Chinese cloud giant said its Fenwick data center would hold 10,000 GPUs.`)).toBe('Alibaba Cloud');
  });
  it('a trade the catalog knows: "The colocation provider", "the AI lab"', () => {
    const named = 'Equinix and Microsoft said they would both build in Fenwick.\n\n';
    expect(lastOperator(`${named}The colocation provider said its Fenwick data center would open in 2027.`)).toBe('Equinix');
    expect(lastOperator('OpenAI and Microsoft are partners in Fenwick.\n\nThe AI lab said its Fenwick data center would draw 1 GW.')).toBe('OpenAI');
  });
  it('a description that fits the last company changes nothing', () => {
    expect(lastOperator(`${twoCompanies}The U.S. company said its Harlow data center would open in 2027.`)).toBe('Microsoft');
    expect(lastOperator(`${twoCompanies}The company said its Harlow data center would open in 2027.`)).toBe('Microsoft');
  });
  it('not when two companies of one sentence fit ("Meta and Google … The US giant")', () => {
    const both = 'Equinix opened a site in Harlow.\n\nIt follows Meta and Google, which built there first.\n\n';
    expect(lastOperator(`${both}The US giant said its Harlow data center would double.`)).not.toBe('Google');
  });
  it('a description the catalog cannot check ("the search giant") is read as "the company"', () => {
    expect(lastOperator(`${twoCompanies}The search giant said its Harlow data center would open in 2027.`)).toBe('Microsoft');
  });
});

describe('a described or pronoun subject after a sentence about no company', () => {
  const before = 'Equinix opened a data center in Fenwick last year.\n\n';
  it('is the one company that sentence names ("Harlow has been home to one of Google\'s largest data centers. The search giant …")', () => {
    expect(lastOperator(`${before}Harlow has been home to one of Google's largest data centers since 2009. The search giant has invested $5 billion in its Harlow campus.`)).toBe('Google');
  });
  it('not when that sentence names two companies, nor across a paragraph', () => {
    expect(lastOperator(`${before}Harlow is home to data centers of Google and Meta. The company has invested $5 billion in its Harlow campus.`)).toBe('Equinix');
    expect(lastOperator(`Equinix opened a data center in Fenwick last year. Harlow has been home to one of Google's largest data centers since 2009.\n\nThe company has invested $5 billion in its Harlow campus.`)).toBe('Equinix');
  });
  it('not when that sentence is about a company of its own ("Tarnel Capital bought land beside Google\'s campus. The company …")', () => {
    expect(lastOperator(`${before}Tarnel Capital bought land beside Google's Harlow campus. The company said its Harlow data center would open in 2027.`)).toBe('Tarnel Capital');
  });
});
