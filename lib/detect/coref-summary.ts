/**
 * What a cluster of mentions already says (sites, ordinals, names, places, companies, sizes), and
 * whether a newcomer conflicts with it: the test every coreference rule asks before joining.
 */
import { spaceNonWords } from './cheap-regexp';
import { newsOrdinal } from './facts/ordinal';
import type { CorefItem } from './coref';
import { companiesDiffer, type CompanyKey } from './coref-namesakes';

/**
 * What a cluster already says, to check a newcomer against all members at once. Read-only outside
 * addMember: an empty field is a shared empty set or list, and a set or list is made on its first
 * value (most clusters are one mention saying two or three things).
 */
export interface Summary {
  entityIds: ReadonlySet<string>;
  ordinals: ReadonlySet<string>;
  names: ReadonlySet<string>;
  places: ReadonlyArray<{ key: string; country: string | null; isCountry: boolean; admin: string | null; isAdmin: boolean; isArea: boolean }>;
  operatorIds: ReadonlySet<number>;
  operatorKeys: ReadonlySet<string>;
  ownCapacities: readonly number[];
  /** Sentence number of the latest member. */
  lastSentence: number;
  /** Where its first member starts. */
  firstAt: number;
  /** Its first mention brought it in as a new one ("… also plans a new 300 MW facility"). */
  introduced: boolean;
  /** Whether its members are cloud regions (null while it has none). */
  region: boolean | null;
  /** One of its members is a campus. */
  campus: boolean;
  /** The companies the text itself gives its members. */
  textCompanies: readonly CompanyKey[];
}

/** "6th" and "sixth" are one ordinal. */
export const ordinalKey = (x: string) => newsOrdinal(x).toLowerCase();
/** A facility name as a key; "Project Bluebonnet" and "the Bluebonnet site" are one code name. */
export const norm = (x: string) => spaceNonWords(x.toLowerCase()).trim().replace(/^project (?=\S)/, '');
/**
 * Whether m may join the cluster c: nothing it says (site, ordinal, name, own size, place, company)
 * conflicts with what c says. `strong` is how m points at c: an apposition, its name, its place.
 */
export function compatible(m: CorefItem, c: Summary, strong: 'apposition' | 'name' | 'place' | false): boolean {
  if (namesake(m, c)) return false;
  // "Google's Council Bluffs campus serves its us-central1 region": a campus holds or serves the
  // region the catalog or the text names, it is not that region, unless an apposition says so.
  if (strong !== 'apposition' && regionBesideCampus(m, c)) return false;
  if (m.entityId && c.entityIds.size && !c.entityIds.has(m.entityId)) return false;
  if (m.ordinal && c.ordinals.size && !c.ordinals.has(ordinalKey(m.ordinal))) return false;
  // "… campus in Hanau, which it calls Kestrel. Data4's Hanau campus …": a name that is the
  // cluster's own town names it no differently.
  if (m.name && c.names.size && !c.names.has(norm(m.name)) && !c.places.some((p) => p.key === norm(m.name!))) return false;
  // "a 12MW facility by A; an 80MW facility by B": sizes written into two mentions tell them apart.
  if (m.ownCapacity !== null && strong !== 'name' && c.ownCapacities.some((x) => Math.abs(x - m.ownCapacity!) > 0.02 * Math.max(x, m.ownCapacity!))) return false;
  if (m.placeKey && !m.placeIsArea) {
    for (const p of c.places) {
      if (p.key === m.placeKey || p.isArea) continue;
      const nested =
        // A place the gazetteer does not know ("Pelican Way", "Torokbalint") may lie inside one it knows.
        (strong !== false && (!m.placeCountry || !p.country) && m.placeLevel >= 2) ||
        ((p.isCountry || m.placeIsCountry) && !!p.country && p.country === m.placeCountry) ||
        // "SG5 in Tanjong Kling, its fifth data centre in Singapore": a town the gazetteer does not
        // know, in an entity that another mark places in that country, lies in that country.
        (m.placeIsCountry && !p.country && !!m.placeCountry && c.places.some((q) => q.country === m.placeCountry)) ||
        ((p.isAdmin || m.placeLevel === 2) && !!p.admin && p.admin === m.placeAdmin);
      // An apposition names one thing twice: "Stargate Abilene, its campus in Texas" conflicts
      // only when both places are of one level or lie in different countries.
      const sameLevel = p.isCountry === m.placeIsCountry && p.isAdmin === (m.placeLevel === 2);
      const apart = !!p.country && !!m.placeCountry && p.country !== m.placeCountry;
      if (!nested && (strong !== 'apposition' || sameLevel || apart)) return false;
    }
  }
  // "Microsoft's France Central region … Oracle's France Central region": providers name their
  // regions after the same geography, and a region has one provider, not partners.
  if (strong === 'name' && (m.kind === 'region' || c.region) && m.operatorIds.length && c.operatorIds.size && !m.operatorIds.some((x) => c.operatorIds.has(x))) return false;
  // Partners differ from sentence to sentence ("OpenAI's Stargate", "Crusoe's Abilene campus"): a
  // different company only keeps apart mentions that share nothing stronger than proximity.
  if (strong === 'name' || strong === 'apposition') return true;
  if (m.operatorIds.length && c.operatorIds.size && !m.operatorIds.some((x) => c.operatorIds.has(x))) return false;
  // "Kitaboshi Cloud will open a data center in Ishikari … Sakura Internet opened its Ishikari
  // facility": a company the lexicon does not know is a company too, apart from one it knows.
  if (m.operatorKey && c.operatorKeys.size && !m.operatorIds.some((x) => c.operatorIds.has(x)) && !sameCompanyKey(m.operatorKey, c.operatorKeys)) return false;
  // "… the Mesa data center, which opened in 2024. The corridor also holds Google's Mesa campus":
  // a company the article names first after a facility it left unowned did not own that one.
  if (m.operatorIds.length && !c.operatorIds.size && !c.operatorKeys.size && m.companyFirstAt > c.firstAt) return false;
  if (strong === 'place') return true;
  if (m.operatorIds.length && c.operatorIds.size && !m.operatorIds.some((x) => c.operatorIds.has(x))) return false;
  if (!m.operatorIds.length && !c.operatorIds.size && m.operatorKey && c.operatorKeys.size && !sameCompanyKey(m.operatorKey, c.operatorKeys)) return false;
  return true;
}

