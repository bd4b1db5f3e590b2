import type { Operator, Site } from '../../lib/catalog/schema';
import { kindLabel } from '../../lib/format/labels';
import { placeLine } from '../../lib/format/place';

export interface CandidatesProps {
  candidates: Site[];
  operators: Operator[];
  onPick?: (siteId: string) => void;
}

function describe(site: Site, operators: Operator[]): string {
  const names = site.operatorIds.map((id) => operators.find((o) => o.id === id)?.name).filter((n): n is string => !!n);
  return [names.join(', '), placeLine(site.place), kindLabel(site.kind)].filter(Boolean).join(' · ');
}

/** "Is it one of these?": catalog sites the mention may refer to, each a button. */
export function Candidates({ candidates, operators, onPick }: CandidatesProps) {
  if (!candidates.length) return null;
  return (
    <ul class="dcl-candidates">
      {candidates.map((site) => {
        const body = (
          <>
            <span class="dcl-candidate-name">{site.name}</span>
            <span class="dcl-candidate-meta">{describe(site, operators)}</span>
          </>
        );
        return (
          <li key={site.id}>
            {onPick ? (
              <button type="button" class="dcl-candidate" data-site-id={site.id} onClick={() => onPick(site.id)}>
                {body}
              </button>
            ) : (
              <div class="dcl-candidate">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
