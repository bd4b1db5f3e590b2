/**
 * Acceptance: is a head-word phrase one specific data center? Each rule returns a named
 * confidence (0 = not a mention); the thresholds say how sure each kind of evidence makes it.
 */
import { forText, startsUpper, UnicodeRegExp } from './cheap-regexp';
import { Doc, someWithin, type Sentence } from './context';
import { subjectOf } from './facts/operator';
import { copulaComplement } from './facts/said-to-be';
import { type Phrase } from './phrase';
import { previousSentence } from './sentences';
import { HEADS } from './vocab';
import { foldOperatorName, hasFold } from './operator-fold';

export const DC_CONTEXT_CHARS = 2500;

/**
 * A named confidence: a phrase that may be a data center or something else of the same words
 * ("The Meta campus in Cheyenne employs 45 people": a data-center campus, or offices) is a
 * mention only when the catalog knows it (detect.ts drops it otherwise, after resolution).
 */
export const ONLY_IF_KNOWN = 0.55;


function hasWordBefore(doc: Doc, p: Phrase, words: RegExp): boolean {
  return words.test(doc.text.slice(p.start, p.headStart).toLowerCase());
}

/** 0 when the phrase is not a specific data-center mention, else a confidence. */
export function acceptPhrase(doc: Doc, p: Phrase, dcNear: boolean): number {
  if (p.nonDc || isCompanyName(doc, p) || isProgrammeName(doc, p) || namedPowerPlant(doc, p)) return 0;
  // "Every new data center in Virginia must …", "The average data center in Ireland uses …": a rule or
  // a statistic about any facility of a kind (LABELING: industry talk), unless it names one.
  if (p.quantified && !p.name && !p.siteHit) return 0;
  // "the largest loan ever for a single data center in Japan": a record measured against any one facility.
  if (!p.name && !p.siteHit && RECORD_FOR_ANY.test(doc.text.slice(p.sentence.start, p.start))) return 0;
  // A world area before the head ("APAC data center") is vague; after it ("in Asia-Pacific") it still places it.
  // An area inside one country ("Northern Virginia", "Loudoun County") is as specific as a state.
  const place = !!(p.place || (p.prePlace && (p.prePlace.kind !== 'area' || !!p.prePlace.country)));
  const identifying = !!(p.ordinal || p.capacityMW || p.gpus || p.money || place || p.operator || p.name || p.siteHit);
  // "a sprawling data center campus": a weak head after a data-center word is as specific as the strong head.
  if (!identifying) return (p.head.strong || p.dcModifier) && (introducedByBuilder(doc, p) || introducedAsWork(doc, p)) ? 0.7 : 0;
  const head = p.head;
  if (listCounter(doc, p, place)) return 0;
  // "Lenders provided a $1.5 billion facility to fund …": a sum of money lent is a credit facility.
  if (p.money && !p.dcModifier && !(place || p.ordinal || p.capacityMW || p.gpus || p.operator || p.name || p.siteHit) && LENDING.test(doc.text.slice(p.sentence.start, p.sentence.end))) return 0;
  // "Not long ago a 100MW data center counted as huge": a size alone, in a sentence about no
  // company and no place, describes a kind of facility, not one.
  const sizeOnly = !place && !p.ordinal && !p.money && !p.operator && !p.name && !p.siteHit && !p.pronounOwner;
  // "FRA16, a 54-megawatt facility": a size in apposition to a facility code describes that facility.
  const beforeSize = doc.text.slice(Math.max(p.sentence.start, p.start - 20), p.start);
  const afterCode = forText(CODE_COMMA, beforeSize).test(beforeSize);
  if (sizeOnly && p.indefinite && p.sentence.operators.length === 0 && p.sentence.places.length === 0 && !afterCode && !subjectIsOrg(doc, p.sentence)) return 0;
  if (head.strong && head.kind !== 'region') return place || p.ordinal || p.siteHit ? 0.9 : 0.75;
  if (head.kind === 'region') {
    // A cloud region belongs to a provider; "the Asia-Pacific region" is a place, not a region.
    const regionOp = (ops: number[]) => ops.some((k) => doc.index.operators.hasRegions[k] === 1);
    const ownOp = !!(p.operator && regionOp(p.operator.ops));
    const cloudWord = hasWordBefore(doc, p, /\b(cloud|infrastructure|availability|azure)\b/);
    const cloudy = ownOp || !!p.siteHit || cloudWord || cloudOperatorNear(doc, p) || regionsNear(doc, p.headStart);
    if (!cloudy) return 0;
    // "Spain's Aragón region", "the Kanto region", "India's Mumbai Metropolitan Region": a part of a
    // country named as such is a place, even with a provider in the sentence; a provider's own
    // region says whose it is ("AWS's Ohio region", "its Querétaro region").
    if (!ownOp && !p.pronounOwner && !p.siteHit && !cloudWord && geographicRegion(doc, p)) return 0;
    const onlyArea = !p.siteHit && !p.name && ((p.place?.place?.kind === 'area' && !p.prePlace) || (p.prePlace?.kind === 'area' && !p.place));
    if (onlyArea || !(place || p.siteHit || p.ordinal || p.name)) return 0;
    return ownOp || p.siteHit ? 0.85 : 0.75;
  }
  const headLow = doc.text.slice(p.headStart, p.headEnd).toLowerCase();
  // "a 40MW AI factory in Torrance": the head says what it computes; placed or sized, it is one.
  const aiFactory = headLow === 'ai factory' && !!(place || p.capacityMW || p.gpus || p.name || p.siteHit);
  if (!(p.dcModifier || dcNear || aiFactory || computeCampus(doc, p))) return 0;
  // "Tesla is building a battery gigafactory in Hanau; Tesla's Hanau site will employ 2,000": a weak
  // head after a plant of another kind, in a sentence with no data-center word, is that plant.
  if (!p.dcModifier && !p.siteHit && !p.name && anotherKindOfPlantBefore(doc, p)) return 0;
  // A company's campus said to employ people: the catalog tells offices from a data center.
  if (headLow === 'campus' && officeCampus(doc, p)) return p.operator?.ops.length ? ONLY_IF_KNOWN : 0;
  // "a new data center building in Quincy", "Microsoft's sixth Quincy building" name one; "the first
  // building", "a 60MW building", "the company's fourth building" are parts of a campus, or anything.
  if (/^buildings?$/.test(headLow) && !(p.dcModifier || p.name || p.siteHit || (p.prePlace && p.prePlace.kind !== 'area' && p.operator))) return 0;
  if (/^(project|complex|scheme)$/.test(headLow) && !(p.dcModifier || p.name || p.siteHit || p.capacityMW || p.gpus || p.money || place || p.ordinal)) return 0;
  // "Manassas National Battlefield Park", "Vrelo Rack Centre": capitalised in running text, a proper name of something else.
  if (/^(park|center|centre)$/.test(headLow) && startsUpper(doc.text, p.headStart) && !p.sentence.title) return 0;
  if (headLow === 'park' && !p.dcModifier) return 0;
  if (/^(center|centre)$/.test(headLow) && !p.dcModifier && !(p.prePlace && p.prePlace.kind !== 'area')) return 0;
  if (/^(cluster|supercomputer|supercluster)$/.test(headLow) && !(p.gpus || p.name || p.siteHit || place || p.capacityMW || p.money)) return 0;
  // A weak head owned only by a company that is not a data-center operator we know ("Apple's campus").
  if (!p.dcModifier && !place && !p.ordinal && !p.capacityMW && !p.gpus && !p.money && !p.name && !p.siteHit && !(p.operator && p.operator.ops.length)) return 0;
  return p.dcModifier ? 0.85 : 0.7;
}

