/**
 * Two projects that share a code name in one article, and facilities named after their street or
 * township. Invented companies and projects; the catalog holds one of each namesake pair.
 */
import { describe, expect, it } from 'vitest';
import { compileIndex, detect } from '../../../lib/detect/index';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';
import type { LexiconOperator, LexiconSite } from '../../../lib/detect/index';

const T0 = '2026-08-01T00:00:00.000Z';
const operators: LexiconOperator[] = [{ id: 'halvard', name: 'Halvard Digital', aliases: [] }];
const sites: LexiconSite[] = [
  { id: 'halvard-wren', name: 'Project Wren', aliases: [], kind: 'campus', operatorIds: ['halvard'], city: 'Fremont', country: 'US' },
  { id: 'halvard-quarry', name: 'Quarry Hollow Road', aliases: [], kind: 'campus', operatorIds: ['halvard'], city: 'Tulsa', country: 'US' },
];
const index = compileIndex({ sites, operators });
const place = (city: string, admin: string) => ({ city, admin, country: 'US', worldRegion: 'north-america', lat: 40, lon: -100, precision: 'city' });
const resolver = createResolver(
  [
    SiteSchema.parse({ id: 'halvard-wren', name: 'Project Wren', kind: 'campus', operatorIds: ['halvard'], place: place('Fremont', 'NE'), origin: 'seed', createdAt: T0, updatedAt: T0 }),
    SiteSchema.parse({ id: 'halvard-quarry', name: 'Quarry Hollow Road', kind: 'campus', operatorIds: ['halvard'], place: place('Tulsa', 'OK'), origin: 'seed', createdAt: T0, updatedAt: T0 }),
  ],
  [OperatorSchema.parse({ id: 'halvard', name: 'Halvard Digital', kind: 'developer', aliases: [], footprint: {}, origin: 'seed', createdAt: T0, updatedAt: T0 })],
);
const scan = (text: string) => detect(text, index, (q) => resolver.resolve(q));

describe('two projects with one code name', () => {
  it('leaves the card to the namesake of the catalog company; the other is new, with its own company', () => {
    const ms = scan(
      'In Louisiana, a developer called Osterfeld Land Partners filed plans for Project Wren, a 600 MW data center campus outside Bastrop. ' +
        "An unrelated project with the same code name, Halvard Digital's Project Wren in Fremont, drew opposition last year.",
    );
    const first = ms.find((m) => m.text === 'Project Wren');
    const campus = ms.find((m) => m.text.startsWith('600 MW'));
    const catalogs = ms.find((m) => m.text.startsWith('Halvard'));
    expect([first?.status, campus?.status]).toEqual(['new', 'new']);
    expect(first?.facts.operator).toBe('Osterfeld Land Partners');
    expect(catalogs?.entityId).toBe('halvard-wren');
    expect(catalogs?.facts.operator).toBe('Halvard Digital');
  });

  it('"its own Project Wren" after the catalog one is another project, of the clause\'s company', () => {
    const ms = scan(
      "Halvard Digital's Project Wren in Fremont is well known; now Osterfeld Land Partners has filed for its own Project Wren, a 600 MW data center campus outside Tulsa, Oklahoma.",
    );
    expect(ms.map((m) => [m.text, m.status])).toEqual([
      ["Halvard Digital's Project Wren in Fremont", 'known'],
      ['Project Wren', 'new'],
      ['600 MW data center campus outside Tulsa, Oklahoma', 'new'],
    ]);
    expect(ms.slice(1).map((m) => m.facts.operator)).toEqual(['Osterfeld Land Partners', 'Osterfeld Land Partners']);
  });

  it('a code name "used" again "in an unrelated filing" is another project, of the company that used it', () => {
    const ms = scan(
      'The state approved tax credits for Project Tamsin, a data center park in Norwalk. In an unrelated filing, a Kansas developer, Prairie Quill Holdings, used the same code name, Project Tamsin, for a 300 MW campus near Salina.',
    );
    const [iowa, kansas] = ms.filter((m) => m.text === 'Project Tamsin');
    expect(kansas.facts.operator).toBe('Prairie Quill Holdings');
    expect(iowa.facts.operator).not.toBe('Prairie Quill Holdings');
  });

  it('a possessive right before the name gives the namesake its own company', () => {
    const ms = scan(
      'Cardinal Fen Partners filed plans for Project Tamsin, a 600 MW data center campus outside Damascus. Similar code names have been used for unrelated projects elsewhere: Beale Quarry\'s Project Tamsin in Arizona drew opposition last year.',
    );
    expect(ms.find((m) => m.text.startsWith('Project Tamsin in'))?.facts.operator).toBe('Beale Quarry');
  });

  it('one project named twice by its own company stays one card', () => {
    const ms = scan('Halvard Digital filed plans for Project Wren in Fremont. Halvard Digital said Project Wren will draw 300 MW when complete.');
    expect(ms.map((m) => m.entityId)).toEqual(['halvard-wren', 'halvard-wren']);
  });
});

describe('a facility named after its street or township', () => {
  it('marks the name with its head word, not the street written bare', () => {
    const ms = scan(
      'Residents of Bellhaven Mill Road packed the hearing. Osterfeld Land Partners wants to build the Bellhaven Mill Road data center on 200 acres. Traffic on Bellhaven Mill Road is already heavy.',
    );
    expect(ms.map((m) => m.text)).toEqual(['Bellhaven Mill Road data center']);
  });

  it('does not mark a township written bare', () => {
    const ms = scan('Oracle chose Pellworth Township for a new data center campus. The Pellworth Township campus will draw 500 MW. Pellworth Township officials agreed.');
    expect(ms.map((m) => m.text).filter((t) => t === 'Pellworth Township')).toEqual([]);
    expect(ms.map((m) => m.text)).toContain('Pellworth Township campus');
  });

  it('keeps the facility the text puts at the street ("its data center at 4410 Bellhaven Mill Road")', () => {
    const ms = scan('Osterfeld Land Partners will add two buildings to its data center at 4410 Bellhaven Mill Road in Tulsa. Neighbors of the Bellhaven Mill Road site want sound walls.');
    expect(ms.some((m) => m.text.includes('Bellhaven Mill Road in Tulsa'))).toBe(true);
  });

  it('does not open the catalog site named after a street for the street written bare', () => {
    const ms = scan('Trucks on Quarry Hollow Road worry neighbors of the new Halvard Digital data center planned nearby.');
    expect(ms.filter((m) => m.text.includes('Quarry Hollow Road'))).toEqual([]);
  });
});

describe('a code name opening a sentence', () => {
  it('"The Project X site …" is the project of that name, not the catalog facility named just before', () => {
    const ms = scan(
      'Commissioners approved a tax abatement for Project Linnet, a proposed 300-megawatt data center campus near Owlbrook. ' +
        'The developer, Ferncastle Digital, told the court it would invest $2 billion. ' +
        "Supporters pointed to Halvard Digital's Tulsa campus as proof that such projects bring new roads. " +
        'The Project Linnet site still needs a rezoning from the city of Owlbrook.',
    );
    const tulsa = ms.find((m) => m.text.startsWith('Halvard'));
    const later = ms.find((m) => m.text.startsWith('Project Linnet site'));
    expect(tulsa?.entityId).toBe('halvard-quarry');
    expect([later?.status, later?.entityId, later?.facts.capacityMW]).toEqual(['new', null, 300]);
  });
});
