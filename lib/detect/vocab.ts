/**
 * Word lists of the descriptive grammar. Grouped by the role a word plays in a noun phrase, not by
 * the articles they were seen in.
 */
import type { SiteKind } from './types';

export interface HeadWord {
  /** As the matcher sees it (normalizeForMatch form). */
  phrase: string;
  kind: SiteKind;
  plural: boolean;
  /** Strong heads name a data center by themselves; weak heads (facility, site...) need context. */
  strong: boolean;
}

const head = (phrase: string, kind: SiteKind, strong: boolean, plural = false): HeadWord => ({ phrase, kind, strong, plural });

export const HEADS: HeadWord[] = [
  ...['data center', 'data centre', 'datacenter', 'datacentre'].flatMap((p) => [
    head(p, 'facility', true),
    head(p + 's', 'facility', true, true),
  ]),
  head('server farm', 'facility', true),
  head('server farms', 'facility', true, true),
  head('ibx', 'facility', true),
  // Korean and Chinese news: "internet data center", written IDC ("Kestrel Wonju IDC").
  head('idc', 'facility', true),
  head('internet data center', 'facility', true),
  // "Ulsan AI DC", "a 270MW hyperscale DC": news abbreviates a data center (head-gate.ts keeps only such uses).
  head('dc', 'facility', false),
  head('data farm', 'facility', true),
  head('ibx data center', 'facility', true),
  head('cloud region', 'region', true),
  head('cloud regions', 'region', true, true),
  head('infrastructure region', 'region', true),
  head('availability zone', 'region', true),
  head('availability zones', 'region', true, true),
  head('ai zone', 'region', true),
  // Campus brands: "… AI City", "… Data City" (a campus for data centers, named as a town).
  head('ai city', 'campus', false),
  head('data city', 'campus', false),
  head('campus', 'campus', false),
  head('campuses', 'campus', false, true),
  head('facility', 'facility', false),
  head('facilities', 'facility', false, true),
  head('site', 'facility', false),
  head('sites', 'facility', false, true),
  head('region', 'region', false),
  head('regions', 'region', false, true),
  head('build', 'facility', false),
  head('cluster', 'facility', false),
  head('clusters', 'facility', false, true),
  head('supercluster', 'facility', false),
  head('supercomputer', 'facility', false),
  head('project', 'project', false),
  head('projects', 'project', false, true),
  head('park', 'campus', false),
  head('complex', 'campus', false),
  head('development', 'campus', false),
  head('computing center', 'facility', true),
  head('computing centre', 'facility', true),
  head('center', 'facility', false),
  head('centre', 'facility', false),
  head('scheme', 'project', false),
  head('ai factory', 'facility', false),
  // "a new data center building in Quincy", "its sixth Quincy building": a weak head, so a data-center
  // word before it or data-center context is needed ("an office building" is none).
  head('building', 'facility', false),
  head('buildings', 'facility', false, true),
  head('megasite', 'campus', false),
  head('megasites', 'campus', false, true),
  head('megacampus', 'campus', false),
  head('gigafactory', 'facility', false),
];

/** Heads that can follow "data center" inside one compound ("data center campus"). */
export const COMPOUND_HEADS = new Set(['campus', 'facility', 'site', 'project', 'park', 'complex', 'cluster', 'build', 'building', 'development', 'hub', 'region']);

