import { describe, expect, it } from 'vitest';
import { INITIAL_BROWSE, isFiltered, pageCount, rangeLabel, toFilter, toListRequest, updateBrowse } from '../../../lib/ui/catalog-query';
import { BackgroundProtocol } from '../../../lib/messaging/messages';
import { barWidths, plottable, project } from '../../../components/manager/projection';

describe('browse state', () => {
  it('sends only the filters that are set', () => {
    const s = { ...INITIAL_BROWSE, query: '  colossus ', country: 'US', status: 'operational' as const, page: 2 };
    expect(toFilter(s)).toEqual({ query: 'colossus', country: 'US', status: 'operational' });
    const req = toListRequest(s);
    expect(req).toEqual({ filter: { query: 'colossus', country: 'US', status: 'operational' }, sort: 'name', offset: 100, limit: 50 });
    expect(BackgroundProtocol['catalog.list'].request.safeParse(req).success).toBe(true);
  });
  it('goes back to the first page when anything but the page changes', () => {
    const s = updateBrowse({ ...INITIAL_BROWSE, page: 4 }, { kind: 'region' });
    expect(s.page).toBe(0);
    expect(updateBrowse(s, { page: 3 }).page).toBe(3);
  });
  it('knows when the list is filtered', () => {
    expect(isFiltered(INITIAL_BROWSE)).toBe(false);
    expect(isFiltered({ ...INITIAL_BROWSE, sort: 'gpus', page: 3 })).toBe(false);
    expect(isFiltered({ ...INITIAL_BROWSE, query: 'tokyo' })).toBe(true);
    expect(isFiltered({ ...INITIAL_BROWSE, origin: 'user' })).toBe(true);
  });
  it('labels the range and counts pages', () => {
    expect(rangeLabel(0, 50, 1234)).toBe('1–50 of 1,234');
    expect(rangeLabel(24, 34, 1234)).toBe('1,201–1,234 of 1,234');
    expect(rangeLabel(0, 0, 0)).toBe('No sites');
    expect(pageCount(1234)).toBe(25);
    expect(pageCount(0)).toBe(1);
  });
});

describe('map projection', () => {
  it('puts the corners and well-known places where they belong', () => {
    expect(project(90, -180, 360, 180)).toEqual([0, 0]);
    expect(project(-90, 180, 360, 180)).toEqual([0, 180]); // 180° wraps to -180°
    expect(project(0, 0, 360, 180)).toEqual([180, 90]);
    const [x, y] = project(35.68, 139.69, 360, 180); // Tokyo: east and north of centre
    expect(x).toBeCloseTo(319.69, 2);
    expect(y).toBeCloseTo(54.32, 2);
  });
  it('skips points that cannot be drawn', () => {
    const pts: Array<[number, number, string]> = [[35, 139, 'region'], [NaN, 1, 'facility'], [91, 0, 'campus'], [0, -181, 'project']];
    expect(plottable(pts)).toEqual([[35, 139, 'region']]);
  });
  it('scales bars to the largest count, keeping tiny ones visible', () => {
    expect(barWidths([200, 100, 1, 0])).toEqual([100, 50, 1, 0]);
    expect(barWidths([])).toEqual([]);
  });
});
