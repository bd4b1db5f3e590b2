import type { WorldRegion } from '../catalog/schema';

export interface CountryRecord {
  /** ISO 3166-1 alpha-2, upper case. */
  code: string;
  /** Short English name as news writes it ("South Korea", "United States"). */
  name: string;
  /** ISO long/short forms plus news spellings ("U.S.", "UAE", "Korea"). */
  aliases: readonly string[];
  worldRegion: WorldRegion;
}