/** Adjectives and nouns that may stand between a determiner and a head. */
export const PREMODIFIERS = new Set(
  `new planned proposed huge massive large larger largest giant big bigger biggest major small smaller
  first second latest next future existing upcoming current additional another own dedicated flagship
  sprawling vast mega hyperscale hyper-scale colocation colo edge modular sovereign green sustainable
  liquid-cooled liquid cooled state-of-the-art advanced high-performance high performance cutting-edge
  ai artificial intelligence ai-focused ai-ready ai-dedicated gen genai generative cloud computing compute
  gpu supercomputing hpc data server storage digital tech technology enterprise wholesale retail
  multibillion-dollar billion-dollar multi-billion-dollar multimillion-dollar million-dollar
  gigawatt-scale megawatt-scale gigascale hyperscaler campus-scale gigawatt multi-gigawatt
  underground nuclear-powered solar-powered gas-powered renewable-powered powered energy-efficient
  expansion phase initial final two-building multi-building single-building three-building
  operational operating active completed finished built under construction
  so-called ambitious expanded expanding joint shared sister twin companion neighbouring neighboring adjacent nearby
  separate different smaller-scale
  greenfield brownfield purpose-built custom-built`.split(/\s+/).filter(Boolean),
);

/** Pre-modifiers that tie a weak head (facility, site, campus...) to computing. */
export const DC_MODIFIERS = new Set(
  `data ai cloud computing compute gpu supercomputing hpc server hyperscale hyper-scale colocation colo
  ai-focused ai-ready ai-dedicated genai generative datacenter datacentre edge`.split(/\s+/).filter(Boolean),
);

/** Modifiers that make a facility something other than a data center. */
export const NON_DC_MODIFIERS = new Set(
  `manufacturing production assembly fabrication fab chip chipmaking semiconductor wafer foundry battery
  nuclear power solar wind gas coal hydro hydroelectric hydrogen lng oil refinery mining steel cement
  office offices corporate headquarters hq university college school campus-wide academic medical hospital
  research lab laboratory training test testing construction landing cable launch rocket spaceport
  development innovation engineering excellence experience call customer visitor support operations
  logistics distribution fulfillment fulfilment warehouse retail shopping housing residential hotel
  military defense defence prison detention water wastewater treatment recycling waste substation
  transmission storage-energy parking sports stadium film studio studios music heritage world-heritage
  superfund web news dating social job jobs camp campsite burial memorial archaeological religious
  holy pilgrimage tourist car auto vehicle ev aircraft shipbuilding pharmaceutical drug vaccine
  biotech food processing meatpacking dairy farm agricultural greenhouse quantum fusion
  mixed-use industrial-park`.split(/\s+/).filter(Boolean),
);

/** Nouns that follow "data center" when it modifies them ("data center GPUs", "... market"). */
export const COMPOUND_NOUNS = new Set(
  `market markets industry industries sector sectors business businesses revenue revenues sales segment
  segments unit division capacity capacities demand power energy electricity load loads consumption usage
  investment investments spending spend capex buildout buildouts build-out build-outs boom bubble frenzy
  gpu gpus chip chips chipmaker processors processor accelerators hardware equipment servers server switch
  switches networking network networks cooling infrastructure stocks stock shares reit reits real estate
  operator operators developer developers provider providers company companies firm firms giant giants
  landlord landlords owner owners tenant tenants customer customers client clients workload workloads
  service services solutions product products portfolio footprint space spaces land construction
  design designs designer architecture expansion expansions growth deal deals pipeline projects sites
  campuses facilities alley corridor cluster clusters hub hubs moratorium moratoria policy policies
  strategy strategies belt belts ecosystem ecosystems roadmap framework
  rules regulation regulations tax taxes incentive incentives bill bills law laws ordinance zoning
  arm arms subsidiary subsidiaries affiliate affiliates spinoff spin-off joint unit units
  emissions water noise jobs workers employees staff technicians executive executives ceo analyst
  director directors manager managers engineer engineers official officials officer officers
  spokesperson spokesman spokeswoman leader leaders lead team teams coordinator time times
  analysts expert experts report reports survey summit conference conferences event events news
  magazine publication knowledge dynamics frontier world dynamics' trade-show show
  efficiency performance reliability uptime outage outages downtime security operations ops
  management software automation strategy strategies plans ambitions spree race arms rush gold
  peers rivals stakeholders community communities residents opposition backlash pushback debate
  costs prices price rates rate supply chain chains leasing lease leases absorption vacancy
  inventory interconnection interconnect connectivity fiber fibre cables cable traffic
  overlay district districts workforce employment credit credits exemption exemptions abatement abatements
  grant grants program programs programme programmes initiative initiatives fund funds index training
  academy curriculum certification standard standards association alliance council coalition caucus
  committee forecast forecasts outlook tracker database census sprawl proliferation surge glut shortage
  shortages bottleneck bottlenecks queue queues permits permitting approvals proposals filings
  authority authorities agency agencies board boards corporation commission commissioner commissioners
  call calls tender tenders auction auctions allocation allocations
  operations-related-nouns`.split(/\s+/).filter(Boolean),
);

