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

/** "Compass, QTS Data Centers" -> ["Compass", "QTS Data Centers"]; "AT&T" stays whole. */
export function splitCompanies(cell: string, splitOnAnd = false): string[] {
  const sep = splitOnAnd ? /\s*(?:,|\/|;|\band\b|\s&\s|\bwith\b)\s*/i : /\s*(?:,|\/|;)\s*/;
  return cell
    .replace(/\s+c\/o\s+.*$/i, '')
    .replace(/,\s*(llc|inc|l\.l\.c|ltd|lp)\b\.?/gi, ' $1')
    .split(sep)
    .map((p) => p.replace(/^[\s(]+|[\s)]+$/g, '').trim())
    .filter((p) => p && !/^(llc|inc|ltd|partners?|others)\.?$/i.test(p));
}

/** Keys that name no company ("LLC data center", "development"). */
const GENERIC_NAME = /^(|data ?cent(er|re)s?|development|data|center|campus|project|llc|partners|properties)$/;

export class OperatorRegistry {
  /** Curated companies, and companies a dataset names as builder: only these are searched for inside longer names. */
  private readonly seedIds = new Set<string>();
  private readonly searchable = new Set<string>();
  private readonly byId = new Map<string, OperatorSeed>();
  private readonly byKey = new Map<string, string>();
  /** Ids actually referenced by some site: only those are shipped. */
  private readonly used = new Set<string>();

  constructor(seeds: OperatorSeed[] = OPERATOR_SEEDS) {
    for (const s of seeds) {
      this.add(s);
      this.seedIds.add(s.id);
    }
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

  /**
   * A known company named anywhere inside a longer name ("Sacramento EdgeConneX Edge Data Center"),
   * longest match first. Keys shorter than 3 letters ("kt", "du") are ignored: too many false hits.
   */
  findIn(text: string): string | undefined {
    const words = operatorKey(text).split(' ').filter(Boolean);
    for (let n = Math.min(words.length, 4); n >= 1; n--) {
      for (let i = 0; i + n <= words.length; i++) {
        const key = words.slice(i, i + n).join(' ');
        if (key.length < 3) continue;
        const id = this.byKey.get(key);
        if (id && id !== 'undisclosed' && (this.seedIds.has(id) || (this.searchable.has(id) && (n > 1 || key.length >= 5)))) return id;
      }
    }
    return undefined;
  }

  /** The id for this company name, creating an operator when it is new. */
  ensure(name: string, kind: OperatorKind = 'developer', hqCountry?: string): string {
    const known = this.resolve(name);
    if (known) return this.use(known);
    if (GENERIC_NAME.test(operatorKey(name))) return this.use('undisclosed');
    const display = name.trim().replace(/\s+/g, ' ');
    let id = slugify(operatorKey(display) || display, 60);
    for (let i = 2; this.byId.has(id); i++) id = `${slugify(display, 56)}-${i}`;
    this.add({ id, name: display, kind, hqCountry });
    return this.use(id);
  }

  /**
   * All companies named in a free-text operator/tenant cell ("Compass, QTS Data Centers",
   * "Open AI and Oracle", "DC 12 14 DE LLC (Amazon)"). Known companies are found anywhere in a
   * part; unknown parts become new operators only when `create` is set. Hedged parts
   * ("Google (unconfirmed)", "QTS?") are skipped.
   */
  idsIn(cell: string | undefined, create: boolean): string[] {
    if (!cell?.trim()) return [];
    const ids: string[] = [];
    // Tenant cells list several companies joined by "and"; builder cells use "and" inside names.
    for (const [i, raw] of splitCompanies(cell, !create).entries()) {
      // Builder cells sometimes end with a contact person ("...; Ryan Dorsett").
      if (i > 0 && /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(raw.trim()) && !this.resolve(raw)) continue;
      if (/\?|unconfirmed|rumou?red|speculative|unknown|not disclosed|multiple|tenants/i.test(raw)) continue;
      const part = raw.trim();
      if (part.length < 2 || GENERIC_NAME.test(operatorKey(part))) continue;
      const known = this.resolve(part) ?? this.findIn(part);
      if (known) ids.push(this.use(known));
      else if (create) ids.push(this.ensure(part.replace(/\s*\([^)]*\)\s*$/, '') || part, 'developer'));
    }
    return [...new Set(ids)];
  }

  /** Lets findIn() spot this (dataset-named) company inside other rows' site names. */
  markSearchable(id: string): void {
    if (id !== 'undisclosed') this.searchable.add(id);
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
