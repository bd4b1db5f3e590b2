/**
 * Where the catalog's sites are: an inline SVG scatter on an equirectangular graticule. No map
 * tiles or outlines are fetched, so the manager works offline and sends nothing anywhere.
 */
import { SITE_KINDS, type SiteKind } from '../../lib/catalog/schema';
import { KIND_LABELS } from '../../lib/format/labels';
import { plottable, project } from './projection';

const W = 360;
const H = 180;
const KIND_CLASS: Readonly<Record<string, string>> = Object.fromEntries(SITE_KINDS.map((k) => [k, `dot dot--${k}`]));

export function WorldMap({ points }: { points: ReadonlyArray<readonly [number, number, string]> }) {
  const drawn = plottable(points);
  const meridians = [-150, -120, -90, -60, -30, 0, 30, 60, 90, 120, 150];
  const parallels = [-60, -30, 0, 30, 60];
  return (
    <figure class="world-map">
      <figcaption>Sites with coordinates ({drawn.length.toLocaleString('en-US')})</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Map of ${drawn.length} sites by longitude and latitude`} data-testid="world-map">
        <rect class="map-bg" x={0} y={0} width={W} height={H} />
        {meridians.map((lon) => (
          <line key={`m${lon}`} class={lon === 0 ? 'map-axis' : 'map-grid'} x1={lon + 180} x2={lon + 180} y1={0} y2={H} />
        ))}
        {parallels.map((lat) => (
          <line key={`p${lat}`} class={lat === 0 ? 'map-axis' : 'map-grid'} x1={0} x2={W} y1={90 - lat} y2={90 - lat} />
        ))}
        {drawn.map(([lat, lon, kind], i) => {
          const [x, y] = project(lat, lon, W, H);
          return <circle key={i} class={KIND_CLASS[kind] ?? 'dot'} cx={x.toFixed(2)} cy={y.toFixed(2)} r={1.3} />;
        })}
      </svg>
      <ul class="map-legend">
        {SITE_KINDS.map((k: SiteKind) => (
          <li key={k}>
            <span class={`legend-dot dot--${k}`} aria-hidden="true" /> {KIND_LABELS[k]}
          </li>
        ))}
      </ul>
    </figure>
  );
}
