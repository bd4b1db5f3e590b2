/**
 * Every message between DC Lens's contexts, declared once, per direction: each request and its
 * reply as a zod schema. Senders and receivers both parse what they get (a bug in one context must
 * not corrupt another), so the protocol is checked on receipt.
 *
 * content script ──request──▶ background     ContentToBackground (all a page may ask: a page is hostile input)
 * popup / manager ──request──▶ background    PageToBackground (everything else; refused from content scripts)
 * popup ──request──▶ content script of a tab  PopupToTab
 * background ──event──▶ every tab            BackgroundToTab
 * manager ⇄ background ports                 IMPORT_PORT / EXPORT_PORT (extension pages only)
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { SiteSavePayloadSchema } from '../ui/payload';
import {
  Id,
  MentionFactsSchema,
  MentionSchema,
  OperatorSchema,
  PlaceSchema,
  QuoteSchema,
  SightingSchema,
  SiteKind,
  SiteSchema,
  SiteStatus,
  Origin,
} from '../catalog/schema';
import { ImportIdSchema } from '../sync/apply';
import { TransferKeySchema } from '../sync/transfer-key';
import { SourceIdSchema, SourceStateSchema } from '../sync/subscription';

/** The most page text one detect request carries (about 1.5 million words). */
export const MAX_DETECT_CHARS = 10_000_000;

/**
 * The most chunks one detect request carries. A page sends sections of about 200,000 characters,
 * counting a 2-character separator per chunk and at least one character in each: under 70,000.
 */
export const MAX_DETECT_CHUNKS = 100_000;

/**
 * A long page's section as innerText gave it, chunk by chunk (lib/page/chunks.ts): the background
 * folds and joins them (lib/page/fold.ts), not the page's main thread. `walked`: the chunks read by
 * the walk, already as the detector reads them. Bounded as a text is, before anything is folded.
 */
const DetectChunksSchema = lazySchema(() =>
  z
    .object({
      chunks: z.array(z.string().max(MAX_DETECT_CHARS)).max(MAX_DETECT_CHUNKS),
      walked: z.array(z.number().int().nonnegative()).max(MAX_DETECT_CHUNKS),
      url: z.string().max(4096),
    })
    .strict()
    .refine(({ chunks }) => chunks.reduce((n, c) => n + c.length, 0) <= MAX_DETECT_CHARS, { message: `chunks over ${MAX_DETECT_CHARS} characters in all`, path: ['chunks'] })
    .refine(({ chunks, walked }) => walked.every((i) => i < chunks.length), { message: 'a walked chunk that is not sent', path: ['walked'] }),
);

/**
 * One mark on a page, named by the content script (entrypoints/content/mention-id.ts): the hash of
 * its block's text, its offset and length there, and a repeat number. Stable across rescans, so the
 * card, the popup and the background never point at a mention by its position in a list.
 */
export const MentionIdSchema = lazySchema(() => z.string().regex(/^[0-9a-z]{1,7}\.\d{1,9}\.\d{1,4}(~\d{1,6})?$/));

const Rank = lazySchema(() => z.object({ rank: z.number().int(), of: z.number().int() }).nullable());
const nullableNumber = lazySchema(() => z.number().finite().nullable());
export const ComparisonSchema = lazySchema(() =>
  z.object({
    subject: z.object({ siteId: Id.nullable(), operatorIds: z.array(Id), place: PlaceSchema }),
    scopes: z.array(
      z.object({
        scope: z.enum(['city', 'country', 'world-region']),
        label: z.string(),
        operators: z.array(
          z.object({
            operatorId: Id,
            operatorName: z.string(),
            sites: z.number().int(),
            regions: nullableNumber,
            facilities: nullableNumber,
            mw: nullableNumber,
            gpus: nullableNumber,
            zones: nullableNumber,
            isSubject: z.boolean(),
          }),
        ),
        rankByMW: Rank,
        rankByGpus: Rank,
        topSites: z.array(
          z.object({
            siteId: Id,
            name: z.string(),
            operatorName: z.string(),
            mw: nullableNumber,
            gpus: nullableNumber,
            isSubject: z.boolean(),
          }),
        ),
      }),
    ),
    footprints: z.array(
      z.object({
        operatorId: Id,
        operatorName: z.string(),
        regions: nullableNumber,
        zones: nullableNumber,
        facilities: nullableNumber,
        totalMW: nullableNumber,
        asOf: z.string().nullable(),
        isSubject: z.boolean(),
      }),
    ),
  }),
);

