/**
 * Operator identity for OpenStreetMap features. `operator:wikidata` is the stable key: every
 * spelling mappers used with the same Wikidata id is one company ("Equinix, Inc." = "Equinix").
 * Without it, the spelling goes through the operator registry (legal forms dropped, known aliases),
 * plus the few OSM spellings below that no other source uses.
 */
import type { OperatorRegistry } from './operator-registry';
import type { OsmRow } from './osm-row';
import { cmp } from './text';

/** OSM spellings of companies the catalog knows under another name. */
export const OSM_OPERATOR_SPELLINGS: Readonly<Record<string, string>> = {
  'Quality Technology Services': 'QTS Data Centers',
  'Stack Infrastructure': 'STACK Infrastructure',
  'Amazon.com': 'Amazon Web Services',
  'Meta Platforms': 'Meta',
  Facebook: 'Meta',
  'Facebook, Inc.': 'Meta',
  'Digital Realty Trust': 'Digital Realty',
  Interxion: 'Digital Realty',
  'Interxion Deutschland GmbH': 'Digital Realty',
  'NTT Global Data Centers': 'NTT DATA',
  'NTT Communications': 'NTT DATA',
};

const company = (row: OsmRow) => row.operator || row.owner || row.brand;

export class OsmOperators {
  /** Wikidata id -> operator id, decided once per id from all its spellings. */
  private readonly byWikidata = new Map<string, string>();

  constructor(rows: OsmRow[], private readonly registry: OperatorRegistry) {
    const spellings = new Map<string, Map<string, number>>();
    for (const r of rows) {
      if (!r.operatorWikidata || !r.operator) continue;
      const m = spellings.get(r.operatorWikidata) ?? new Map<string, number>();
      m.set(r.operator, (m.get(r.operator) ?? 0) + 1);
      spellings.set(r.operatorWikidata, m);
    }
    for (const [qid, names] of [...spellings].sort(([a], [b]) => cmp(a, b))) {
      const ranked = [...names].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([n]) => n);
      // A spelling the catalog already knows wins; else the most used one names a new operator.
      const known = ranked.map((n) => this.known(n)).find(Boolean);
      this.byWikidata.set(qid, known ?? this.registry.ensure(ranked[0], 'colocation'));
    }
  }

  private known(name: string): string | undefined {
    const spelled = OSM_OPERATOR_SPELLINGS[name] ?? name;
    return this.registry.resolve(spelled) ?? this.registry.resolve(spelled.split(/\s*[;|]\s*/)[0]);
  }

  /** The feature's operator id ('undisclosed' when no company is tagged or named). */
  idFor(row: OsmRow): string {
    if (row.operatorWikidata && this.byWikidata.has(row.operatorWikidata)) return this.registry.use(this.byWikidata.get(row.operatorWikidata)!);
    const name = company(row);
    if (name) {
      const first = name.split(/\s*;\s*/)[0];
      // A known company only at the start of the tag ("Equinix (Germany) GmbH"), never inside it:
      // "Global Switch" is not Switch.
      return this.registry.use(this.known(first) ?? this.registry.resolvePrefix(first) ?? this.registry.ensure(first, 'colocation'));
    }
    // "Equinix AM7" with no operator tag: a known company at the start of the name.
    const lead = row.name ? this.registry.resolvePrefix(row.name) : undefined;
    return this.registry.use(lead ?? 'undisclosed');
  }
}
