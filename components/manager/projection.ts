/** Equirectangular projection onto a width × height box: longitude → x, latitude → y (north up). */
export function project(lat: number, lon: number, width: number, height: number): [number, number] {
  const clampedLat = Math.max(-90, Math.min(90, lat));
  const wrappedLon = ((((lon + 180) % 360) + 360) % 360) - 180;
  return [((wrappedLon + 180) / 360) * width, ((90 - clampedLat) / 180) * height];
}

/** Points that can be drawn: finite coordinates in range. Bad rows are skipped, not thrown. */
export function plottable<T extends readonly [number, number, string]>(points: readonly T[]): T[] {
  return points.filter(([lat, lon]) => Number.isFinite(lat) && Number.isFinite(lon) && Math.abs(lat) <= 90 && Math.abs(lon) <= 180);
}

/** Widths for a bar list, as percentages of the largest count. */
export function barWidths(counts: readonly number[]): number[] {
  const max = Math.max(0, ...counts);
  return counts.map((c) => (max > 0 && c > 0 ? Math.max(1, (c / max) * 100) : 0));
}
