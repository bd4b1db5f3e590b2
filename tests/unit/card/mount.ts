import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Renders into a fresh div in the jsdom document; `unmount` runs effects' cleanups. */
export function mount(vnode: ComponentChild) {
  const host = document.createElement('div');
  document.body.append(host);
  render(vnode, host);
  return {
    host,
    unmount() {
      render(null, host);
      host.remove();
    },
  };
}

export async function click(el: Element | null | undefined) {
  if (!el) throw new Error('nothing to click');
  await act(() => {
    (el as HTMLElement).click();
  });
}

/** Visible words of an element, with a space where elements meet (as a reader would see them). */
export function text(el: Element | null | undefined): string {
  if (!el) return '';
  const parts: string[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
