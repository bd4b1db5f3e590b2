/**
 * Mounts the card in a CLOSED shadow root on one host element, added only while a card is shown:
 * page styles can't reach in, card styles can't leak out, page scripts can't read the card.
 */
import { render } from 'preact';
import { Card, type CardProps } from '@/components/card/Card';
import { cardCss } from '@/components/card/styles';
import { OWN_UI_ATTRIBUTE } from '@/lib/page/collect';

const MARGIN = 8;
const WIDTH = 360;

export class CardHost {
  private host: HTMLElement | null = null;
  private root: ShadowRoot | null = null;
  private mount: HTMLElement | null = null;

  constructor(
    private readonly doc: Document,
    private readonly hooks: { onEnter: () => void; onLeave: () => void },
  ) {}

  get element(): HTMLElement | null {
    return this.host;
  }

  get isOpen(): boolean {
    return this.host !== null;
  }

  show(props: CardProps, anchor: DOMRect): void {
    if (!this.host) this.create();
    render(<Card {...props} />, this.mount!);
    this.place(anchor);
  }

  /** Moves keyboard focus into the card (keyboard path), so screen readers announce it. */
  focus(): void {
    const dialog = this.mount?.querySelector<HTMLElement>('[role="dialog"]');
    dialog?.focus({ preventScroll: true });
  }

  contains(node: Node | null): boolean {
    return !!node && !!this.host && (node === this.host || this.host.contains(node));
  }

  hide(): void {
    if (!this.host) return;
    render(null, this.mount!);
    this.host.remove();
    this.host = this.root = this.mount = null;
  }

  private create(): void {
    const host = this.doc.createElement('div');
    host.setAttribute(OWN_UI_ATTRIBUTE, 'card');
    // Inline styles on the host only position it; everything else is inside the shadow root.
    host.style.cssText = `all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; width: ${WIDTH}px; max-width: calc(100vw - ${2 * MARGIN}px);`;
    const root = host.attachShadow({ mode: 'closed' });
    // An adopted stylesheet is not subject to the page's style-src CSP; <style> is the fallback.
    const mount = this.doc.createElement('div');
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(cardCss);
      root.adoptedStyleSheets = [sheet];
      root.append(mount);
    } catch {
      const style = this.doc.createElement('style');
      style.textContent = cardCss;
      root.append(style, mount);
    }
    host.addEventListener('mouseenter', this.hooks.onEnter);
    host.addEventListener('mouseleave', this.hooks.onLeave);
    this.doc.documentElement.append(host);
    this.host = host;
    this.root = root;
    this.mount = mount;
  }

  /** Below the mention when there is room, else above; kept inside the viewport. */
  private place(anchor: DOMRect): void {
    const host = this.host!;
    const view = this.doc.documentElement;
    const vw = view.clientWidth || 1024;
    const vh = view.clientHeight || 768;
    const height = host.getBoundingClientRect().height || 320;
    const left = Math.min(Math.max(MARGIN, anchor.left), Math.max(MARGIN, vw - WIDTH - MARGIN));
    const below = anchor.bottom + MARGIN;
    const top = below + height <= vh || anchor.top - MARGIN - height < 0 ? below : anchor.top - MARGIN - height;
    host.style.left = `${Math.round(left)}px`;
    host.style.top = `${Math.round(Math.max(MARGIN, top))}px`;
  }
}
