/** A site's codes as news writes them: every spelling, and the codes only its name holds. */
import { describe, expect, it } from 'vitest';
import { codeSpellings, codesInName, siteCodes } from '../../../lib/catalog/site-codes';

describe('codeSpellings', () => {
  it('runs a hyphenated code together and sets a plain one apart', () => {
    expect(codeSpellings('KV-11')).toEqual(['KV-11', 'KV11']);
    expect(codeSpellings('KV11')).toEqual(['KV11', 'KV-11']);
    expect(codeSpellings('TRV05A')).toEqual(['TRV05A', 'TRV-05A']);
  });
  it('does not set a one-letter code apart, nor touch what is no code', () => {
    expect(codeSpellings('N01')).toEqual(['N01']);
    expect(codeSpellings('eu-west-3')).toEqual(['eu-west-3']);
  });
});

describe('codesInName', () => {
  it('reads codes run together, spaced or listed in a name', () => {
    expect(codesInName('Lyon TRV12')).toEqual(['TRV12']);
    expect(codesInName('KV 1 (Vrelo)')).toEqual(['KV1']);
    expect(codesInName('Vrelo TRV11 and TRV12 Ostavik')).toEqual(['TRV11', 'TRV12']);
  });
  it('skips what the code list has, and numbers that are no building codes', () => {
    expect(codesInName('Vrelo Lyon TRV-12', ['TRV12'])).toEqual([]);
    expect(codesInName('Kestrel Planned GB200')).toEqual([]);
    expect(codesInName('Kestrel EC2 P5 Cluster')).toEqual([]);
    expect(codesInName('KESTREL TRV1-DC01')).toEqual([]);
    expect(codesInName('Tarn Park LOT 22')).toEqual([]);
    expect(codesInName('ABCI 3.0')).toEqual([]);
  });
});

describe('siteCodes', () => {
  it('adds the name\'s codes to the listed ones, except for a machine sized in GPUs', () => {
    expect(siteCodes({ name: 'Vrelo Lyon TRV12', codes: ['KV1'] })).toEqual(['KV1', 'TRV12']);
    expect(siteCodes({ name: 'Vrelo Cloud TRV12', codes: [], gpus: { count: 4096 } })).toEqual([]);
  });
});
