/**
 * Mounts the card in a CLOSED shadow root on one host element, added only while a card is shown:
 * page styles can't reach in, card styles can't leak out, page scripts can't read the card.
 */
import { render } from 'preact';
import { Card, type CardProps } from '@/components/card/Card';
import { cardCss } from '@/components/card/styles';
import { OWN_UI_ATTRIBUTE } from '@/lib/page/collect';
import { CARD_MARGIN, CARD_WIDTH, placeCard } from './card-place';

/** Read by the card's stylesheet: the height the viewport leaves it (custom properties cross `all: initial` and the shadow boundary). */
const MAX_HEIGHT_PROPERTY = '--dcl-card-max-height';

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
    host.style.cssText = `all: initial; position: fixed; z-index: 2147483647; top: 0; left: 0; width: ${CARD_WIDTH}px; max-width: calc(100vw - ${2 * CARD_MARGIN}px);`;
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

  /** Beside the mention, wholly inside the viewport (card-place.ts). */
  private place(anchor: DOMRect): void {
    const host = this.host!;
    const view = this.doc.documentElement;
    // Measured at the card's own height limit, then capped to the room the viewport leaves.
    host.style.removeProperty(MAX_HEIGHT_PROPERTY);
    const height = host.getBoundingClientRect().height || 320;
    const at = placeCard(anchor, height, { width: view.clientWidth || 1024, height: view.clientHeight || 768 });
    if (at.maxHeight !== null) host.style.setProperty(MAX_HEIGHT_PROPERTY, `${at.maxHeight}px`);
    host.style.left = `${at.left}px`;
    host.style.top = `${at.top}px`;
  }
}
