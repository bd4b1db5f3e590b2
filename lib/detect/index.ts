export type { LexiconOperator, LexiconSite } from './lexicon';