/** Plants of other kinds than a data center (power plants are namedPowerPlant's; an "AI factory" is a data center). */
const OTHER_PLANT = /\b(?<!\bai )(?:gigafactory|gigafactories|factory|factories)\b|\b(?:fab|fabs|foundry|foundries|mine|refinery|smelter|warehouse|distribution (?:centre|center)|assembly plant|office (?:complex|building|campus)|headquarters|hospital|school|university)\b/i;

function anotherKindOfPlantBefore(doc: Doc, p: Phrase): boolean {
  const s = p.sentence;
  if (s.heads.some((h) => HEADS[h.ref].strong)) return false;
  return OTHER_PLANT.test(doc.text.slice(s.start, p.start));
}

/**
 * "The second project on the agenda was a new fire station", "The third project in the county's
 * pipeline is a solar farm": an ordinal with nothing else to identify a facility, said by its
 * own clause to be something that is no data center, counts items of a list (of votes, of
 * projects), not an operator's facilities. Said to be a facility the clause names ("… is an
 * expansion of AirTrunk's JHB2"), the named one is the mention.
 */
function listCounter(doc: Doc, p: Phrase, place: boolean): boolean {
  if (!p.ordinal || !p.definite || p.head.strong || p.dcModifier || p.name || p.siteHit || p.operator || p.pronounOwner || place) return false;
  if (p.capacityMW || p.gpus || p.money) return false;
  const said = copulaComplement(doc.text.slice(p.end, p.sentence.end));
  if (!said) return false;
  // "The second project is an expansion of AirTrunk's JHB2": the facility it counts is named there.
  return !said.dc || p.sentence.sites.some((h) => h.start >= p.end + said.start && h.end <= p.end + said.end);
}

