/**
 * Corrections appended to news pages: "Correction: An earlier version of this article said
 * Microsoft operates the Pryor data center. It is operated by Google." The company the retracted
 * sentence names is what was wrong; the facility's company is the one the correction gives.
 */
import { tokenIndexAt, type Doc } from './context';
import type { Draft } from './draft';
import { orgAt, type Org } from './facts/operator';

const RETRACTS = /\bearlier version of th(?:is|e) (?:article|story|report|post|piece)\b[^.;]*?\b(?:said|stated|reported|misidentified|misstated|misnamed|incorrectly|wrongly|erroneously)\b/i;

/** "It is operated by Google", "it belongs to H5", "The operator is CyrusOne": where the correct company starts. */
const CORRECT_COMPANY = /\b(?:(?:is|was) (?:operated|owned|run|developed|built) by|belongs to|belonged to|(?:the )?(?:operator|owner|developer) (?:is|was))\s+$/i;

/** The company of a mention in a retracted sentence: the correction's, else none (undefined: not a correction). */
export function correctedCompany(doc: Doc, d: Draft, org: Org | null): Org | null | undefined {
  const s = d.sentence;
  const sentence = doc.text.slice(s.start, s.end);
  const retraction = RETRACTS.exec(sentence);
  if (!retraction || s.start + retraction.index > d.start) return undefined;
  // The retracted company is only what the sentence itself gave; one from elsewhere stands.
  if (org && (org.start < s.start || org.start >= s.end)) return undefined;
  let next = s.end;
  while (next < doc.text.length && /\s/.test(doc.text[next])) next++;
  const later = next < doc.text.length ? doc.sentenceAt(next) : null;
  for (const t of later && later.start >= s.end ? [s, later] : [s]) {
    const tk = t.toks;
    // In the retracted sentence itself, only after "; it belongs to …": before it is what was wrong.
    let from = 0;
    if (t === s) {
      from = tk.length;
      for (let i = tokenIndexAt(tk, d.end - 1) + 1; i < tk.length; i++) {
        if (tk.text(i) === ';') {
          from = i + 1;
          break;
        }
      }
    }
    for (let i = from; i < tk.length; i++) {
      if (!CORRECT_COMPANY.test(doc.text.slice(Math.max(t.start, tk.start(i) - 40), tk.start(i)))) continue;
      const found = orgAt(doc.text, t, i);
      if (found) return found;
    }
  }
  // "… said Meta's data center was in Eagle Mountain. It is in Kuna.": what was wrong is the
  // place (or a size, a date); the company stands unless the retracted claim was about who runs it.
  return ABOUT_COMPANY.test(sentence.slice(retraction.index)) ? null : undefined;
}

/** A retracted claim about who runs, owns or builds the facility. */
const ABOUT_COMPANY = /\b(?:operat\w*|own(?:s|ed|er|ers|ership)?|runs?|belong\w*|develop(?:s|ed|er)|built|builds|misidentified|misnamed)\b/i;
