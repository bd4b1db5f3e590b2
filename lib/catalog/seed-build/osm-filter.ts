/**
 * Which OpenStreetMap features tagged as data centers are not one as news means it. Each rule is
 * one reason, checked in order; the build prints how many features each dropped.
 */
import type { OsmRow } from './osm-row';

export const OSM_DROP_REASONS = {
  tower: 'communication tower or mast (man_made / tower:type)',
  supercomputer: 'a single supercomputer (man_made=supercomputer)',
  university: 'university or school computing room (operator, owner or name is a university, college or school)',
  office: 'company office with no sign of a data-center building (office=*, no building=data_center, no code, no known data-center operator)',
  shop: 'shop, internet café or post office (amenity / shop tags)',
  gone: 'abandoned, disused or demolished',
  serverRoom: 'a server room or technical room inside another building (by name)',
  anonymous: 'no name, no operator and no code: nothing a reader or a card could name',
} as const;
export type OsmDropReason = keyof typeof OSM_DROP_REASONS;

const EDUCATION = /\b(universit\w*|univ\.|hochschule|college|school|schule|academy|académie|lyceum|lycée|faculty|facultad|faculdade)\b/iu;
const SERVER_ROOM = /\b(server ?room|serverraum|salle (technique|serveurs?|informatique)|technical room|sala de servidores|computer lab)\b/iu;

/** The reason a feature is not a data center, or undefined to keep it. `knownOperator` says the company runs data centers elsewhere in the catalog. */
export function osmDropReason(row: OsmRow, knownOperator: boolean): OsmDropReason | undefined {
  const t = row.tags;
  if (t.man_made === 'tower' || t.man_made === 'mast' || t['tower:type'] !== undefined) return 'tower';
  if (t.man_made === 'supercomputer') return 'supercomputer';
  if (t.abandoned === 'yes' || t.disused === 'yes' || t.demolished === 'yes' || Object.keys(t).some((k) => /^(abandoned|disused|demolished|was):(telecom|building)$/.test(k))) return 'gone';
  if (t.amenity === 'internet_cafe' || t.amenity === 'post_office' || t.shop !== undefined) return 'shop';
  if ([row.operator, row.owner, row.name, row.nameEn].some((s) => s && EDUCATION.test(s)) || ['university', 'college', 'school'].includes(t.building ?? '') || ['university', 'college', 'school'].includes(t.amenity ?? '') || t.office === 'educational_institution') return 'university';
  if (SERVER_ROOM.test(`${row.name} ${row.nameEn}`)) return 'serverRoom';
  const dcEvidence = t.building === 'data_center' || row.refs.length > 0 || knownOperator;
  if (t.office !== undefined && !dcEvidence) return 'office';
  if (!row.name && !row.nameEn && !row.operator && !row.owner && !row.brand && row.refs.length === 0) return 'anonymous';
  return undefined;
}