/**
 * A name followed by a power plant's name or kind: capitalised words ending in an energy word
 * ("Cascade Advanced Energy Facility", "Hermes Generating Station", "Tarnby Solar Project") or a
 * plant's kind in lower case ("Cascade nuclear plant", "Tarnby gas-fired power plant", "Tarnby small
 * modular reactor"). "Hyperion will draw power from …" says nothing of what Hyperion is.
 */
const POWER_AFTER = /^[ \t\u00a0]+(?:(?:[A-Z][\w-]*[ \t\u00a0]+){0,2}?(?:Energy|Generating|Power|Nuclear|Solar|Wind|Hydro\w*|Geothermal|Battery|Storage|Reactors?|Substation)\b|(?:nuclear|solar|wind|coal|gas|gas-fired|hydro\w*|geothermal|battery)(?:[ \t\u00a0]+power)?[ \t\u00a0]+(?:plant|station|farm|project|facility|reactors?)\b|small modular reactor)/;
/** A name followed by a data-center word: the article makes the name a facility of ours. */
const DC_AFTER = /^[ \t\u00a0]+(?:[\w-]+[ \t\u00a0]+){0,2}?(?:data[ -]?cent(?:er|re)s?|datacent(?:er|re)s?|campus|ai factory|server farm)\b/i;

/**
 * "the Cascade Advanced Energy Facility … The Cascade facility will supply 320 MW to Amazon's data
 * center": a name the article gives a power plant keeps that kind in a later "the NAME facility /
 * project / site" (LABELING: power plants are never mentions), unless the article also calls the
 * name a data center.
 */
function namedPowerPlant(doc: Doc, p: Phrase): boolean {
  // "The Cascade facility": a town's name may be the plant's name too.
  const name = p.name ?? (p.definite && !p.operator && p.prePlace?.kind === 'city' ? p.prePlace.text : null);
  if (!name || p.head.strong || p.dcModifier || p.siteHit || /\d/.test(name)) return false;
  // Once per name and page: a long page names the same few things in hundreds of phrases.
  let known = powerNames.get(doc);
  if (!known) powerNames.set(doc, (known = new Map()));
  let answer = known.get(name);
  if (answer === undefined) known.set(name, (answer = namesPowerPlant(doc.text, name)));
  return answer;
}

const powerNames = new WeakMap<Doc, Map<string, boolean>>();

