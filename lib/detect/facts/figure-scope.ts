/**
 * Whose figures a sentence after a facility's mention gives: the facility's (its build-out "in
 * total"), or another facility's that the sentence does not name ("The company's next project will
 * total 600 MW", "It also has 900 MW under construction elsewhere").
 */

/** "elsewhere", "in another state", "a separate campus", "its next project": a facility other than the one just named. */
const ANOTHER_FACILITY = /\b(?:elsewhere|(?:in|at) (?:another|a different|a separate) (?=)(?:state|country|city|town|county|region|province|market|location|site|campus|facility|project)|(?:another|a separate|a different|separate|(?:its|their|the company's|the company’s|the firm's|the firm’s) next) (?=)(?:[\w-]+ ){0,2}?(?=)(?:projects?|campus(?:es)?|sites?|facilit(?:y|ies)|data ?cent(?:er|re)s?|developments?))\b/i;

/**
 * "The company currently has a capacity of 250 MW in operation", "The firm operates 900 MW live": a
 * company as the subject, holding a figure in operation, is its fleet ("The Indian data centre firm"
 * names a company, not the facility). Not when the sentence puts the figure at the facility ("… at
 * the campus", "… there").
 */
const COMPANY_HOLDS = /^(?:the|its) (?=)(?:[\w’'-]+ ){0,4}?(?=)(?:firm|company|operator|provider|developer|group)(?:'s|’s)? (?=)(?:(?:currently|now|already|also|today) )?(?=)(?:has|had|owns|operates|runs|manages) [^.;]*\b(?:in operation|operational|in service|live|installed)\b/i;
const AT_THE_FACILITY = /\b(?:(?:at|in|on) (?:the|this|that) (?:[\w-]+ )?(?:campus|site|facility|data ?cent(?:er|re)|project|park)|there)\b/i;

export function aboutAnotherFacility(sentence: string): boolean {
  return ANOTHER_FACILITY.test(sentence) || (COMPANY_HOLDS.test(sentence) && !AT_THE_FACILITY.test(sentence));
}

/** The facility as the subject: "The campus", "This data center", "It" (after "In total," / "Overall,"). */
const FACILITY_SUBJECT = /^(?:(?:in total|overall|all told|altogether),? )?(?:it|(?:the|this) (?=)(?:[\w-]+ ){0,2}?(?=)(?:campus|facility|site|data ?cent(?:er|re)|project|development|complex|park|build))\b/i;
const TOTAL_WORDS = /\b(?:in total|overall)\b/gi;

/**
 * "In total, the campus will reach 300 MW", "The campus will reach 300 MW overall": said of the
 * facility, "in total" and "overall" are its full build-out, not a company's total. The sentence
 * without them, for a test of the company's scope; the sentence itself otherwise.
 */
export function withoutOwnTotal(sentence: string): string {
  return FACILITY_SUBJECT.test(sentence) ? sentence.replace(TOTAL_WORDS, '') : sentence;
}
