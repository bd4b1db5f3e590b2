/** A machine's own name without the institution a GPU dataset files it under. Invented machines. */
import { describe, expect, it } from 'vitest';
import { createResolver } from '../../../lib/catalog/resolve';
import { OperatorSchema, SiteSchema } from '../../../lib/catalog/schema';
import { systemNames } from '../../../lib/catalog/system-names';
import { compileIndex, detect } from '../../../lib/detect/index';
import { lexiconFromCatalog } from '../../../lib/detect/from-catalog';
import { OPERATORS, T0 } from './fixture';

const machine = (name: string, gpus: { count?: number; plannedCount?: number } = { count: 4096 }) => ({ name, gpus });

describe('systemNames', () => {
  it('drops the institution before a name shaped like a system’s', () => {
    expect(systemNames(machine('KIRT ORVA 2.0'))).toEqual(['ORVA 2.0']);
    expect(systemNames(machine('University of Fenby Tarnhelm-AI', { plannedCount: 9000 }))).toEqual(['Tarnhelm-AI']);
    expect(systemNames(machine('NRL Quillon-3'))).toEqual(['Quillon-3']);
  });
  it('only for a machine sized in GPUs', () => {
    expect(systemNames({ name: 'KIRT ORVA 2.0', gpus: {} })).toEqual([]);
    expect(systemNames({ name: 'KIRT ORVA 2.0' })).toEqual([]);
  });
  it('not a description ("Supercomputer 2", "MI300 Cluster") nor a name that says no system ("KIRT Heron")', () => {
    expect(systemNames(machine('KIRT Supercomputer 2'))).toEqual([]);
    expect(systemNames(machine('KIRT MI300 Cluster'))).toEqual([]);
    expect(systemNames(machine('KIRT EC9 P7 UltraClusters'))).toEqual([]);
    expect(systemNames(machine('KIRT Heron'))).toEqual([]);
    expect(systemNames(machine('KIRT Orva/BX-01 (Lyra)'))).toEqual([]);
    expect(systemNames(machine('Kirt Labs ORVA 2.0'))).toEqual([]);
  });
});

describe('a machine named alone in news', () => {
  const op = OperatorSchema.parse({ ...OPERATORS[0], id: 'kirt', name: 'Kestrel Institute of Research and Technology (KIRT)', aliases: [] });
  const orva = SiteSchema.parse({ id: 'kirt-orva-2', name: 'KIRT ORVA 2.0', kind: 'facility', operatorIds: ['kirt'], place: { city: 'Tarnby', country: 'JP' }, gpus: { count: 6000 }, origin: 'seed', createdAt: T0, updatedAt: T0 });
  const resolver = createResolver([orva], [op]);
  const index = compileIndex(lexiconFromCatalog([orva], [op]));
  it('is the machine’s card', () => {
    expect(resolver.resolve({ text: 'ORVA 2.0' })[0]).toMatchObject({ siteId: 'kirt-orva-2', confidence: 1 });
    const [m] = detect('ORVA 2.0, the supercomputer in Tarnby, will get 2,000 more GPUs this year.', index, resolver.resolve.bind(resolver));
    expect(m).toMatchObject({ text: 'ORVA 2.0', status: 'known', entityId: 'kirt-orva-2' });
  });
});