function namesPowerPlant(text: string, name: string): boolean {
  let power = false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const after = text.slice(at + name.length, at + name.length + 80);
    if (DC_AFTER.test(after)) return false;
    power ||= POWER_AFTER.test(after);
  }
  return power;
}

/** Words of a loan: a "facility" beside them is the lenders'. */
const LENDING = /\b(?:lenders?|banks?|loans?|financ\w*|refinanc\w*|borrow\w*|debt|credit|bonds?|tranches?|matur\w*|syndicat\w*|arranged|led by)\b/i;

const RECORD_FOR_ANY = /\b(?:largest|biggest|most|highest|record)\b.*\b(?:for|in|on|at|to) a single\s+$/i;

/** Words of compute capacity: what an AI campus is leased, built or filled for. */
const COMPUTE_WORDS = /\b(?:GPUs?|graphics processing units|accelerators|colocation|hyperscalers?|AI (?:cloud|compute|infrastructure|training|workloads?)|compute capacity|servers?|racks?)\b/;

/**
 * "a lease for 150MW at Ostavik's ATL4 campus … will host 100,000 GPUs": trade news about AI
 * capacity may never write "data center". A campus, site or facility with its own code, name or
 * megawatts in a sentence (or the one after it) about GPUs, colocation or AI compute is one.
 */
/** What an office, university or hospital campus is called, or does, in its own clause. */
const OFFICE_NAME = /\b(?:HQ\d*|headquarters|university|college|school|hospital|clinic|medical|corporate|office|engineering|research)\b/i;
const OFFICE_CLAUSE = /^[^;.]{0,80}?\b(?:employs?|employees|staff|workers|offices?|engineers|researchers|students|research (?:lab|labs|centre|center)|hosts (?:its|the) (?:[\w-]+ ){0,3}?(?:lab|labs|team|teams|headquarters))\b/i;

/**
 * "its HQ2 campus in Arlington", "Apple's new campus in Austin will employ 5,000 people", "The
 * University of Texas campus": a campus of offices, a university or a hospital, in an article
 * about data centers, is none. Its own size, GPUs or catalog name would say otherwise.
 */
function officeCampus(doc: Doc, p: Phrase): boolean {
  if (p.dcModifier || p.capacityMW || p.gpus || p.siteHit) return false;
  const before = doc.text.slice(Math.max(p.sentence.start, p.start - 40), p.headStart);
  return OFFICE_NAME.test(before) || OFFICE_CLAUSE.test(doc.text.slice(p.end, p.sentence.end));
}

function computeCampus(doc: Doc, p: Phrase): boolean {
  if (!(p.capacityMW || p.gpus || p.name || p.siteHit) || p.head.kind === 'region') return false;
  if (!/^(?:campus|site|facility|facilities|cluster)$/i.test(doc.text.slice(p.headStart, p.headEnd))) return false;
  const s = p.sentence;
  const next = doc.sentenceAt(s.end + 1);
  const text = doc.text.slice(s.start, next && next !== s && next.start - s.end < 3 ? next.end : s.end);
  return COMPUTE_WORDS.test(text) && /\b\d[\d,.]*\s*(?:MW|GW|megawatts?|gigawatts?)\b|\bGPUs?\b/i.test(text);
}

/** Verbs by which a company brings one facility into an article. */
const BUILDS = /\b(?:build|builds|building|built|construct\w*|open|opens|opened|opening|launch\w*|unveil\w*|plan|plans|planned|planning|propos\w*|develop|develops|developing|acquir\w*|buy|buys|bought|invest\w*|break\w* ground|broke ground|complet\w*|commission\w*|start\w*|begin|begins|began|set up|sets up|establish\w*|announc\w*|will add|to add|adds|added)\b/i;

/**
 * "Kestrel will build a new AI data center", "Vrelo proposed another data center":
 * an indefinite data-center phrase that a named company builds, opens or plans is one facility.
 */
