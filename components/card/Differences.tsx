import type { FactDifference } from '../../lib/format/differences';

export interface DifferencesProps {
  differences: FactDifference[];
  headingId: string;
}

/** "This article: 103 MW · catalog: 100 MW": where the article adds to or contradicts the catalog. */
export function Differences({ differences, headingId }: DifferencesProps) {
  if (!differences.length) return null;
  return (
    <section class="dcl-section dcl-diffs" aria-labelledby={headingId}>
      <h3 id={headingId}>This article says</h3>
      <ul>
        {differences.map((d) => (
          <li key={d.fact} data-fact={d.fact} data-kind={d.kind}>
            <span class="dcl-diff-label">{`${d.label}:`}</span>{' '}
            {`This article: ${d.article} · catalog: ${d.catalog ?? 'not recorded'}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
