/** Finds names/aliases shared by several sites and checks them against ambiguous-aliases.ts. */
import type { AmbiguousAlias } from '../ambiguous-aliases';
import { cmp, normaliseAlias } from './text';

export interface NamedSite {
  id: string;
  name: string;
  aliases?: string[];
}

/** Normalised name or alias -> ids of the sites that carry it (sorted), for those shared by 2+. */
export function sharedAliases(sites: NamedSite[]): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const s of sites) {
    for (const a of [s.name, ...(s.aliases ?? [])]) {
      const k = normaliseAlias(a);
      if (!owners.has(k)) owners.set(k, new Set());
      owners.get(k)!.add(s.id);
    }
  }
  const out = new Map<string, string[]>();
  for (const [k, ids] of [...owners].sort(([a], [b]) => cmp(a, b))) if (ids.size > 1) out.set(k, [...ids].sort());
  return out;
}

/** Shared aliases that the allow-list does not cover exactly (same alias, same set of sites). */
export function unlistedSharedAliases(sites: NamedSite[], allowed: AmbiguousAlias[]): { alias: string; siteIds: string[] }[] {
  const listed = new Map(allowed.map((a) => [a.alias, [...a.siteIds].sort().join(' ')]));
  const problems: { alias: string; siteIds: string[] }[] = [];
  for (const [alias, ids] of sharedAliases(sites)) {
    if (listed.get(alias) !== ids.join(' ')) problems.push({ alias, siteIds: ids });
  }
  return problems;
}

/** Drops aliases that repeat the site's own name or another alias once normalised. */
export function tidyAliases(name: string, aliases: string[]): string[] {
  const seen = new Set([normaliseAlias(name)]);
  const out: string[] = [];
  for (const a of aliases) {
    const k = normaliseAlias(a);
    if (!k || seen.has(k)) continue;
    seen.add(k);
    out.push(a.trim());
  }
  return out;
}