function introducedByBuilder(doc: Doc, p: Phrase): boolean {
  const before = doc.text.slice(p.sentence.start, p.start);
  if (!(p.indefinite || /\banother\s*$/i.test(before) || /^another\b/i.test(doc.text.slice(p.start, p.headStart)))) return false;
  const subj = subjectOf(doc, p.sentence);
  if (subj?.kind !== 'org' || subj.org.start >= p.start) return false;
  return BUILDS.test(doc.text.slice(subj.org.end, p.start));
}

/** What is done to one planned facility: "construction of", "plans for", "turn … into", "be used for". */
const WORK_ON = /\b(?:construction|development|groundbreaking|building|plans?|proposals?|approval|permits?|rezoning|application|agreement|contract|deal|investment|used|turn(?:s|ed|ing)?\s+.{1,80}|transform(?:s|ed|ing)?\s+.{1,80}|convert(?:s|ed|ing)?\s+.{1,80})\s+(?:of|for|into|on)\s+(?:(?:an?|another)\s+)?$/i;

/**
 * "clearing the way for construction of a big data center campus", "the plot is to be used for a
 * new data center campus", "turn the mill into an AI data center": an
 * indefinite data-center phrase that a plan, a permit or a conversion is about is one facility.
 */
function introducedAsWork(doc: Doc, p: Phrase): boolean {
  const before = doc.text.slice(Math.max(p.sentence.start, p.start - 120), p.start);
  const one = p.indefinite || /\banother\s*$/i.test(before) || /^another\b/i.test(doc.text.slice(p.start, p.headStart));
  return one && WORK_ON.test(before);
}

function subjectIsOrg(doc: Doc, s: Sentence): boolean {
  const subj = subjectOf(doc, s);
  return subj !== null;
}

/** A page about cloud regions: "cloud region" or a catalog region named close by. */
function regionsNear(doc: Doc, pos: number): boolean {
  return (
    someWithin(doc.heads, pos, DC_CONTEXT_CHARS, (h) => HEADS[h.ref].kind === 'region' && HEADS[h.ref].strong) ||
    someWithin(doc.sites, pos, DC_CONTEXT_CHARS, (h) => doc.index.sites.kinds.at(h.ref) === 'region' && !h.needsContext)
  );
}

/** A region named as a part of a country: after the country's possessive, a state or province, or a metropolitan area. */
function geographicRegion(doc: Doc, p: Phrase): boolean {
  const before = doc.text.slice(p.start, p.headStart);
  if (/\b(?:metropolitan|greater|capital)\s+(?:area\s+)?$/i.test(before)) return true;
  const pre = p.prePlace;
  if (pre && (pre.kind === 'admin' || pre.kind === 'area')) return true;
  // "demand in the Oresund region", "vacancy across the Brenmoor Valley region": after a preposition of place, a
  // name that is no town the gazetteer knows nor a code ("GRA", "us-east") names an area; a provider's region there
  // is written its own ("its Oresund region"), new ("the new Oresund region") or with its town.
  if (!pre && forText(CAPITALISED_WORDS, before).test(before) && /\b(?:in|across|throughout|around|within|outside|beyond|near)\s+the\s+$/i.test(doc.text.slice(Math.max(p.sentence.start, p.start - 24), p.start))) return true;
  // "Spain's Aragón region", "France's Grand Est region": a country's possessive opens it.
  const tk = p.sentence.toks;
  return p.sentence.places.some((pl) => pl.kind === 'country' && pl.start >= p.start && pl.end < p.headStart && tk.poss(pl.last));
}

/** A cloud provider named in the phrase's sentence or the two before it. */
function cloudOperatorNear(doc: Doc, p: Phrase): boolean {
  const isCloud = (k: number) => doc.index.operators.hasRegions[k] === 1;
  if (p.sentence.operators.some((h) => isCloud(h.ref))) return true;
  let cur: [number, number] | null = [p.sentence.start, p.sentence.end];
  for (let n = 0; n < 2; n++) {
    const prev = previousSentence(doc.text, cur[0]);
    // Within its paragraph only: a provider in the menu item above is not this text's subject.
    if (!prev || /[\n\r\u2028\u2029]/.test(doc.text.slice(prev[1], cur[0]))) return false;
    cur = prev;
    if (doc.sentenceAt(cur[0]).operators.some((h) => isCloud(h.ref))) return true;
  }
  return false;
}

