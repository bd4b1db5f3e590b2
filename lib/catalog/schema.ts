/**
 * The catalog model. These zod schemas are the single source of truth: the TypeScript types, the
 * Dexie tables (see db.ts), the export file format and its JSON Schema all derive from them.
 *
 * Everything that crosses a trust boundary (imported files, messages, stored data of older
 * versions) is parsed with these schemas, so strings are bounded and links are http(s) only.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';

/** Bounded plain text. Never rendered as HTML anywhere in DC Lens. */
export const text = (max = 500) => z.string().trim().max(max);
export const nonEmpty = (max = 500) => z.string().trim().min(1).max(max);

/** Only http(s) links survive parsing; `javascript:`, `data:` and friends are refused. */
export const HttpUrl = lazySchema(() =>
  z
    .string()
    .trim()
    .max(2048)
    .refine((s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    }, 'must be an http(s) URL'),
);

/** ISO 8601 date at year, month or day precision: "2025", "2025-06", "2025-06-30". */
export const PartialDate = lazySchema(() => z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'));
/** Timestamps are UTC ISO strings ("2026-11-22T10:00:00.000Z") so they compare as strings. */
export const Timestamp = lazySchema(() => z.iso.datetime());

/** Ids are stable slugs: "aws-ap-northeast-1", "xai-colossus-1", "user-3f2a…". */
export const Id = lazySchema(() => z.string().regex(/^[a-z0-9][a-z0-9._:-]{0,127}$/, 'must be a lowercase slug (a-z, 0-9, . _ : -)'));

export const Origin = lazySchema(() => z.enum(['seed', 'user', 'import']));
export type Origin = z.infer<typeof Origin>;

export const SourceSchema = lazySchema(() =>
  z.object({
    url: HttpUrl,
    title: text(300).optional(),
    publisher: text(200).optional(),
    date: PartialDate.optional(),
  }),
);
export type Source = z.infer<typeof SourceSchema>;

/** A number with its provenance: every footprint fact says when and where it was true. */
export const DatedFact = lazySchema(() =>
  z.object({
    value: z.number().finite().nonnegative(),
    asOf: PartialDate.optional(),
    source: SourceSchema.optional(),
  }),
);
export type DatedFact = z.infer<typeof DatedFact>;

/**
 * The operator of sites whose sources don't name one (many US permit filings). Such sites are
 * real and count in ranks, but "Undisclosed" is nobody's competitor.
 */
export const UNDISCLOSED_OPERATOR_ID = 'undisclosed';

export const OPERATOR_KINDS = ['hyperscale_cloud', 'colocation', 'ai_lab', 'telecom', 'developer'] as const;
export const OperatorKind = lazySchema(() => z.enum(OPERATOR_KINDS));
export type OperatorKind = z.infer<typeof OperatorKind>;

export const OperatorSchema = lazySchema(() =>
  z.object({
    id: Id,
    name: nonEmpty(200),
    aliases: z.array(nonEmpty(200)).max(50).default([]),
    kind: OperatorKind,
    hqCountry: z.string().regex(/^[A-Z]{2}$/).optional(),
    footprint: z
      .object({
        regions: DatedFact.optional(),
        zones: DatedFact.optional(),
        facilities: DatedFact.optional(),
        totalMW: DatedFact.optional(),
      })
      .default({}),
    sources: z.array(SourceSchema).max(50).default([]),
    origin: Origin,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  }),
);
export type Operator = z.infer<typeof OperatorSchema>;

/** Matches the detector's kinds (LABELING.md): one building, a campus, a cloud region, a programme. */
export const SITE_KINDS = ['facility', 'campus', 'region', 'project'] as const;
export const SiteKind = lazySchema(() => z.enum(SITE_KINDS));
export type SiteKind = z.infer<typeof SiteKind>;

export const SITE_STATUSES = ['announced', 'under_construction', 'operational', 'cancelled', 'unknown'] as const;
export const SiteStatus = lazySchema(() => z.enum(SITE_STATUSES));
export type SiteStatus = z.infer<typeof SiteStatus>;

export const WORLD_REGIONS = [
  'north-america',
  'latin-america',
  'europe',
  'middle-east',
  'africa',
  'asia-pacific',
] as const;
export const WorldRegion = lazySchema(() => z.enum(WORLD_REGIONS));
export type WorldRegion = z.infer<typeof WorldRegion>;

export const PlaceSchema = lazySchema(() =>
  z.object({
    city: text(120).optional(),
    admin: text(120).optional(),
    /** ISO 3166-1 alpha-2 */
    country: z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').optional(),
    worldRegion: WorldRegion.optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    /** The metro area news uses ("Greater London", "Dallas-Fort Worth"), beside the municipality in `city`. */
    metro: text(120).optional(),
    /** What lat/lon stand for: a cloud region is stored as its metro, not a facility. */
    precision: z.enum(['site', 'city', 'region', 'country']).optional(),
  }),
);
export type Place = z.infer<typeof PlaceSchema>;

export const CapacitySchema = lazySchema(() =>
  z.object({
    /** Power in service today. */
    operationalMW: z.number().finite().nonnegative().max(100_000).optional(),
    /** Planned or announced full build-out, kept apart from what runs today. */
    plannedMW: z.number().finite().nonnegative().max(100_000).optional(),
    asOf: PartialDate.optional(),
    note: text(200).optional(),
  }),
);

export const GpuSchema = lazySchema(() =>
  z.object({
    count: z.number().int().nonnegative().max(100_000_000).optional(),
    plannedCount: z.number().int().nonnegative().max(100_000_000).optional(),
    chip: text(120).optional(),
    asOf: PartialDate.optional(),
  }),
);

export const InvestmentSchema = lazySchema(() =>
  z.object({
    /** As announced, e.g. "380 billion yuan". */
    text: text(200).optional(),
    amount: z.number().finite().nonnegative().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
    /** Estimate in US dollars, for comparisons. */
    usd: z.number().finite().nonnegative().optional(),
    asOf: PartialDate.optional(),
  }),
);

export const SiteDatesSchema = lazySchema(() =>
  z.object({
    announced: PartialDate.optional(),
    groundbreaking: PartialDate.optional(),
    opened: PartialDate.optional(),
    expected: PartialDate.optional(),
  }),
);

export const SiteSchema = lazySchema(() =>
  z.object({
    id: Id,
    name: nonEmpty(200),
    /** Names and codes as news writes them: "TY11", "ap-northeast-1", "Stargate Abilene". */
    aliases: z.array(nonEmpty(200)).max(50).default([]),
    kind: SiteKind,
    operatorIds: z.array(Id).min(1).max(10),
    /**
     * Facility codes ("LD8", "AM7", "TY11"). A code names the site only together with one of its
     * operators ("Equinix LD8"), so codes are kept apart from `aliases`, never duplicated there.
     */
    codes: z.array(nonEmpty(20)).max(20).default([]),
    status: SiteStatus.default('unknown'),
    place: PlaceSchema.default({}),
    capacity: CapacitySchema.default({}),
    gpus: GpuSchema.default({}),
    investment: InvestmentSchema.default({}),
    dates: SiteDatesSchema.default({}),
    parentId: Id.optional(),
    /** Cloud regions: the provider's code and zone count. */
    regionCode: text(60).optional(),
    zones: z.number().int().nonnegative().max(100).optional(),
    sources: z.array(SourceSchema).max(50).default([]),
    /** Credits the licences ask for, e.g. "Epoch AI (CC BY 4.0)". */
    credits: z.array(text(200)).max(10).default([]),
    notes: text(4000).optional(),
    origin: Origin,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    /** Set when a person edited the record; seed updates never overwrite such a site. */
    userEditedAt: Timestamp.optional(),
    /** Soft delete, so a delete can be undone and can travel through sync. */
    deletedAt: Timestamp.optional(),
  }),
);
export type Site = z.infer<typeof SiteSchema>;
export type SiteInput = z.input<typeof SiteSchema>;

/** Facts the detector extracted for one mention (see lib/detect). */
export const MentionFactsSchema = lazySchema(() =>
  z.object({
    operator: text(300).nullable(),
    location: text(300).nullable(),
    capacityMW: z.number().finite().nonnegative().nullable(),
    gpus: z.number().finite().nonnegative().nullable(),
    investment: text(300).nullable(),
    ordinal: text(40).nullable(),
    name: text(200).nullable(),
    date: text(120).nullable().default(null),
  }),
);
export type MentionFacts = z.infer<typeof MentionFactsSchema>;

/**
 * One mention the detector found (lib/detect), as it crosses to the content script, the card and
 * the popup. The one definition of a mention: the detector's output type is this type.
 */
export const MentionSchema = lazySchema(() =>
  z.object({
    /** UTF-16 offsets into the scanned text. */
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string().max(1000),
    /** known: resolved to a catalog site; new: a specific data center the catalog does not have. */
    status: z.enum(['known', 'new']),
    entityId: Id.nullable(),
    kind: SiteKind,
    /** 0..1: how sure the detector is that this is a specific data-center mention. */
    confidence: z.number().min(0).max(1),
    facts: MentionFactsSchema,
    /** Ids of operators named in the facts, when they resolve to catalog operators. */
    operatorIds: z.array(Id).max(20),
    /** ISO country code of the place, when the gazetteer knows it. */
    country: z.string().max(2).nullable(),
    /** Catalog sites that could be this one, best first (for "is it one of these?"). */
    candidates: z.array(Id).max(20),
  }),
);
export type Mention = z.infer<typeof MentionSchema>;

/** A W3C TextQuoteSelector-like quote: enough context to find the words again. */
export const QuoteSchema = lazySchema(() =>
  z.object({
    exact: nonEmpty(1000),
    prefix: text(200).default(''),
    suffix: text(200).default(''),
  }),
);

export const SightingSchema = lazySchema(() =>
  z.object({
    id: Id,
    url: HttpUrl,
    title: text(500).default(''),
    quote: QuoteSchema,
    facts: MentionFactsSchema,
    siteId: Id.optional(),
    seenAt: Timestamp,
  }),
);
export type Sighting = z.infer<typeof SightingSchema>;
