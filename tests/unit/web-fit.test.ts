import { describe, expect, it } from 'vitest';
import { FIT_PADDING, MAX_FIT_ZOOM, fitViewport, panClearOfInset, showedEverything } from '../../web/src/lib/graph/fit.ts';

const map = { width: 1000, height: 708, insetRight: 0, minZoom: 0.08 };

describe('fitViewport', () => {
  it('zooms a large drawing to fit the map inside the padding, centred below the toolbar', () => {
    const { zoom, pan } = fitViewport({ x1: 0, y1: 0, w: 2000, h: 600 }, map);
    const free = { width: 1000, height: 708 - FIT_PADDING.top - FIT_PADDING.bottom };
    expect(zoom).toBeCloseTo((free.width - 2 * FIT_PADDING.side) / 2000);
    expect(pan.x).toBeCloseTo(free.width / 2 - zoom * 1000);
    expect(pan.y).toBeCloseTo(FIT_PADDING.top + free.height / 2 - zoom * 300);
  });

  it('stops at MAX_FIT_ZOOM for a handful of entities, and at the map’s smallest zoom for a huge drawing', () => {
    expect(fitViewport({ x1: -20, y1: -20, w: 40, h: 40 }, map).zoom).toBe(MAX_FIT_ZOOM);
    expect(fitViewport({ x1: 0, y1: 0, w: 1e7, h: 1e7 }, map).zoom).toBe(map.minZoom);
  });

  it('leaves the part under the detail panel free', () => {
    const box = { x1: 0, y1: 0, w: 2000, h: 100 };
    const open = fitViewport(box, { ...map, insetRight: 400 });
    expect(open.zoom).toBeCloseTo((600 - 2 * FIT_PADDING.side) / 2000);
    expect(open.pan.x).toBeCloseTo(300 - open.zoom * 1000);
  });

  it('leaves a toolbar taller than the padding free (two rows on a narrow map), and keeps the padding under a short one', () => {
    const box = { x1: 0, y1: 0, w: 200, h: 2000 };
    const tall = fitViewport(box, { ...map, insetTop: 130 });
    const top = 130 + FIT_PADDING.bottom;
    const free = 708 - top - FIT_PADDING.bottom;
    expect(tall.zoom).toBeCloseTo(free / 2000);
    // The drawing's top edge lands just under the toolbar.
    expect(tall.pan.y + tall.zoom * box.y1).toBeCloseTo(top);
    expect(fitViewport(box, { ...map, insetTop: 20 })).toEqual(fitViewport(box, map));
  });

  it('never fits into less than 120 pixels, however much is covered', () => {
    const { zoom } = fitViewport({ x1: 0, y1: 0, w: 1000, h: 10 }, { ...map, insetRight: 5000 });
    expect(zoom).toBeCloseTo(Math.max(map.minZoom, (120 - 2 * FIT_PADDING.side) / 1000));
  });

  it('treats a drawing of one point as one unit wide, so the zoom stays finite', () => {
    expect(Number.isFinite(fitViewport({ x1: 5, y1: 5, w: 0, h: 0 }, map).zoom)).toBe(true);
  });
});

describe('showedEverything', () => {
  it('is true when the drawing lay inside the map (a pixel either side allowed), false when part was off it', () => {
    const size = { width: 800, height: 600 };
    expect(showedEverything({ x1: -1, y1: 0, x2: 801, y2: 600 }, size)).toBe(true);
    expect(showedEverything({ x1: -5, y1: 0, x2: 700, y2: 500 }, size)).toBe(false);
    expect(showedEverything({ x1: 0, y1: 0, x2: 700, y2: 650 }, size)).toBe(false);
  });
});

describe('panClearOfInset', () => {
  it('pans an entity under the detail panel clear of it, and leaves one already clear where it is', () => {
    expect(panClearOfInset(900, 1000, 400)).toBe(1000 - 400 - 40 - 900 - 40);
    expect(panClearOfInset(500, 1000, 400)).toBe(0);
  });
});
