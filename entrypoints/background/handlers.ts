/** The background's answers to every BackgroundProtocol request (lib/messages.ts). */
import { detect } from '@/lib/detect';
import { SightingSchema, SiteSchema, type Operator, type Site } from '@/lib/catalog/schema';
import { SiteSavePayloadSchema } from '@/lib/forms/payload';
import type { serveBackground } from '@/lib/browser/messaging';
import type { Evidence } from '@/lib/messages';
import { cardDataFor } from './card-data';
import type { CatalogState } from './catalog-state';
import { newId, nowIso } from './ids';
import { importOutcome } from './import-outcome';
import type { Sources } from './sources';
import { openSaveFlow } from './save-flow';
import { applyUserLinks } from './user-links';

type Handlers = Parameters<typeof serveBackground>[0];

function sightingFrom(evidence: Evidence, siteId: string) {
  return SightingSchema.parse({
    id: newId('sighting'),
    url: evidence.url,
    title: evidence.title,
    quote: evidence.quote,
    facts: evidence.facts,
    siteId,
    seenAt: nowIso(),
  });
}

export function createHandlers(state: CatalogState, sources: Sources): Handlers {
  return {
    detect: async ({ text, url }) => {
      const service = await state.catalog();
      const view = await state.current();
      const mentions = detect(text, view.index, (q) => view.resolver.resolve(q));
      return { mentions: await applyUserLinks(mentions, url, service) };
    },

    'card.get': async ({ mention }) => {
      const service = await state.catalog();
      const view = await state.current();
      const count = mention.entityId ? await service.countSightings(mention.entityId) : 0;
      return cardDataFor(mention, view, count);
    },

    'site.get': async ({ id }) => {
      const service = await state.catalog();
      const site = await service.getSite(id);
      const view = await state.current();
      return {
        site: site ?? null,
        operators: (site?.operatorIds ?? []).map((o) => view.snapshot.operatorById.get(o)).filter((o): o is Operator => !!o),
        sightings: site ? await service.sightingsForSite(id) : [],
      };
    },

    'site.save': async ({ site: raw, evidence }) => {
      const parsed = SiteSavePayloadSchema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false as const, errors: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
      }
      const service = await state.catalog();
      const { newOperatorNames, ...draft } = parsed.data;
      const created: string[] = [];
      for (const name of newOperatorNames) created.push((await service.ensureUserOperator(name)).id);
      const now = nowIso();
      const existing = draft.id ? await service.getSite(draft.id) : undefined;
      const candidate = {
        ...draft,
        id: draft.id ?? newId('user', draft.name),
        operatorIds: [...created, ...draft.operatorIds],
        origin: existing?.origin ?? 'user',
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
        userEditedAt: now,
      };
      const checked = SiteSchema.safeParse(candidate);
      if (!checked.success) {
        return { ok: false as const, errors: checked.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) };
      }
      const site: Site = checked.data;
      await service.saveSite(site, evidence ? sightingFrom(evidence, site.id) : undefined);
      await state.changed([site.id]);
      return { ok: true as const, site };
    },

    'site.link': async ({ siteId, evidence }) => {
      const service = await state.catalog();
      await service.addSighting(sightingFrom(evidence, siteId));
      await state.changed([siteId]);
      return { ok: true as const };
    },

    'site.delete': async ({ id }) => {
      await (await state.catalog()).deleteSite(id);
      await state.changed([id]);
      return { ok: true as const };
    },

    'site.restore': async ({ id }) => {
      await (await state.catalog()).restoreSite(id);
      await state.changed([id]);
      return { ok: true as const };
    },

    'catalog.list': async ({ filter, sort, offset, limit }) => (await state.catalog()).listSites({ filter, sort, offset, limit }),

    'catalog.stats': async () => (await state.catalog()).stats(),

    'operators.list': async () => ({ operators: await (await state.catalog()).listOperators() }),

    'sources.list': async () => ({ sources: await sources.list() }),
    'sources.add': async ({ url }) => ({ source: await sources.add(url) }),
    'sources.update': async ({ id }) => ({ source: await sources.update(id) }),
    'sources.remove': async ({ id }) => sources.remove(id),

    'import.outcome': async ({ id }) => importOutcome((await state.catalog()).db, id),

    'ui.openSave': async ({ index, candidateId }, sender) => openSaveFlow(sender.tab?.id, index, candidateId),
  };
}
