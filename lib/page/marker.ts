/**
 * The one module that changes how the page renders. It uses the CSS Custom Highlight API: the
 * page's DOM is never touched (no wrappers for React to trip over, nothing for editors to wipe);
 * the ::highlight() rules live in the content script's manifest-injected CSS.
 */
export type MarkKind = 'known' | 'new' | 'focus';
/** The user's choice of mark (settings): each style has its own ::highlight() names in the CSS. */
export type MarkStyle = 'underline' | 'highlight' | 'none';

const NAMES: Record<MarkKind, string> = { known: 'dc-lens-known', new: 'dc-lens-new', focus: 'dc-lens-focus' };

function nameOf(kind: MarkKind, style: MarkStyle): string | null {
  if (kind === 'focus') return NAMES.focus;
  if (style === 'none') return null;
  return style === 'highlight' ? `${NAMES[kind]}-fill` : NAMES[kind];
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Set<AbstractRange>;
interface HighlightRegistry {
  set(name: string, h: Set<AbstractRange>): void;
  delete(name: string): boolean;
}

function api(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: HighlightCtor }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

export class Marker {
  private readonly highlights = new Map<MarkKind, Set<AbstractRange>>();
  private readonly registry: HighlightRegistry | null;

  private style: MarkStyle = 'underline';

  constructor(private readonly win: Window) {
    const found = api(win);
    this.registry = found?.registry ?? null;
    if (found) {
      for (const kind of Object.keys(NAMES) as MarkKind[]) this.highlights.set(kind, new found.Highlight());
    }
  }

  get supported(): boolean {
    return this.registry !== null;
  }

  /** Registers the highlights only once there is something to show: a page with no mention keeps an empty registry. */
  add(kind: MarkKind, range: Range): void {
    const h = this.highlights.get(kind);
    if (!h || !this.registry) return;
    const name = nameOf(kind, this.style);
    if (h.size === 0 && name) this.registry.set(name, h);
    h.add(range);
  }

  /** Switches the look of every mark at once, without touching the ranges. */
  setStyle(style: MarkStyle): void {
    if (style === this.style || !this.registry) {
      this.style = style;
      return;
    }
    for (const [kind, h] of this.highlights) {
      const before = nameOf(kind, this.style);
      const after = nameOf(kind, style);
      if (before) this.registry.delete(before);
      if (after && h.size > 0) this.registry.set(after, h);
    }
    this.style = style;
  }

  remove(kind: MarkKind, range: Range): void {
    this.highlights.get(kind)?.delete(range);
  }

  clear(kind?: MarkKind): void {
    for (const [k, h] of this.highlights) {
      if (kind && k !== kind) continue;
      h.clear();
      const name = nameOf(k, this.style);
      if (name) this.registry?.delete(name);
    }
  }
}
