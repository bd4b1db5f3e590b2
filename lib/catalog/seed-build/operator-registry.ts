/**
 * Maps the many spellings of a company in the datasets to one operator id, and creates operators
 * for names it has never seen (FracTracker's long tail of developers).
 */
import type { OperatorKind } from '../schema';
import { OPERATOR_SEEDS } from './operator-seeds';
import { slugify } from './text';
import type { OperatorSeed } from './types';

/** Legal-form and filler words dropped before comparing company names. */
const FILLER = /\b(inc|incorporated|llc|l\.l\.c|ltd|limited|corp|corporation|co|company|plc|lp|group|holdings)\b\.?/g;

export function operatorKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .replace(/[.,()]/g, ' ')
    .replace(FILLER, ' ')
    .replace(/[^a-z0-9&+]+/g, ' ')
    .trim();
}

export class OperatorRegistry {
  private readonly byId = new Map<string, OperatorSeed>();
  private readonly byKey = new Map<string, string>();
  /** Ids actually referenced by some site: only those are shipped. */
  private readonly used = new Set<string>();

  constructor(seeds: OperatorSeed[] = OPERATOR_SEEDS) {
    for (const s of seeds) this.add(s);
  }

  private add(seed: OperatorSeed): void {
    if (this.byId.has(seed.id)) throw new Error(`duplicate operator id ${seed.id}`);
    this.byId.set(seed.id, { ...seed, aliases: [...(seed.aliases ?? [])], spellings: [...(seed.spellings ?? [])] });
    for (const n of [seed.name, seed.id, ...(seed.aliases ?? []), ...(seed.spellings ?? [])]) {
      const k = operatorKey(n);
      if (k && !this.byKey.has(k)) this.byKey.set(k, seed.id);
    }
  }

  /** Id of a known company, or undefined. Does not create anything. */
  resolve(name: string | undefined): string | undefined {
    if (!name) return undefined;
    return this.byKey.get(operatorKey(name));
  }

  /** Known id for a name that starts with a company name ("Meta Data Center" -> meta). */
  resolvePrefix(name: string): string | undefined {
    const words = operatorKey(name).split(' ');
    for (let n = Math.min(words.length, 4); n >= 1; n--) {
      const id = this.byKey.get(words.slice(0, n).join(' '));
      if (id) return id;
    }
    return undefined;
  }

  /** The id for this company name, creating an operator when it is new. */
  ensure(name: string, kind: OperatorKind = 'developer', hqCountry?: string): string {
    const known = this.resolve(name);
    if (known) return this.use(known);
    const display = name.trim().replace(/\s+/g, ' ');
    let id = slugify(operatorKey(display) || display, 60);
    for (let i = 2; this.byId.has(id); i++) id = `${slugify(display, 56)}-${i}`;
    this.add({ id, name: display, kind, hqCountry });
    return this.use(id);
  }

  use(id: string): string {
    if (!this.byId.has(id)) throw new Error(`unknown operator id ${id}`);
    this.used.add(id);
    return id;
  }

  get(id: string): OperatorSeed | undefined {
    return this.byId.get(id);
  }

  usedSeeds(): OperatorSeed[] {
    return [...this.used].sort().map((id) => this.byId.get(id)!);
  }
}
