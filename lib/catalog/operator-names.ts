/**
 * Operator names as news writes them → catalog operator ids. "Microsoft Corp.", "Alibaba's",
 * "SK Telecom Co. and Amazon Web Services Inc.", "Alibaba Group (Alibaba Cloud)".
 */
import type { Operator } from './schema';
import { countryByName } from '../geo/countries';
import { operatorKey } from './text-key';

/** "data centers", "datacentres": the trade a company's name ends with, not the company. */
const TRADE_SUFFIX = / (?:data ?cent(?:er|re)s?)$/;

/** One word that names a trade, not a company: "Telecom" beside "Telecom Argentina S.A." is no short name of it. */
const TRADE_WORDS = new Set(['telecom', 'telecoms', 'data', 'cloud', 'digital', 'net', 'network', 'networks', 'energy', 'power', 'capital', 'edge', 'global', 'national', 'international', 'group', 'tech', 'technology', 'systems', 'services', 'solutions', 'infrastructure', 'hosting', 'internet', 'computing', 'compute', 'city', 'state', 'county', 'university']);

/** Partners are joined with "and", "&", commas, slashes or "with"; parentheses add another name. */
const PART_SEPARATOR = /\s*(?:[,;/+()]|&|\band\b|\bwith\b)\s*/i;

export interface OperatorNameIndex {
  /** Ids of the operators the text names, in order of first mention; [] when none is known. */
  idsFor(name: string): string[];
  /** The company an operator id belongs to: one key for "kestrel" and "kestrel-data-centers". */
  companyOf(id: string): string;
  /** Ids of the operators the whole text names ("Kestrel", "Kestrel Corp."), none for "Kestrel Atlanta". */
  wholeNameIds(name: string): readonly string[];
  /** Every operator id of that company, the id itself included. */
  siblingsOf(id: string): readonly string[];
}

/**
 * Operator keys → ids: `strong` for every name and alias (and the id as words), `weak` for the
 * first word of a multi-word name. Built from the operators, or adopted as stored (the resolver's
 * persisted tables), so a woken worker does not normalise every operator name again.
 */
export interface OperatorNameTables {
  strong: ReadonlyMap<string, readonly string[]>;
  weak: ReadonlyMap<string, readonly string[]>;
}

export function operatorNameTables(operators: readonly Pick<Operator, 'id' | 'name' | 'aliases'>[]): OperatorNameTables {
  const strong = new Map<string, string[]>();
  // The first word of a multi-word name ("Amazon" of "Amazon Web Services"), used only when it
  // names exactly one operator and nothing stronger matched.
  const weak = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, id: string) => {
    if (!key) return;
    const ids = map.get(key);
    if (!ids) map.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  };
  for (const op of operators) {
    for (const name of [op.name, ...op.aliases]) {
      const key = operatorKey(name);
      add(strong, key, op.id);
      // Datasets file one company as "Kestrel", "Kestrel Data Centers" and "Kestrel Datacenters":
      // news writes "Kestrel", which names all three.
      const core = key.replace(TRADE_SUFFIX, '');
      if (core !== key && core.length >= 3 && !countryByName(core)) add(strong, core, op.id);
    }
    add(strong, operatorKey(op.id.replace(/-/g, ' ')), op.id);
    const words = operatorKey(op.name).split(' ');
    if (words.length > 1 && words[0].length >= 3) add(weak, words[0], op.id);
  }
  return { strong, weak };
}

export function operatorNameIndexOver({ strong, weak }: OperatorNameTables): OperatorNameIndex {
  function lookupPart(part: string): readonly string[] {
    const words = operatorKey(part).split(' ').filter(Boolean);
    // Longest known prefix: "Alibaba Cloud Intelligence" → "alibaba cloud".
    for (let n = words.length; n >= 1; n--) {
      const ids = strong.get(words.slice(0, n).join(' '));
      if (ids) return ids;
    }
    const weakIds = words.length ? weak.get(words[0]) : undefined;
    return weakIds && weakIds.length === 1 ? weakIds : [];
  }

  const companies = new Map<string, string>();
  function companyOf(id: string): string {
    let c = companies.get(id);
    if (c === undefined) {
      const core = operatorKey(id.replace(/-/g, ' ')).replace(TRADE_SUFFIX, '');
      c = strong.get(core)?.includes(id) ? core : id;
      // "Cogent" and "Cogent Communications" are one company (see shortAndLong).
      if (shortAndLong(id).length > 0) c = operatorKey(id.replace(/-/g, ' ')).split(' ')[0];
      companies.set(id, c);
    }
    return c;
  }

  /**
   * "Cogent" and "Cogent Communications", "Turkcell" and "Turkcell Superonline": a company filed
   * under its one-word name and, by another dataset, under the one longer name that begins with it
   * (not a trade word: "Telecom" is many companies).
   */
  function shortAndLong(id: string): readonly string[] {
    const key = operatorKey(id.replace(/-/g, ' '));
    const words = key.split(' ');
    if (words.length === 1) {
      const longer = weak.get(key)?.filter((x) => x !== id) ?? [];
      return longer.length === 1 && !TRADE_WORDS.has(key) && strong.get(key)?.includes(id) ? longer : [];
    }
    const first = words[0];
    const longer = weak.get(first) ?? [];
    if (longer.length !== 1 || longer[0] !== id || TRADE_WORDS.has(first)) return [];
    return (strong.get(first) ?? []).filter((x) => x !== id && !operatorKey(x.replace(/-/g, ' ')).includes(' '));
  }

  const siblings = new Map<string, readonly string[]>();
  function siblingsOfId(id: string): readonly string[] {
    const c = companyOf(id);
    const all = (strong.get(c) ?? []).filter((x) => companyOf(x) === c);
    const same = all.includes(id) ? all : [id];
    const more = shortAndLong(id).filter((x) => !same.includes(x));
    return more.length ? [...same, ...more] : same;
  }

  return {
    companyOf,
    siblingsOf(id: string): readonly string[] {
      let ids = siblings.get(id);
      if (!ids) siblings.set(id, (ids = siblingsOfId(id)));
      return ids;
    },
    wholeNameIds: (name: string) => strong.get(operatorKey(name)) ?? [],
    idsFor(name: string): string[] {
      const whole = strong.get(operatorKey(name));
      if (whole) return [...whole];
      const out: string[] = [];
      for (const part of name.split(PART_SEPARATOR)) {
        if (!part.trim()) continue;
        for (const id of lookupPart(part)) if (!out.includes(id)) out.push(id);
      }
      return out;
    },
  };
}