export const CODE_COMMA = new UnicodeRegExp(String.raw`\b\p{Lu}{2,}\d+\p{Lu}?\s*,\s*(?:an?\s+)?$`, 'u');
export const CAPITALISED_WORDS = new UnicodeRegExp(String.raw`^(?:\p{Lu}\p{Ll}[\p{L}’'.-]*\s+)+$`, 'u');
export const CAPITALISED_BEFORE = new UnicodeRegExp(String.raw`\p{Lu}[\p{L}-]*\s+$`, 'u');
export const CORPORATE_TAIL = new UnicodeRegExp(String.raw`^(?:\s+(?:and|&)\s+(?:\p{Lu}[\p{L}-]*\s+){1,3})?,?\s*(?:Co\.?,?\s*Ltd|Co\.|Ltd\b|Limited\b|Inc\b|LLC\b|Corp\b|Corporation\b|Pte\b|Sdn\b|Bhd\b|GmbH\b|PLC\b|S\.A\.)`, 'u');

const fold = foldOperatorName;

/**
 * "Nordhavn Global Data Centre", "Tarn Data Centres": the words from the operator to the
 * head are the company's own name, not one of its facilities.
 */
/** A company's act right after a name: "said", or a verb with its object ("opens fifth facility", "signed a deal"). */
const COMPANY_ACT = /^\s+(?:said|says|told|announced|announces|(?:opens|opened|launched|launches|signed|signs|raised|raises|acquired|acquires|unveiled|unveils|plans|planned|inaugurated|inaugurates|commissioned|commissions)\s+(?:a|an|the|its|their|new|\d[\d,.]*|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|another|plans?)\b)/i;

function isCompanyName(doc: Doc, p: Phrase): boolean {
  // "Ostavik Data Center and Hosting Co., Ltd.", "Tarn Data Center Sdn Bhd": a capitalised
  // head that runs on into a corporate suffix is a company's name.
  const head = doc.text.slice(p.headStart, p.headEnd);
  const tail = doc.text.slice(p.headEnd, p.headEnd + 60);
  if (startsUpper(head) && forText(CORPORATE_TAIL, tail).test(tail)) return true;
  // "Nusantara Data Center opens its fifth facility", "… Data Center said": a capitalised name that
  // acts as a company does (a verb that takes a company, then what it acted on) is the company.
  if (startsUpper(head) && p.name && COMPANY_ACT.test(doc.text.slice(p.headEnd, p.headEnd + 40))) return true;
  // "Nordhavn Global Data Centre" for the lexicon's "… Data Centres": a company written in the singular.
  if (startsUpper(head) && hasFold(doc.index.operators.folded, fold(doc.text.slice(p.start, p.headEnd).replace(/^.*['’]s\s+/u, '')))) return true;
  return p.sentence.operators.some((o) => {
    if (o.start < p.start || o.end > p.headStart) return false;
    const written = fold(doc.text.slice(o.start, p.headEnd));
    const name = fold(doc.index.operators.names.at(o.ref)!);
    return name === written || (name.startsWith(written + ' ') && written.length > fold(doc.text.slice(o.start, o.end)).length);
  });
}

/**
 * "Open Compute Project", "the Stargate Project": a capitalised "Project" after a capitalised name,
 * with no data-center word, names an initiative or an organisation ("Project X" is handled apart).
 */
function isProgrammeName(doc: Doc, p: Phrase): boolean {
  const head = doc.text.slice(p.headStart, p.headEnd);
  if (head !== 'Project' || p.sentence.title || p.siteHit || /data ?cent|datacent/i.test(doc.text.slice(p.start, p.headStart))) return false;
  const before = doc.text.slice(p.start, p.headStart);
  return forText(CAPITALISED_BEFORE, before).test(before);
}
