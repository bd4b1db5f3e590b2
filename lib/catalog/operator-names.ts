/**
 * Operator names as news writes them → catalog operator ids. "Microsoft Corp.", "Alibaba's",
 * "SK Telecom Co. and Amazon Web Services Inc.", "Alibaba Group (Alibaba Cloud)".
 */
import type { Operator } from './schema';
import { operatorKey } from './text-key';

/** Partners are joined with "and", "&", commas, slashes or "with"; parentheses add another name. */
const PART_SEPARATOR = /\s*(?:[,;/+()]|&|\band\b|\bwith\b)\s*/i;

export interface OperatorNameIndex {
  /** Ids of the operators the text names, in order of first mention; [] when none is known. */
  idsFor(name: string): string[];
}

export function buildOperatorNameIndex(operators: readonly Pick<Operator, 'id' | 'name' | 'aliases'>[]): OperatorNameIndex {
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
    for (const name of [op.name, ...op.aliases]) add(strong, operatorKey(name), op.id);
    add(strong, operatorKey(op.id.replace(/-/g, ' ')), op.id);
    const words = operatorKey(op.name).split(' ');
    if (words.length > 1 && words[0].length >= 3) add(weak, words[0], op.id);
  }

  function lookupPart(part: string): string[] {
    const words = operatorKey(part).split(' ').filter(Boolean);
    // Longest known prefix: "Alibaba Cloud Intelligence" → "alibaba cloud".
    for (let n = words.length; n >= 1; n--) {
      const ids = strong.get(words.slice(0, n).join(' '));
      if (ids) return ids;
    }
    const weakIds = words.length ? weak.get(words[0]) : undefined;
    return weakIds && weakIds.length === 1 ? weakIds : [];
  }

  return {
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