/** Words after a head that show the head is not a modifier (verbs, prepositions, conjunctions). */
export const FOLLOWERS_OK = new Set(
  `in at near outside on of with for to from by that which who will would could should can may might must
  shall is are was were be been being has have had does do did goes went opens opened opening open
  comes came sits sat serves served houses housed uses used runs ran begins began includes included needs
  needed requires required covers covered spans spanned hosts hosted marks marked features featured
  represents becomes became remains remained adds added brings brought gives gave makes made takes took
  draws drew consumes consumed supports supported powers powered stands stood lies lay gets got expects
  expected plans planned aims aimed set sets slated scheduled due expected designed built being located
  based situated under currently already also still now there here when where while as and or but nor
  so yet if because since until after before during about around across into onto over through toward
  towards within without against among between beyond via per than like unlike alongside beside behind
  said says announced announces launched launches unveiled unveils went goes got
  keeps kept continues continued grows grew employs employed stays stayed faces faced sees saw receives
  received reaches reached helps helped relies relied depends depended
  hits wins tops nears clears secures moves lands eyes seeks signs taps inks nabs scores earns surpasses
  doubles triples expands completes breaks passes fails sparks prompts spurs boosts lifts joins returns
  raises clinches snags wraps enters exits draws`.split(/\s+/).filter(Boolean),
);

/** Determiners left out of a span; the phrase stops there. */
export const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'one', 'any', 'each', 'every', 'some', 'no']);
/** Possessive pronouns kept in a span ("its 21st site") that point to the clause subject. */
export const POSSESSIVE_PRONOUNS = new Set(['its', 'their', 'our', 'his', 'her', 'my', 'your']);

/** Nouns that introduce a place: "the southern city of Ulsan", "Loudoun County". */
export const PLACE_NOUNS = new Set(['city', 'town', 'village', 'county', 'state', 'province', 'prefecture', 'region', 'district', 'municipality', 'emirate', 'island', 'area', 'metro', 'suburb', 'outskirts', 'capital', 'port', 'hamlet', 'parish', 'borough', 'kingdom', 'republic', 'territory', 'township']);
export const PLACE_ADJECTIVES = new Set(
  `northern southern eastern western central northeastern northwestern southeastern southwestern north south
  east west northeast northwest southeast southwest coastal rural small tiny remote industrial port capital
  nearby neighboring neighbouring nearby desert mountain mountainous former suburban western-most
  southernmost northernmost easternmost westernmost largest second-largest third-largest biggest`.split(/\s+/).filter(Boolean),
);
/** Prepositions whose object, when a place, locates a facility. */
export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'at', 'on', 'around', 'across']);

export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Adjectives of world regions ("its second European data centre"): a modifier, not a name. */
export const REGION_ADJECTIVES = new Set(['european', 'asian', 'african', 'nordic', 'scandinavian', 'baltic', 'balkan', 'caribbean', 'pan-european']);

/** Capitalised words that are never places or names when they precede a head. */
export const NOT_NAMES = new Set(
  `a an the this that these those its their our his her my your we they it he she i you
  ai cloud data new first second third fourth fifth latest next last largest biggest
  mr mrs ms dr prof ceo cto cfo president minister governor mayor senator
  q1 q2 q3 q4 h1 h2 fy tech big tier rated uptime`.split(/\s+/).filter(Boolean),
);
