/** Which text is under the pointer, without wrappers: caret position + the range's own boxes. */
export interface Caret {
  node: Node;
  offset: number;
}

export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** caretPositionFromPoint snaps to the nearest text even in margins: confirm the point is inside the range's boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number, slop = 1): boolean {
  for (const r of Array.from(range.getClientRects())) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}
