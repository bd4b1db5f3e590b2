/**
 * Folding a second source's record of the same facility into the existing site. The existing id,
 * name and values stay; what the site lacks is filled in (with the source's as-of date); where the
 * two disagree, both are kept: the existing value in its field, the other in a dated note naming
 * its source ("Open Data Center Atlas, as of 2025-02: planned 150 MW"), rather than guessing.
 */
import type { SiteDraft } from './types';

export interface FactOrigin {
  /** Short source name for notes: "Open Data Center Atlas". */
  label: string;
  credit?: string;
}

const fmt = (n: number) => String(Math.round(n * 10) / 10);

export function mergeFacts(target: SiteDraft, incoming: SiteDraft, origin: FactOrigin): string[] {
  const conflicts: string[] = [];
  const t = target;
  const i = incoming;
  const capT = { ...(t.capacity ?? {}) };
  const capI = i.capacity ?? {};
  if (capT.operationalMW === undefined && capT.plannedMW === undefined) {
    // The site has no power figure: take the other source's, with its date and note.
    Object.assign(capT, { operationalMW: capI.operationalMW, plannedMW: capI.plannedMW, asOf: capI.asOf, note: capI.note });
  } else {
    // One capacity record has one as-of date, so figures of another source and date never join
    // it: a differing or extra figure goes to the dated note instead.
    for (const key of ['operationalMW', 'plannedMW'] as const) {
      const mine = capT[key];
      const theirs = capI[key];
      if (theirs !== undefined && (mine === undefined || Math.abs(mine - theirs) > Math.max(1, mine * 0.05))) {
        conflicts.push(`${key === 'operationalMW' ? 'in service' : 'planned'} ${fmt(theirs)} MW`);
      }
    }
  }
  t.capacity = capT;
  if (i.status && i.status !== 'unknown') {
    if (!t.status || t.status === 'unknown') t.status = i.status;
    else if (t.status !== i.status) conflicts.push(`status ${i.status.replace('_', ' ')}`);
  }
  const datesT = { ...(t.dates ?? {}) };
  for (const [k, v] of Object.entries(i.dates ?? {}) as [keyof NonNullable<SiteDraft['dates']>, string | undefined][]) {
    if (!v) continue;
    if (!datesT[k]) datesT[k] = v;
    else if (datesT[k]!.slice(0, 4) !== v.slice(0, 4)) conflicts.push(`${k} ${v}`);
  }
  t.dates = datesT;
  if (i.investment && (i.investment.text || i.investment.usd) && !(t.investment?.text || t.investment?.usd)) t.investment = i.investment;
  if (i.gpus && Object.keys(i.gpus).length && !(t.gpus?.count || t.gpus?.plannedCount)) t.gpus = i.gpus;
  t.codes = [...new Set([...(t.codes ?? []), ...(i.codes ?? [])])];
  if (!t.place?.metro && i.place?.metro) t.place = { ...t.place, metro: i.place.metro };
  if (t.place?.precision !== 'site' && i.place?.precision === 'site') t.place = { ...t.place, lat: i.place.lat, lon: i.place.lon, precision: 'site' };
  const have = new Set((t.sources ?? []).map((s) => s.url));
  t.sources = [...(t.sources ?? []), ...(i.sources ?? []).filter((s) => !have.has(s.url))];
  if (origin.credit && !(t.credits ?? []).includes(origin.credit)) t.credits = [...(t.credits ?? []), origin.credit];
  if (conflicts.length) {
    const asOf = capI.asOf ?? i.stamp;
    t.notes = [t.notes, `${origin.label}, as of ${asOf}: ${conflicts.join('; ')}.`].filter(Boolean).join(' ').slice(0, 4000);
  }
  return conflicts;
}
