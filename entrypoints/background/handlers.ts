/** The background's answers to every BackgroundProtocol request (lib/messaging/messages.ts). */
import { detect } from '@/lib/detect';
import { joinChunks } from '@/lib/page/fold';
import { MAX_DETECT_CHARS } from '@/lib/messaging/messages';
import type { Operator } from '@/lib/catalog/schema';
import { cardDataFor } from '@/lib/catalog/card-data';
import { CatalogValidationError } from '@/lib/catalog/service';
import type { serveBackground } from '@/lib/browser/messaging';
import type { CatalogState } from './catalog-state';
import { importOutcome } from './import-outcome';
import type { Sources } from './sources';
import { openSaveFlow } from './save-flow';
import { applyUserLinks, mayHaveUserLinks } from './user-links';

type Handlers = Parameters<typeof serveBackground>[0];

/** What the handlers need of the background's catalog (tests pass one over fake-indexeddb). */
export type HandlerState = Pick<CatalogState, 'catalog' | 'current' | 'changed' | 'cardCatalog'>;

export function createHandlers(state: HandlerState, sources: Sources): Handlers {
  const mentionsIn = async (text: string, url: string) => {
    // The database only when a person's link could change a mark: a woken worker answers from its wake file alone.
    const { index, resolver, linkedUrls } = await state.current();
    const mentions = detect(text, index, (q) => resolver.resolve(q));
    if (!mayHaveUserLinks(mentions, url, linkedUrls)) return { mentions };
    return { mentions: await applyUserLinks(mentions, url, await state.catalog()) };
  };
  return {
    detect: ({ text, url }) => mentionsIn(text, url),

    'detect.chunks': async ({ chunks, walked, url }) => {
      // Folded and joined here rather than on the page's main thread; bounded as a text sent whole
      // is (a chunk's line breaks become two-character block separators).
      const joined = joinChunks(chunks, walked, MAX_DETECT_CHARS);
      if (!joined) throw new Error(`detect: text over ${MAX_DETECT_CHARS} characters`);
      return { ...(await mentionsIn(joined.text, url)), lengths: joined.lengths };
    },

    'card.get': async ({ mention }) => {
      // The card's own records by id and the comparison's compact catalog: not every record.
      const { compare, records, noSightings } = await state.cardCatalog(mention.entityId ? [mention.entityId, ...mention.candidates] : mention.candidates);
      const count = mention.entityId && !noSightings ? await (await state.catalog()).countSightings(mention.entityId) : 0;
      return cardDataFor(mention, compare, records, count);
    },

    'site.get': async ({ id }) => {
      // As a card: the one record by id, the operators from the compare catalog (the popup asks this on open).
      const { compare, records, noSightings } = await state.cardCatalog([id]);
      const site = records.get(id) ?? null;
      return {
        site,
        operators: (site?.operatorIds ?? []).map((o) => compare.operatorById.get(o)).filter((o): o is Operator => !!o),
        sightings: site && !noSightings ? await (await state.catalog()).sightingsForSite(id) : [],
      };
    },

    'site.save': async ({ site: payload, evidence }) => {
      const service = await state.catalog();
      try {
        const site = await service.saveUserSite(payload, evidence);
        await state.changed([site.id]);
        return { ok: true as const, site };
      } catch (error) {
        if (error instanceof CatalogValidationError) return { ok: false as const, errors: error.issues };
        throw error;
      }
    },

    'site.link': async ({ siteId, evidence }) => {
      const service = await state.catalog();
      await service.addSighting({ ...evidence, siteId });
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

    // Every operator, by name: the popup asks on open, so not from the parsed records (all of them, at 100,000 sites).
    'operators.list': async () => ({ operators: [...(await state.cardCatalog([])).compare.operators] }),

    'sources.list': async () => ({ sources: await sources.list() }),
    'sources.add': async ({ url }) => ({ source: await sources.add(url) }),
    'sources.update': async ({ id }) => ({ source: await sources.update(id) }),
    'sources.remove': async ({ id }) => sources.remove(id),

    'import.outcome': async ({ id }) => importOutcome(await state.catalog(), id),

    'ui.openSave': async ({ mentionId, candidateId }, sender) => openSaveFlow(sender.tab?.id, mentionId, candidateId),
  };
}
