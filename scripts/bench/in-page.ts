/**
 * Code the bench runs inside Chromium pages, as source text: handing Playwright a compiled
 * function could carry tsx's helpers (`__name`) into a page that does not define them.
 */

/** Init script: load time, mark count per frame (CSS highlights), long tasks and long frames. */
export const PAGE_PROBE = `(() => {
  const b = (window.__bench = { loadAt: null, firstAt: null, lastChangeAt: null, count: 0, longTasks: [], longFrames: [] });
  // A 5 ms busy function at the load event: its name marks the load in a CPU profile (long
  // enough to be sampled on a busy machine; the control page runs it too, so it cancels out).
  function __benchLoadMarker() { const t = performance.now(); while (performance.now() - t < 5) {} }
  addEventListener('load', () => { b.loadAt = performance.now(); __benchLoadMarker(); });
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) b.longTasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    // [start, duration, blocking, ms of it in DC Lens's content script (when the browser attributes it)]
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) {
        const own = (e.scripts || []).filter((s) => (s.sourceURL || '').includes('/content-scripts/')).reduce((t, s) => t + s.duration, 0);
        b.longFrames.push([e.startTime, e.duration, e.blockingDuration || 0, own]);
      }
    })
      .observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  // Counted in a frame callback, so a change is seen in the frame that paints it.
  const tick = () => {
    let n = 0;
    if (typeof CSS !== 'undefined' && CSS.highlights) for (const [, h] of CSS.highlights) n += h.size;
    if (n !== b.count) {
      b.count = n;
      b.lastChangeAt = performance.now();
      if (b.firstAt === null && n > 0) b.firstAt = b.lastChangeAt;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/** The text-reading floor: a firstChild/nextSibling walk joining every text node. */
const WALK = `function walkText(root) {
  const parts = [];
  let node = root.firstChild;
  while (node) {
    if (node.nodeType === 3) parts.push(node.nodeValue);
    if (node.firstChild) { node = node.firstChild; continue; }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = !node || node === root ? null : node.nextSibling;
  }
  return parts.join('');
}`;

export const FLOOR = `(() => {
  ${WALK}
  const t0 = performance.now();
  const text = walkText(document.body);
  return { ms: performance.now() - t0, chars: text.length };
})()`;

/**
 * The page's visible text read natively, in chunks: the cheapest read measured that keeps block
 * boundaries (session 11). Elements are split from <body> down until each is at most CHUNK_PX tall
 * (a chunk's innerText then takes well under a slice; height is read from layout already done, no
 * subtree is counted), and each chunk's innerText is one native call: it leaves out hidden text and
 * puts line breaks between blocks, and only the chunks' elements get a JS wrapper, not every node.
 * A lower bound for a reader built on it: no element is left out (innerText keeps a button's or a
 * code block's text), nothing maps the text back to nodes, nothing is sent.
 */
export const NATIVE_READ = `(() => {
  const CHUNK_PX = 3000;
  const t0 = performance.now();
  const parts = [];
  let chunks = 0;
  const stack = [document.body];
  while (stack.length) {
    const el = stack.pop();
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    if (el.getBoundingClientRect().height > CHUNK_PX && el.firstElementChild) {
      let mixed = false;
      for (let c = el.firstChild; c && !mixed; c = c.nextSibling) mixed = c.nodeType === 3 && /\\S/.test(c.data);
      if (!mixed) {
        for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
        continue;
      }
    }
    parts.push(el.innerText);
    chunks++;
  }
  const text = parts.join('\\n\\n');
  return { ms: performance.now() - t0, chars: text.length, chunks };
})()`;

/**
 * mark.js-style, as that library does it by default: the regex over each text node, each match
 * split out and wrapped in a <mark>; then layout, and the next frame painted.
 */
export function markJsExpression(alternation: string): string {
  return `(async (alternation) => {
  const t0 = performance.now();
  // One never-matching alternative of its own, so the regex is compiled here, not found in V8's cache.
  const salt = '|qzx' + Math.random().toString(36).slice(2) + 'xzq';
  const re = new RegExp('(?<!\\\\w)(?:' + alternation + salt + ')(?!\\\\w)', 'gi');
  const nodes = [];
  let node = document.body.firstChild;
  while (node) {
    if (node.nodeType === 3) nodes.push(node);
    if (node.firstChild) { node = node.firstChild; continue; }
    while (node && node !== document.body && !node.nextSibling) node = node.parentNode;
    node = !node || node === document.body ? null : node.nextSibling;
  }
  let matches = 0;
  for (const tn of nodes) {
    const value = tn.nodeValue;
    const found = [];
    re.lastIndex = 0;
    for (let m = re.exec(value); m; m = re.exec(value)) {
      found.push(m.index, m[0].length);
      if (m[0].length === 0) re.lastIndex++;
    }
    for (let i = found.length - 2; i >= 0; i -= 2) {
      const middle = tn.splitText(found[i]);
      middle.splitText(found[i + 1]);
      const mark = document.createElement('mark');
      middle.parentNode.insertBefore(mark, middle);
      mark.appendChild(middle);
      matches++;
    }
  }
  const t1 = performance.now();
  void document.body.offsetHeight;
  const t2 = performance.now();
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return { scriptMs: t1 - t0, layoutMs: t2 - t1, paintedMs: performance.now() - t0, matches, textNodes: nodes.length };
})(${JSON.stringify(alternation)})`;
}

/**
 * Raw IndexedDB helpers for code run in extension pages and the worker (the baselines and the
 * bench's own catalog writes): open (creating `sites` and `operators` stores when new), and put
 * every record of `data` in one transaction over `stores` (`before(tx)` runs first in it).
 */
export const RAW_IDB = `
function rawOpen(name, version) {
  return new Promise((resolve, reject) => {
    const r = version ? indexedDB.open(name, version) : indexedDB.open(name);
    r.onupgradeneeded = () => { r.result.createObjectStore('sites', { keyPath: 'id' }); r.result.createObjectStore('operators', { keyPath: 'id' }); };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}
function rawPutAll(db, data, stores, before) {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    if (before) before(tx);
    for (const o of data.operators) tx.objectStore('operators').put(o);
    for (const s of data.sites) tx.objectStore('sites').put(s);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
}
function rawDelete(name) {
  return new Promise((r) => { const d = indexedDB.deleteDatabase(name); d.onsuccess = d.onerror = d.onblocked = () => r(); });
}`;
