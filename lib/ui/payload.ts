/**
 * What the forms send as `site` in `site.save` (its request schema in lib/messaging/messages.ts). The
 * background parses it with SiteSavePayloadSchema, creates a user operator for every name in
 * newOperatorNames (they come first: the form's operator is the site's main one), then fills
 * id (when absent), origin, timestamps and userEditedAt itself.
 */
import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { Id, nonEmpty, SiteSchema, type Site } from '../catalog/schema';
import { worldRegionOf } from '../geo/countries';
import type { SiteDraft } from './fields';
import { chooseOperator } from './operators';

export const SiteSavePayloadSchema = lazySchema(() =>
  SiteSchema.omit({
    id: true,
    origin: true,
    createdAt: true,
    updatedAt: true,
    userEditedAt: true,
    deletedAt: true,
  })
    .extend({
      /** Present when editing an existing site. */
      id: Id.optional(),
      operatorIds: z.array(Id).max(10),
      /** Operators typed by name that the catalog does not have yet. */
      newOperatorNames: z.array(nonEmpty(200)).max(10).default([]),
    })
    .refine((s) => s.operatorIds.length + s.newOperatorNames.length >= 1, {
      path: ['operatorIds'],
      error: 'a site needs an operator',
    })
    .refine((s) => s.operatorIds.length + s.newOperatorNames.length <= 10, {
      path: ['operatorIds'],
      error: 'at most 10 operators',
    }),
);
export type SiteSavePayloadInput = z.input<typeof SiteSavePayloadSchema>;

/** The draft after validation: typed values, empty inputs as undefined. */
export interface ValidDraft {
  id?: string;
  name: string;
  kind: SiteDraft['kind'];
  operator: string;
  city?: string;
  admin?: string;
  country?: string;
  status: SiteDraft['status'];
  plannedMW?: number;
  operationalMW?: number;
  plannedGpus?: number;
  gpus?: number;
  investment?: string;
  announced?: string;
  groundbreaking?: string;
  opened?: string;
  expected?: string;
  sourceUrl?: string;
  sourceTitle?: string;
  sourceTitleUrl: string;
  notes?: string;
}

/** Drops undefined keys so the message carries no "key: undefined" noise across browsers. */
function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

type Stored = Omit<Site, 'id' | 'origin' | 'createdAt' | 'updatedAt' | 'userEditedAt' | 'deletedAt'>;

function keptFields(base: Site | undefined): Partial<Stored> {
  if (!base) return {};
  const { id: _id, origin: _o, createdAt: _c, updatedAt: _u, userEditedAt: _e, deletedAt: _d, ...rest } = base;
  return rest;
}

/**
 * Form values over the stored site: fields the form does not show (aliases, chip, coordinates…)
 * survive an edit, and facts derived from an edited field (coordinates of a moved site, the USD
 * estimate of a rewritten investment) are dropped rather than left contradicting it.
 */
export function toSavePayload(v: ValidDraft, operators: Parameters<typeof chooseOperator>[1], base?: Site): SiteSavePayloadInput {
  const kept = keptFields(base);
  const choice = chooseOperator(v.operator, operators);
  const others = (base?.operatorIds ?? []).slice(1);
  const operatorIds = [...new Set(choice.kind === 'existing' ? [choice.id, ...others] : others)];
  const newOperatorNames = choice.kind === 'new' ? [choice.name] : [];

  const basePlace = base?.place ?? {};
  const moved = basePlace.city !== v.city || basePlace.admin !== v.admin || basePlace.country !== v.country;
  const place = compact({
    ...(moved ? {} : basePlace),
    city: v.city,
    admin: v.admin,
    country: v.country,
    worldRegion: v.country ? worldRegionOf(v.country) : undefined,
  });

  const baseInvestment = base?.investment ?? {};
  const investment = compact(
    baseInvestment.text === v.investment ? { ...baseInvestment } : { text: v.investment, asOf: baseInvestment.asOf },
  );

  // A source the site already cites keeps its title; a new link takes the page title only if
  // the title belongs to that link.
  const baseSources = base?.sources ?? [];
  const cited = baseSources.find((s) => s.url === v.sourceUrl);
  const title = v.sourceTitleUrl === v.sourceUrl ? v.sourceTitle : undefined;
  const sources = v.sourceUrl
    ? [cited ?? compact({ url: v.sourceUrl, title }), ...baseSources.slice(1).filter((s) => s.url !== v.sourceUrl)]
    : baseSources.slice(1);

  return compact({
    ...kept,
    id: v.id,
    name: v.name,
    kind: v.kind,
    status: v.status,
    operatorIds,
    newOperatorNames,
    place,
    capacity: compact({ ...(base?.capacity ?? {}), plannedMW: v.plannedMW, operationalMW: v.operationalMW }),
    gpus: compact({ ...(base?.gpus ?? {}), plannedCount: v.plannedGpus, count: v.gpus }),
    investment,
    dates: compact({ announced: v.announced, groundbreaking: v.groundbreaking, opened: v.opened, expected: v.expected }),
    sources,
    notes: v.notes,
  });
}