/** Everything a card shows for one mention. */
export const CardDataSchema = lazySchema(() =>
  z.object({
    site: SiteSchema.nullable(),
    operators: z.array(OperatorSchema),
    comparison: ComparisonSchema.nullable(),
    candidates: z.array(SiteSchema),
    sightingCount: z.number().int().nonnegative(),
  }),
);
export type CardData = z.infer<typeof CardDataSchema>;

export const SiteFilterSchema = lazySchema(() =>
  z.object({
    query: z.string().max(200).default(''),
    operatorId: Id.optional(),
    country: z.string().max(2).optional(),
    status: SiteStatus.optional(),
    kind: SiteKind.optional(),
    origin: Origin.optional(),
  }),
);
export type SiteFilter = z.infer<typeof SiteFilterSchema>;

export const SortSchema = lazySchema(() => z.enum(['name', 'updated', 'capacity', 'gpus', 'country']));

/** A new-mention save: the draft site plus the evidence of where it was seen. */
export const EvidenceSchema = lazySchema(() =>
  z.object({
    url: z.string().max(2048),
    title: z.string().max(500),
    quote: QuoteSchema,
    facts: MentionFactsSchema,
  }),
);
export type Evidence = z.infer<typeof EvidenceSchema>;

const Empty = lazySchema(() => z.object({}).strict());
const Ok = lazySchema(() => z.object({ ok: z.literal(true) }));

/** What a content script may ask the background: nothing that reads the catalog wholesale or writes it. */
export const ContentToBackground = {
  /** The page's text in, its data-center mentions out. */
  detect: {
    request: lazySchema(() => z.object({ text: z.string().max(MAX_DETECT_CHARS), url: z.string().max(4096) })),
    response: lazySchema(() => z.object({ mentions: z.array(MentionSchema) })),
  },
  /**
   * A long page's section as its chunks: detected as their text folded and joined. Offsets are into
   * that text, and `lengths` says each chunk's length in it, so the page maps them back by chunk.
   * A message of its own, so a woken worker's first detect builds only its own small schema.
   */
  'detect.chunks': {
    request: DetectChunksSchema,
    response: lazySchema(() => z.object({ mentions: z.array(MentionSchema), lengths: z.array(z.number().int().nonnegative()).max(MAX_DETECT_CHUNKS) })),
  },
  /** Everything the card shows for one mention. */
  'card.get': {
    request: lazySchema(() => z.object({ mention: MentionSchema })),
    response: CardDataSchema,
  },
  'ui.openSave': {
    /** The card's Save: open the popup's save form for mention `mentionId` of the sender's tab, linking to `candidateId` when one was picked. */
    request: lazySchema(() => z.object({ mentionId: MentionIdSchema, candidateId: Id.nullable() })),
    response: lazySchema(() => z.object({ opened: z.boolean() })),
  },
} as const;

