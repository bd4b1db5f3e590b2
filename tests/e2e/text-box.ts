/**
 * Runs IN the page (passed to page.evaluate by the Playwright and the puppeteer tests alike, so it
 * must stay self-contained): scrolls the first occurrence of `text` in the page's prose into view
 * and returns the middle of its box, or null when the page doesn't say it.
 */
export function textBox(text: string): { x: number; y: number } | null {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n.nodeValue ?? '').indexOf(text);
    if (i < 0 || (n.parentElement && n.parentElement.closest('pre,code,textarea,script,style'))) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + text.length);
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = r.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }
  return null;
}