/**
 * "Cardinal Land Partners filed plans for Project Loon … An unrelated project with the same code
 * name, Google's Project Loon in Hermantown": the name is the cluster's, but the sentence says it is
 * another's too, and the company the text gives it is none of the cluster's.
 */
function namesake(m: CorefItem, c: Summary): boolean {
  if (!m.anotherOfName || !m.textCompany) return false;
  const sameName = (!!m.name && c.names.has(norm(m.name))) || (!!m.entityId && c.entityIds.has(m.entityId));
  if (!sameName) return false;
  // "In an unrelated filing, Prairie Sky Holdings used the same code name": another project, unless
  // the cluster is that company's; "its own Project Loon": only when the cluster's company is another.
  if (c.textCompanies.length === 0) return m.anotherOfName === 'plainly';
  return c.textCompanies.every((x) => companiesDiffer(m.textCompany!, x));
}

/**
 * "vrelo" and "vrelo energy": a company's short name is the start of its full one. "stt" and "stt gdc"
 * for "ST Telemedia Global Data Centres": its letters begin the full name's initials.
 */
function sameCompanyKey(key: string, keys: ReadonlySet<string>): boolean {
  if (keys.has(key)) return true;
  for (const k of keys) if (k.startsWith(`${key} `) || key.startsWith(`${k} `) || initialsOf(k, key) || initialsOf(key, k)) return true;
  return false;
}

/** `short`, spaces aside, is three or more letters that begin `long`'s initials (short words kept whole: "st", "ai"). */
function initialsOf(long: string, short: string): boolean {
  const letters = short.replace(/ /g, '');
  if (letters.length < 3 || !/^[a-z]+$/.test(letters)) return false;
  const words = long.split(' ');
  if (words.length < 2) return false;
  const initials = words.map((w) => (w.length <= 3 ? w : w[0])).join('');
  return initials.startsWith(letters);
}

/** m is a named cloud region and c a campus, or m a campus and c a named region. */
function regionBesideCampus(m: CorefItem, c: Summary): boolean {
  if (m.kind === 'region') return !!(m.entityId || m.name) && c.campus;
  return m.kind === 'campus' && c.region === true && (c.entityIds.size > 0 || c.names.size > 0);
}

/** Adds m's facts to what its cluster says. */
export function addMember(c: Summary, m: CorefItem): void {
  if (m.entityId) c.entityIds = withValue(c.entityIds, m.entityId);
  if (m.ordinal) c.ordinals = withValue(c.ordinals, ordinalKey(m.ordinal));
  if (m.name) c.names = withValue(c.names, norm(m.name));
  if (m.placeKey && !c.places.some((p) => p.key === m.placeKey)) c.places = withItem(c.places, { key: m.placeKey, country: m.placeCountry, isCountry: m.placeIsCountry, admin: m.placeAdmin, isAdmin: m.placeLevel === 2, isArea: !!m.placeIsArea });
  for (const id of m.operatorIds) c.operatorIds = withValue(c.operatorIds, id);
  if (m.operatorKey) c.operatorKeys = withValue(c.operatorKeys, m.operatorKey);
  if (m.ownCapacity !== null) c.ownCapacities = withItem(c.ownCapacities, m.ownCapacity);
  c.lastSentence = m.sentenceNo;
  c.firstAt = Math.min(c.firstAt, m.start);
  c.region ??= m.kind === 'region';
  if (m.kind === 'campus') c.campus = true;
  if (m.textCompany) c.textCompanies = withItem(c.textCompanies, m.textCompany);
}

/** The set with v added: a new set in place of the shared empty one, else the cluster's own. */
function withValue<T>(set: ReadonlySet<T>, v: T): ReadonlySet<T> {
  if (set.size === 0) return new Set([v]);
  (set as Set<T>).add(v);
  return set;
}

/** The list with v appended: a new list in place of the shared empty one, else the cluster's own. */
function withItem<T>(list: readonly T[], v: T): readonly T[] {
  if (list.length === 0) return [v];
  (list as T[]).push(v);
  return list;
}

const NO_STRINGS: ReadonlySet<string> = new Set();
const NO_NUMBERS: ReadonlySet<number> = new Set();
const NO_ITEMS: readonly never[] = [];

/** Shares an operator with the cluster, or names none (the company is the article's). */
export function sameCompany(m: CorefItem, c: Summary): boolean {
  return m.operatorIds.length === 0 || m.operatorIds.some((x) => c.operatorIds.has(x));
}

export function emptySummary(sentenceNo: number, introduced = false): Summary {
  return { entityIds: NO_STRINGS, ordinals: NO_STRINGS, names: NO_STRINGS, places: NO_ITEMS, operatorIds: NO_NUMBERS, operatorKeys: NO_STRINGS, ownCapacities: NO_ITEMS, lastSentence: sentenceNo, firstAt: Infinity, introduced, region: null, campus: false, textCompanies: NO_ITEMS };
}
