/**
 * DC Lens on a news page: read the text once, detect in the background, mark with CSS highlights,
 * open cards on hover, focus or tap. Everything is torn down with the ContentScriptContext.
 */
import './style.css';
import { loadSettings, watchSettings } from '@/lib/browser/settings';
import { takeEarlySettings } from '@/lib/browser/early-settings';
import { serveTab } from '@/lib/browser/content-messaging';
import { reportFailure } from '@/lib/browser/report';
import { isActiveOn, parseSettings, type Settings } from '@/lib/settings';
import { CardController } from './card-controller';
import { PageMentions, quoteOf } from './mentions';
import { watchMutations } from './mutations';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  cssInjectionMode: 'manifest',

  async main(ctx) {
    const isTop = window === window.top;
    // Tiny frames (ads, widgets) carry no article text worth a scan.
    if (!isTop && (document.body?.textContent?.length ?? 0) < 200) return;

    // Changes are watched before the first read is taken, so one made while it is out is not lost.
    let changed: Settings | undefined;
    let onChange = (next: Settings) => void (changed = next);
    ctx.onInvalidated(watchSettings((next) => onChange(next)));
    // Read at document_start by the wake ping where it runs (Chrome's top frame), else now.
    const early = takeEarlySettings();
    const read = early ? await early.then(parseSettings, loadSettings) : await loadSettings();
    let settings = changed ?? read;
    const mentions = new PageMentions(window);
    mentions.marker.setStyle(settings.markStyle);
    const cards = new CardController(window, mentions, settings);

    // One controller per page life: aborted on in-page navigation, settings off, or extension unload.
    let session: AbortController | null = null;
    /** `loaded`: the page's load event, when it has not come yet (the first start only). */
    const start = (loaded?: Promise<void>) => {
      session?.abort();
      mentions.clear();
      cards.close();
      if (!isActiveOn(settings, location.hostname)) return;
      const run = new AbortController();
      session = run;
      ctx.onInvalidated(() => run.abort());
      cards.listen(run.signal);
      mentions.scan(document.body, run.signal, loaded).then(
        () => watchMutations(document.body, mentions, run.signal),
        reportFailure('scanning the page'),
      );
    };

    onChange = (next) => {
      const wasActive = isActiveOn(settings, location.hostname);
      settings = next;
      cards.updateSettings(next);
      mentions.marker.setStyle(next.markStyle);
      if (wasActive !== isActiveOn(next, location.hostname)) start();
    };
    ctx.addEventListener(window, 'wxt:locationchange', () => start());

    ctx.onInvalidated(serveTab({
      'tab.mentions': () => {
        if (!isTop) throw new Error('not the top frame');
        return {
          url: location.href,
          title: document.title,
          mentions: mentions.all.map((m) => ({ ...m.mention, id: m.id, quote: quoteOf(m) })),
        };
      },
      'tab.reveal': ({ id }) => {
        const m = isTop ? mentions.get(id) : undefined;
        if (!m) throw new Error(`no mention ${id}`);
        cards.reveal(m, false);
        return { ok: true as const };
      },
      'catalog.changed': async () => {
        if (session && !session.signal.aborted) {
          const signal = session.signal;
          mentions.clear();
          await mentions.scan(document.body, signal).catch(reportFailure('rescanning after a catalog change'));
          cards.invalidate();
        }
        return { ok: true as const };
      },
    }));

    // One slice now (a long page's first look goes out while the page finishes loading), the rest
    // once the page has loaded (or after 3 s at most), so DC Lens never competes with the page's
    // own start-up work.
    start(
      document.readyState === 'complete'
        ? undefined
        : new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, 3000);
            window.addEventListener('load', () => (clearTimeout(timer), resolve()), { once: true });
          }),
    );
  },
});
