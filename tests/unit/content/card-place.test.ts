import { describe, expect, it } from 'vitest';
import { placeCard } from '../../../entrypoints/content/card-place';

const view = { width: 1280, height: 900 };
const mentionAt = (top: number, left = 100) => ({ left, top, bottom: top + 20 });

describe('placeCard', () => {
  it('puts the card below its mention when it fits there', () => {
    expect(placeCard(mentionAt(100), 400, view)).toEqual({ left: 100, top: 128, maxHeight: null });
  });

  it('puts it above when only above has the room', () => {
    expect(placeCard(mentionAt(700), 400, view)).toEqual({ left: 100, top: 292, maxHeight: null });
  });

  it('caps its height to the larger side when neither side fits, so nothing in it is off-screen', () => {
    // The card that hid its candidates: 630 px tall under a mention at 470 px in a 900 px viewport.
    const at = placeCard(mentionAt(470), 630, view);
    expect(at).toEqual({ left: 100, top: 8, maxHeight: 454 });
    expect(at.top + at.maxHeight!).toBeLessThanOrEqual(470 - 8);
    const low = placeCard(mentionAt(300), 630, view);
    expect(low).toEqual({ left: 100, top: 328, maxHeight: 564 });
    expect(low.top + low.maxHeight!).toBeLessThanOrEqual(900 - 8);
  });

  it('stays inside a viewport too small for either side, covering the mention if it must', () => {
    const at = placeCard(mentionAt(150), 400, { width: 1280, height: 320 });
    expect(at.top).toBeGreaterThanOrEqual(8);
    expect(at.top + (at.maxHeight ?? 400)).toBeLessThanOrEqual(320 - 8);
  });

  it('keeps its left edge inside the viewport', () => {
    expect(placeCard(mentionAt(100, 1200), 300, view).left).toBe(1280 - 360 - 8);
    expect(placeCard(mentionAt(100, -50), 300, view).left).toBe(8);
  });
});
