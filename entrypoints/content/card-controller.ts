/**
 * When a card opens and closes: hover with a dwell (like Wikipedia's page previews), tap, and a
 * keyboard shortcut that steps through mentions. Closes on Esc, on leaving, on scroll; the card
 * itself can be hovered, selected and its links clicked (WCAG 1.4.13).
 */
import { ask } from '@/lib/browser/content-messaging';
import { reportFailure } from '@/lib/browser/report';
import { caretAt, rangeContainsPoint } from '@/lib/page/hit-test';
import type { CardData } from '@/lib/messaging/messages';
import type { Settings } from '@/lib/settings';
import { CardHost } from './card-host';
import type { MarkedMention, PageMentions } from './mentions';

const CLOSE_GRACE_MS = 300;

export class CardController {
  private readonly host: CardHost;
  private open: MarkedMention | null = null;
  private pending: MarkedMention | null = null;
  private dwellTimer = 0;
  private closeTimer = 0;
  private cursor = -1;
  private returnFocus: Element | null = null;
  private cache = new Map<string, Promise<CardData>>();
  private moveQueued = false;
  private lastPoint = { x: 0, y: 0 };

  constructor(
    private readonly win: Window,
    private readonly mentions: PageMentions,
    private settings: Settings,
  ) {
    this.host = new CardHost(win.document, {
      onEnter: () => this.cancelClose(),
      onLeave: () => this.scheduleClose(),
    });
  }

  /** Registers the listeners; they go away with the signal (navigation, extension reload). */
  listen(signal: AbortSignal): void {
    const opts = { passive: true, signal } as const;
    const doc = this.win.document;
    doc.addEventListener('mousemove', (e) => this.onMove(e), opts);
    doc.addEventListener('pointerdown', (e) => this.onPointerDown(e), { ...opts, capture: true });
    doc.addEventListener('keydown', (e) => this.onKey(e), { signal, capture: true });
    this.win.addEventListener('scroll', (e) => this.onScroll(e), { ...opts, capture: true });
    this.win.addEventListener('blur', () => this.close(), opts);
    signal.addEventListener('abort', () => this.close());
  }

  updateSettings(settings: Settings): void {
    this.settings = settings;
  }

  /** The catalog changed: cached card data is stale; refresh an open card. */
  invalidate(): void {
    this.cache.clear();
    const current = this.open;
    if (current) {
      const again = this.live(current);
      if (again) void this.show(again, false);
      else this.close();
    }
  }

  /** Scrolls to `m` and opens its card, with focus in it on the keyboard path (not for the popup's "reveal"). */
  reveal(m: MarkedMention, focus = true): void {
    this.cursor = this.mentions.all.indexOf(m);
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.flash(m);
    void this.show(m, focus);
  }

  close(): void {
    clearTimeout(this.dwellTimer);
    clearTimeout(this.closeTimer);
    this.pending = null;
    if (!this.open) return;
    this.open = null;
    this.mentions.marker.clear('focus');
    this.host.hide();
    if (this.returnFocus instanceof HTMLElement) this.returnFocus.focus({ preventScroll: true });
    this.returnFocus = null;
  }

  /**
   * The card's Save (candidateId null) or "Is it one of these?" (the site picked): the background
   * opens the popup's save form on this mention, named by its id.
   */
  private requestSave(m: MarkedMention, candidateId: string | null): void {
    const live = this.live(m);
    // The card's mention was unmarked meanwhile (its text left the page): nothing to save.
    if (!live) return;
    ask('ui.openSave', { mentionId: live.id, candidateId }).catch(reportFailure('opening the save form'));
  }

  /**
   * The mark that stands for `m` now. A rescan marks the same words again under the same id; a long
   * page's first look, read before its last block was complete, is replaced by marks whose ids were
   * made from whole blocks, so the mark at the same place in the page is the one to use.
   */
  private live(m: MarkedMention): MarkedMention | null {
    return this.mentions.get(m.id) ?? this.mentions.at(m.range.startContainer, m.range.startOffset);
  }

