/**
 * Where the card goes beside its mention: below when it fits, else above when it fits, else on the
 * side with more room with its height capped to that room (its body scrolls), so the whole card,
 * and every button in it, is always inside the viewport. Pure: rectangles in, position out.
 */

export const CARD_MARGIN = 8;
export const CARD_WIDTH = 360;
/** Below this much room on either side the card may cover its mention rather than get any shorter. */
const MIN_HEIGHT = 200;

export interface CardPlacement {
  left: number;
  top: number;
  /** The most height the card may take (px), or null for its own limit. */
  maxHeight: number | null;
}

interface Box {
  left: number;
  top: number;
  bottom: number;
}

export function placeCard(anchor: Box, height: number, viewport: { width: number; height: number }): CardPlacement {
  const { width: vw, height: vh } = viewport;
  const left = Math.round(Math.min(Math.max(CARD_MARGIN, anchor.left), Math.max(CARD_MARGIN, vw - CARD_WIDTH - CARD_MARGIN)));
  const below = anchor.bottom + CARD_MARGIN;
  const roomBelow = vh - CARD_MARGIN - below;
  const roomAbove = anchor.top - 2 * CARD_MARGIN;
  if (height <= roomBelow) return { left, top: Math.round(below), maxHeight: null };
  if (height <= roomAbove) return { left, top: Math.round(anchor.top - CARD_MARGIN - height), maxHeight: null };
  const room = Math.max(roomBelow, roomAbove);
  if (room >= MIN_HEIGHT) {
    const top = roomBelow >= roomAbove ? below : CARD_MARGIN;
    return { left, top: Math.round(top), maxHeight: Math.floor(room) };
  }
  // No side has a usable height: keep the card inside the viewport, over its mention if need be.
  const capped = Math.min(height, vh - 2 * CARD_MARGIN);
  return { left, top: Math.round(Math.max(CARD_MARGIN, vh - CARD_MARGIN - capped)), maxHeight: Math.floor(capped) };
}
