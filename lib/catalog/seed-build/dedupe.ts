/**
 * FracTracker often lists a campus Epoch already covers (Meta Prometheus, Stargate Abilene...).
 * A FracTracker row within 2 km of an Epoch / hand-written site that shares an operator is the
 * same place: its links and credit go to that site and the row is dropped. Never match on names.
 */
import { distanceKm } from './text';
import { FRACTRACKER_CREDIT, type SiteDraft } from './types';

export const DUPLICATE_RADIUS_KM = 2;

/**
 * Reviewed by hand: FracTracker rows for Epoch campuses that Epoch gives no coordinates for (so the
 * distance test cannot see them). Same operator, same town, and the row names the same project.
 */
export const FRACTRACKER_LINKS: Record<string, string> = {
  'fractracker-project-jupiter-santa-teresa-nm': 'epoch-stargate-new-mexico',
  'fractracker-project-lighthouse-port-washington-wi': 'epoch-stargate-wisconsin',
  'fractracker-related-digital-the-barn-saline-mi': 'epoch-stargate-michigan',
  'fractracker-applied-digital-polaris-forge-1-ellendale-nd': 'epoch-coreweave-ellendale-nd',
  'fractracker-nebius-vineland-nj': 'epoch-microsoft-nebius-new-jersey',
  'fractracker-microsoft-data-center-sat14-san-antonio-tx': 'epoch-microsoft-sat14',
  'fractracker-meta-temple-tx': 'epoch-meta-temple',
  'fractracker-meta-cheyenne-wy': 'epoch-meta-cheyenne',
  'fractracker-meta-montgomery-al': 'epoch-meta-montgomery',
  'fractracker-meta-jeffersonville-in': 'epoch-meta-jeffersonville',
  'fractracker-meta-huntsville-al': 'epoch-meta-huntsville',
  'fractracker-gallatin-data-center-gallatin-tn': 'epoch-meta-gallatin',
  'fractracker-google-lincoln-ne': 'epoch-google-lincoln',
  'fractracker-google-red-oak-tx': 'epoch-google-red-oak',
  'fractracker-lancaster-data-center-lancaster-oh': 'epoch-google-lancaster',
  'fractracker-microsoft-goodyear-az': 'epoch-microsoft-goodyear',
  'fractracker-qts-data-center-fairfax-ia': 'epoch-qts-cedar-rapids',
};

function point(s: SiteDraft): { lat: number; lon: number } | undefined {
  const p = s.place;
  return p?.lat !== undefined && p?.lon !== undefined && (p.precision === 'site' || p.precision === undefined) ? { lat: p.lat, lon: p.lon } : undefined;
}

export function findDuplicate(frac: SiteDraft, targets: SiteDraft[]): SiteDraft | undefined {
  const here = frac.place?.lat !== undefined && frac.place?.lon !== undefined ? { lat: frac.place.lat, lon: frac.place.lon } : undefined;
  if (!here) return undefined;
  const ops = new Set(frac.operatorIds);
  let best: { site: SiteDraft; km: number } | undefined;
  for (const t of targets) {
    const there = point(t);
    if (!there || !(t.operatorIds ?? []).some((id) => ops.has(id))) continue;
    const km = distanceKm(here, there);
    if (km < DUPLICATE_RADIUS_KM && (!best || km < best.km)) best = { site: t, km };
  }
  return best?.site;
}

export function mergeFracTrackerDuplicates(fracs: SiteDraft[], targets: SiteDraft[]): SiteDraft[] {
  const kept: SiteDraft[] = [];
  const byId = new Map(targets.map((t) => [t.id, t]));
  for (const f of fracs) {
    const linked = FRACTRACKER_LINKS[f.id];
    if (linked && !byId.has(linked)) throw new Error(`FracTracker link to missing site ${linked}`);
    const t = linked ? byId.get(linked) : findDuplicate(f, targets);
    if (!t) {
      kept.push(f);
      continue;
    }
    // A campus Epoch only places at town level gets FracTracker's site-level pin.
    if (t.place?.precision !== 'site' && f.place?.precision === 'site') {
      t.place = { ...t.place, lat: f.place.lat, lon: f.place.lon, precision: 'site' };
    }
    const have = new Set((t.sources ?? []).map((s) => s.url));
    t.sources = [...(t.sources ?? []), ...(f.sources ?? []).filter((s) => !have.has(s.url))].slice(0, 30);
    if (!(t.credits ?? []).includes(FRACTRACKER_CREDIT)) t.credits = [...(t.credits ?? []), FRACTRACKER_CREDIT];
    const cap = f.capacity ?? {};
    const mw = cap.operationalMW ?? cap.plannedMW;
    const facts = [
      `FracTracker Alliance (Apr 2026) lists this site as "${f.name}", status ${f.status}`,
      mw !== undefined ? `${cap.note ?? `${mw} MW`}` : '',
      f.investment?.text ? `cost ${f.investment.text}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    t.notes = [t.notes, `${facts}.`].filter(Boolean).join(' ').slice(0, 4000);
  }
  return kept;
}