  private flash(m: MarkedMention): void {
    this.mentions.marker.clear('focus');
    this.mentions.marker.add('focus', m.range);
  }

  private mentionAtPoint(x: number, y: number): MarkedMention | null {
    const caret = caretAt(this.win.document, x, y);
    if (!caret) return null;
    const m = this.mentions.at(caret.node, caret.offset);
    return m && rangeContainsPoint(m.range, x, y) ? m : null;
  }

  private onMove(e: MouseEvent): void {
    this.lastPoint = { x: e.clientX, y: e.clientY };
    if (this.moveQueued || this.mentions.all.length === 0) return;
    this.moveQueued = true;
    // One hit-test per frame, whatever the mouse's event rate.
    this.win.requestAnimationFrame(() => {
      this.moveQueued = false;
      this.hover(this.lastPoint.x, this.lastPoint.y);
    });
  }

  private hover(x: number, y: number): void {
    const m = this.mentionAtPoint(x, y);
    if (m && m === this.open) return this.cancelClose();
    if (!m) {
      clearTimeout(this.dwellTimer);
      this.pending = null;
      if (this.open) this.scheduleClose();
      return;
    }
    if (m === this.pending) return;
    this.pending = m;
    clearTimeout(this.dwellTimer);
    this.dwellTimer = this.win.setTimeout(() => {
      if (this.pending === m) void this.show(m, false);
    }, this.settings.hoverDelayMs);
  }

  private onPointerDown(e: PointerEvent): void {
    if (this.host.contains(e.target as Node)) return;
    if (e.pointerType === 'touch' || e.pointerType === 'pen') {
      const m = this.mentionAtPoint(e.clientX, e.clientY);
      if (m) return void this.show(m, false);
    }
    if (this.open) this.close();
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.open) {
      this.close();
      return;
    }
    if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    const code = e.code;
    if (code !== 'KeyN' && code !== 'KeyP') return;
    const n = this.mentions.all.length;
    if (n === 0) return;
    e.preventDefault();
    e.stopPropagation();
    this.cursor = code === 'KeyN' ? (this.cursor + 1) % n : (this.cursor - 1 + n) % n;
    if (!this.open) this.returnFocus = this.win.document.activeElement;
    this.reveal(this.mentions.all[this.cursor], true);
  }

  private onScroll(e: Event): void {
    if (!this.open || this.host.contains(e.target as Node)) return;
    // A keyboard reveal scrolls the page itself; don't close the card it is opening.
    if (performance.now() - this.openedAt < 400) return;
    this.close();
  }

  private openedAt = 0;

  private scheduleClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = this.win.setTimeout(() => this.close(), CLOSE_GRACE_MS);
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
  }

  private dataFor(m: MarkedMention): Promise<CardData> {
    const key = `${m.mention.entityId ?? ''}|${m.mention.text}|${m.mention.operatorIds.join(',')}|${m.mention.country ?? ''}`;
    let p = this.cache.get(key);
    if (!p) {
      p = ask('card.get', { mention: m.mention });
      this.cache.set(key, p);
      p.catch(() => this.cache.delete(key));
    }
    return p;
  }

  private theme(): 'light' | 'dark' {
    if (this.settings.theme !== 'auto') return this.settings.theme;
    return this.win.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }

  private async show(m: MarkedMention, focus: boolean): Promise<void> {
    clearTimeout(this.dwellTimer);
    this.cancelClose();
    this.pending = null;
    this.open = m;
    this.openedAt = performance.now();
    const render = (data: CardData | null, error: string | null) => {
      if (this.open !== m) return;
      this.host.show(
        {
          mention: m.mention,
          data,
          error,
          theme: this.theme(),
          onClose: () => this.close(),
          onSave: () => this.requestSave(m, null),
          onPickCandidate: (siteId) => this.requestSave(m, siteId),
        },
        m.range.getBoundingClientRect(),
      );
    };
    render(null, null);
    if (focus) this.host.focus();
    try {
      render(await this.dataFor(m), null);
    } catch (error) {
      render(null, error instanceof Error ? error.message : String(error));
    }
    if (focus) this.host.focus();
  }
}
