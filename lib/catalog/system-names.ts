/**
 * A machine's own name, which news writes alone: GPU datasets file a supercomputer under the
 * institution that runs it ("AIST ABCI 3.0", "University of Bristol Isambard-AI", "KAUST
 * Shaheen-III"), news says "ABCI 3.0", "Isambard-AI". One definition for the detector's lexicon
 * (from-catalog.ts) and the resolver's names (resolve.ts), so a name the detector marks is one the
 * resolver knows.
 */

/** An institution before the system's name: an acronym ("AIST", "KAUST") or "University of X". */
const INSTITUTION = /^(?:\p{Lu}{2,6}|University of \p{Lu}\p{L}+)\s+(.+)$/u;

/**
 * Shaped like a system's name, not a description: a number or a hyphen in a word ("ABCI 3.0",
 * "Wilkes-3", "Lonestar6"), or a word in capitals of four letters or more ("JURECA").
 */
const SYSTEM_WORD = /^(?:.*[\p{L}][-\d].*|.*\d.*|\p{Lu}{4,})$/u;

/** Words that describe a machine rather than name it: "Supercomputer 2", "MI250 Cluster", "UltraClusters", "AI Data Center". */
const DESCRIPTIVE = new Set(['supercomputer', 'supercomputers', 'cluster', 'superpod', 'cloud', 'data', 'center', 'centre', 'factory', 'sandbox', 'internal', 'hgx', 'dgx', 'gpu', 'gpus', 'ai', 'corp', 'inc']);

const describes = (w: string) => DESCRIPTIVE.has(w.toLowerCase()) || /clusters?$/i.test(w);

export function systemNames(site: { name: string; gpus?: { count?: number; plannedCount?: number } }): string[] {
  if (!site.gpus?.count && !site.gpus?.plannedCount) return [];
  const m = INSTITUTION.exec(site.name.trim());
  if (!m) return [];
  const rest = m[1].trim();
  const words = rest.split(/\s+/);
  // A dataset's compound ("Wisteria/BDEC-01 (Aquarius)") is not how news writes either machine.
  if (words.length > 3 || /[/()]/.test(rest) || words.some(describes) || !words.some((w) => SYSTEM_WORD.test(w))) return [];
  return [rest];
}
