import type { Settings } from '../../lib/settings';

/** 'auto' follows prefers-color-scheme (see base.css); light/dark pin it. */
export function applyTheme(theme: Settings['theme'], root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
