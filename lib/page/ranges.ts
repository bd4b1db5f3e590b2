/** Turns detector offsets (into collected text) back into DOM ranges. DOM reads only. */
import { nodeIndexAt, type TextMap } from './collect';

export interface NodeOffset {
  node: Text;
  offset: number;
}

/** Where text offset `pos` lies; `asEnd` keeps an end offset inside the preceding node. */
export function locate(collected: TextMap, pos: number, asEnd = false): NodeOffset | null {
  if (collected.nodes.length === 0) return null;
  const i = nodeIndexAt(collected, asEnd ? Math.max(0, pos - 1) : pos);
  const node = collected.nodes[i];
  const offset = Math.min(Math.max(0, pos - collected.starts[i]), node.data.length);
  return { node, offset };
}

/**
 * Whether [start, end) spans a block boundary. The collector folds newlines inside text nodes to
 * spaces, so a newline in collected text is always one: a mention over it joins text the browser
 * shows apart (two headlines, two menu links) and is never marked.
 */
export function crossesBlock(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

export function rangeFor(collected: TextMap, start: number, end: number): Range | null {
  const a = locate(collected, start);
  const b = locate(collected, end, true);
  if (!a || !b) return null;
  const range = a.node.ownerDocument.createRange();
  try {
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
  } catch {
    return null; // the page changed the nodes under us
  }
  return range;
}
