/**
 * The card lives in a CLOSED shadow root, which page scripts and Playwright's locators can't
 * enter (that's the point). Tests read it the way assistive tech does: through the DevTools
 * protocol's pierced DOM, and click it with the real mouse at the element's box.
 */
import type { Page } from '@playwright/test';

interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

async function cardRoot(page: Page): Promise<{ root: CdpNode | null; send: (m: string, p?: object) => Promise<any> }> {
  const session = await page.context().newCDPSession(page);
  const send = (method: string, params?: object) => session.send(method as never, params as never);
  const { root } = (await send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const find = (n: CdpNode): CdpNode | null => {
    const attrs = n.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === 'data-dc-lens' && attrs[i + 1] === 'card') return n;
    for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
      const f = find(c);
      if (f) return f;
    }
    return null;
  };
  return { root: find(root), send };
}

function textOf(n: CdpNode, skipStyle = true): string {
  if (n.nodeType === 3) return n.nodeValue;
  if (skipStyle && n.nodeName === 'STYLE') return '';
  const parts = [...(n.shadowRoots ?? []), ...(n.children ?? [])].map((c) => textOf(c, skipStyle));
  return parts.join(n.nodeType === 1 && /^(DIV|P|LI|H\d|TR|SECTION|HEADER|FOOTER|UL|OL|TABLE|DL|DT|DD)$/.test(n.nodeName) ? '\n' : '');
}

/** The node and everything under it, by backend id (what DOM.getNodeForLocation answers with). */
function backendIdsIn(n: CdpNode, ids = new Set<number>()): Set<number> {
  ids.add(n.backendNodeId);
  for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) backendIdsIn(c, ids);
  return ids;
}

/** The card's visible text, or null when no card is shown. */
export async function cardText(page: Page): Promise<string | null> {
  const { root } = await cardRoot(page);
  return root ? textOf(root).replace(/[ \t]+/g, ' ').replace(/\n\s*\n+/g, '\n').trim() : null;
}

/** Elements inside the card, with attributes, for structural assertions. */
export async function cardElements(page: Page, nodeName?: string): Promise<Array<{ name: string; attrs: Record<string, string>; text: string }>> {
  const { root } = await cardRoot(page);
  const out: Array<{ name: string; attrs: Record<string, string>; text: string }> = [];
  const walk = (n: CdpNode) => {
    if (n.nodeType === 1 && (!nodeName || n.nodeName === nodeName.toUpperCase())) {
      const attrs: Record<string, string> = {};
      for (let i = 0; i < (n.attributes ?? []).length; i += 2) attrs[n.attributes![i]] = n.attributes![i + 1];
      out.push({ name: n.nodeName, attrs, text: textOf(n) });
    }
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
  };
  if (root) walk(root);
  return out;
}

/**
 * Clicks the first element in the card whose text contains `text` (a button or link), as a user
 * would: scrolled into view inside the card's scrolling body first (a long card's lower buttons sit
 * below its visible part, where a click lands on the page and closes the card), and refusing to
 * click when something else is at that point.
 */
export async function clickInCard(page: Page, text: string, nodeName = 'BUTTON'): Promise<void> {
  const { root, send } = await cardRoot(page);
  let target: CdpNode | null = null;
  const walk = (n: CdpNode) => {
    if (target) return;
    if (n.nodeName === nodeName && textOf(n).includes(text)) target = n;
    for (const c of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) walk(c);
  };
  if (root) walk(root);
  if (!target) throw new Error(`no ${nodeName} with "${text}" in the card`);
  const nodeId = (target as CdpNode).nodeId;
  await send('DOM.scrollIntoViewIfNeeded', { nodeId });
  const { model } = await send('DOM.getBoxModel', { nodeId });
  const [x1, y1, , , x3, y3] = model.content as number[];
  const [x, y] = [(x1 + x3) / 2, (y1 + y3) / 2];
  // Box models are in viewport coordinates, hit-testing in document coordinates.
  const [sx, sy] = await page.evaluate(() => [scrollX, scrollY]);
  const hit = await send('DOM.getNodeForLocation', { x: Math.round(x + sx), y: Math.round(y + sy) }).catch(() => ({ backendNodeId: -1 }));
  if (!backendIdsIn(target as CdpNode).has(hit.backendNodeId)) throw new Error(`"${text}" is not what a click at (${x}, ${y}) hits`);
  await page.mouse.click(x, y);
}
