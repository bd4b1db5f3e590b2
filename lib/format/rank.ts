/** Where a site ranks within a place. */

export interface RankValue {
  rank: number;
  of: number;
}

/** "#2 of 7 by MW in Japan"; null when the rank is unknown or nonsensical. */
export function formatRank(rank: RankValue | null | undefined, metric: string, scopeLabel: string): string | null {
  if (!rank || !Number.isInteger(rank.rank) || !Number.isInteger(rank.of)) return null;
  if (rank.rank < 1 || rank.of < 1 || rank.rank > rank.of) return null;
  return `#${rank.rank} of ${rank.of} by ${metric} in ${scopeLabel}`;
}
