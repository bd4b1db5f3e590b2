/** One line per candidate site for "Link to existing site". */
import type { Operator, Site } from '../catalog/schema';
import { placeLine } from '../format/place';

export interface CandidateLine {
  id: string;
  name: string;
  /** "Tokyo, Japan · Alibaba Cloud" */
  detail: string;
}

export function candidateLine(site: Site, operators: readonly Pick<Operator, 'id' | 'name'>[]): CandidateLine {
  const names = site.operatorIds.map((id) => operators.find((o) => o.id === id)?.name ?? id);
  return { id: site.id, name: site.name, detail: [placeLine(site.place), names.join(', ')].filter(Boolean).join(' · ') };
}
