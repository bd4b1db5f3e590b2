/**
 * What a clause says its subject is: "The second project on the agenda was a new fire station",
 * "The second project is an expansion of AirTrunk's JHB2". Shared by the acceptance of ordinal
 * phrases and by ordinals read from predicates: a counter over a list ("the second project") is
 * neither a facility nor a facility's ordinal when its own clause calls it something else, or
 * names the facility it counts.
 */

/**
 * The subject's own copula, a few words after it, and the thing it is said to be (an article first:
 * "is a solar farm", not "is already being used"), up to the clause's end.
 */
const COPULA_COMPLEMENT = /^[^,;:.]{0,40}?\s(?:is|was|will be|would be)\s+((?:an?|the)\s[^,;:.]*)/i;

/** What a data center is said to be: a data-center word, a size in power, compute. */
const DC_WORDS = /\b(?:data[- ]?cent(?:er|re)s?|datacent(?:er|re)s?|campus(?:es)?|facilit(?:y|ies)|servers?|hyperscale\w*|colocation|AI|MW|GW|megawatts?|gigawatts?|GPUs?|compute|computing|cloud|region)\b/i;

export interface Complement {
  /** Offset in the text given where the complement starts. */
  start: number;
  end: number;
  /** It says data center: a data-center word, megawatts, GPUs. */
  dc: boolean;
}

/** What `after` (the text right after a subject, to its sentence's end) says the subject is, or null when no copula follows it. */
export function copulaComplement(after: string): Complement | null {
  const said = COPULA_COMPLEMENT.exec(after);
  if (!said) return null;
  const end = said[0].length;
  return { start: end - said[1].length, end, dc: DC_WORDS.test(said[1]) };
}