/** What DC Lens's own pages (popup, manager) ask the background. */
export const PageToBackground = {
  /** One site with its operators and sightings. */
  'site.get': {
    request: lazySchema(() => z.object({ id: Id })),
    response: lazySchema(() =>
      z.object({
        site: SiteSchema.nullable(),
        operators: z.array(OperatorSchema),
        sightings: z.array(SightingSchema),
      }),
    ),
  },
  'site.save': {
    /** Creates or updates a site made by the user; evidence becomes a sighting linked to it. */
    request: lazySchema(() => z.object({ site: SiteSavePayloadSchema, evidence: EvidenceSchema.optional() })),
    response: lazySchema(() =>
      z.discriminatedUnion('ok', [
        z.object({ ok: z.literal(true), site: SiteSchema }),
        z.object({ ok: z.literal(false), errors: z.array(z.object({ path: z.string(), message: z.string() })) }),
      ]),
    ),
  },
  'site.link': {
    /** "It is one of these": keep the evidence as a sighting of an existing site. */
    request: lazySchema(() => z.object({ siteId: Id, evidence: EvidenceSchema })),
    response: Ok,
  },
  /** Soft-deletes a site (the manager offers undo). */
  'site.delete': { request: lazySchema(() => z.object({ id: Id })), response: Ok },
  /** Undoes a delete. */
  'site.restore': { request: lazySchema(() => z.object({ id: Id })), response: Ok },
  /** One page of the catalog, filtered and sorted. */
  'catalog.list': {
    request: lazySchema(() =>
      z.object({
        filter: SiteFilterSchema,
        sort: SortSchema.default('name'),
        offset: z.number().int().nonnegative().default(0),
        limit: z.number().int().min(1).max(500).default(50),
      }),
    ),
    response: lazySchema(() => z.object({ sites: z.array(SiteSchema), total: z.number().int() })),
  },
  /** Counts and map points for the manager's overview. */
  'catalog.stats': {
    request: Empty,
    response: lazySchema(() =>
      z.object({
        total: z.number().int(),
        byOperator: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
        byCountry: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
        byKind: z.record(z.string(), z.number().int()),
        byStatus: z.record(z.string(), z.number().int()),
        byOrigin: z.record(z.string(), z.number().int()),
        points: z.array(z.tuple([z.number(), z.number(), z.string()])),
      }),
    ),
  },
  /** Every operator, for forms and filters. */
  'operators.list': { request: Empty, response: lazySchema(() => z.object({ operators: z.array(OperatorSchema) })) },
  /** Subscribed catalogs (lib/sync/subscription.ts): list, subscribe, check now, unsubscribe. */
  'sources.list': { request: Empty, response: lazySchema(() => z.object({ sources: z.array(SourceStateSchema) })) },
  'sources.add': { request: lazySchema(() => z.object({ url: z.string().max(2048) })), response: lazySchema(() => z.object({ source: SourceStateSchema })) },
  'sources.update': { request: lazySchema(() => z.object({ id: SourceIdSchema })), response: lazySchema(() => z.object({ source: SourceStateSchema })) },
  'sources.remove': { request: lazySchema(() => z.object({ id: SourceIdSchema })), response: lazySchema(() => z.object({ removed: z.number().int() })) },
  'import.outcome': {
    /** What became of an import whose port closed: applied (with the count), still running, or not applied. */
    request: lazySchema(() => z.object({ id: ImportIdSchema })),
    response: lazySchema(() => z.object({ state: z.enum(['applied', 'running', 'not-applied']), applied: z.number().int().optional(), at: z.string().optional() })),
  },
} as const;

/** Every request the background answers, whoever asks (the caller gate decides who may). */
export const BackgroundProtocol = { ...ContentToBackground, ...PageToBackground } as const;

export type BackgroundProtocol = typeof BackgroundProtocol;
export type BackgroundRequestType = keyof BackgroundProtocol;
export type RequestOf<K extends BackgroundRequestType> = z.input<BackgroundProtocol[K]['request']>;
export type ResponseOf<K extends BackgroundRequestType> = z.infer<BackgroundProtocol[K]['response']>;

/** Messages the content script of a tab answers. */
export const MentionSummarySchema = lazySchema(() =>
  MentionSchema.extend({
    id: MentionIdSchema,
    quote: QuoteSchema,
  }),
);
export type MentionSummary = z.infer<typeof MentionSummarySchema>;

/** What the popup asks the content script of the tab it is bound to. */
export const PopupToTab = {
  /** The page's mentions with quotes, for the popup's list. */
  'tab.mentions': {
    request: Empty,
    response: lazySchema(() => z.object({ url: z.string(), title: z.string(), mentions: z.array(MentionSummarySchema) })),
  },
  /** Scroll to mention `id` and flash it. */
  'tab.reveal': { request: lazySchema(() => z.object({ id: MentionIdSchema })), response: Ok },
} as const;

/** What the background tells every tab. */
export const BackgroundToTab = {
  /** Sites changed: re-resolve marks and refresh an open card, no reload. */
  'catalog.changed': { request: lazySchema(() => z.object({ siteIds: z.array(Id).max(1000) })), response: Ok },
} as const;

/** Every request a content script answers. */
export const TabProtocol = { ...PopupToTab, ...BackgroundToTab } as const;
export type TabProtocol = typeof TabProtocol;
export type TabRequestType = keyof TabProtocol;

/** Long-running import goes over a port so the manager can show progress. */
export const IMPORT_PORT = 'dc-lens-import';
export const ImportClientMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('chunk'), data: z.string().max(8_000_000), last: z.boolean(), name: z.string().max(300) }),
    /** The whole file at once, offered by the manager under `key` (lib/browser/file-offer.ts): no copy through messages. */
    z.object({ type: z.literal('file'), key: TransferKeySchema, name: z.string().max(300) }),
    /** `importId` is stored with the writes, so the outcome can be read back (`import.outcome`) if the port closes. */
    z.object({ type: z.literal('apply'), choices: z.record(z.string(), z.enum(['local', 'incoming'])), importId: ImportIdSchema }),
    z.object({ type: z.literal('cancel') }),
  ]),
);
export type ImportClientMessage = z.infer<typeof ImportClientMessage>;

export const ImportServerMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    z.object({ type: z.literal('progress'), phase: z.enum(['upload', 'parse', 'validate', 'plan', 'backup', 'apply']), done: z.number(), total: z.number() }),
    z.object({ type: z.literal('error'), message: z.string() }),
    z.object({
      type: z.literal('preview'),
      counts: z.object({
        new: z.number().int(),
        updated: z.number().int(),
        unchanged: z.number().int(),
        conflicts: z.number().int(),
        invalid: z.number().int(),
      }),
      conflicts: z.array(z.object({ key: z.string(), recordId: z.string(), recordName: z.string(), field: z.string(), local: z.string(), incoming: z.string() })).max(1000),
      invalid: z.array(z.object({ record: z.string(), field: z.string(), message: z.string() })).max(1000),
    }),
    z.object({ type: z.literal('done'), applied: z.number().int(), backupName: z.string().nullable() }),
  ]),
);
export type ImportServerMessage = z.infer<typeof ImportServerMessage>;

/** Export (and the backup before an import) streams over a port: no message carries the whole file. */
export const EXPORT_PORT = 'dc-lens-export';
export const ExportClientMessage = lazySchema(() =>
  z.object({
    type: z.literal('start'),
    filter: SiteFilterSchema.optional(),
    format: z.enum(['json', 'csv']),
    purpose: z.enum(['export', 'backup']),
    /** 'cache': hand the finished file over in Cache Storage (lib/browser/file-transfer.ts) rather than in chunks. */
    transfer: z.literal('cache').optional(),
  }),
);
export type ExportClientMessage = z.infer<typeof ExportClientMessage>;
export const ExportServerMessage = lazySchema(() =>
  z.discriminatedUnion('type', [
    /** `done` of `total` records read so far. */
    z.object({ type: z.literal('chunk'), data: z.string().max(8_000_000), done: z.number().int(), total: z.number().int() }),
    /** Records read so far, when the file is not sent in chunks. */
    z.object({ type: z.literal('progress'), done: z.number().int(), total: z.number().int() }),
    /** `stored`: the file's key in Cache Storage; absent when it came in chunks. */
    z.object({ type: z.literal('done'), filename: z.string().max(300), count: z.number().int(), stored: TransferKeySchema.optional() }),
    z.object({ type: z.literal('error'), message: z.string() }),
  ]),
);
export type ExportServerMessage = z.infer<typeof ExportServerMessage>;

/** One envelope on the wire, so unrelated extension messages are ignored cheaply. */
export interface Envelope<T extends string = string, P = unknown> {
  dcLens: 1;
  type: T;
  payload: P;
}

/** The envelope for a tab request, its payload checked against the declared schema. */
export function tabEnvelope<K extends TabRequestType>(type: K, payload: z.input<TabProtocol[K]['request']>): Envelope<K> {
  return { dcLens: 1, type, payload: TabProtocol[type].request.parse(payload) };
}
