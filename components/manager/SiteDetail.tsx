/** Everything the catalog knows about one site: facts, sources, and where it was seen. */
import type { Site } from '../../lib/catalog/schema';
import { siteFactRows } from '../../lib/format/fact-rows';
import { kindLabel, statusLabel } from '../../lib/format/labels';
import { hostLabel } from '../../lib/format/url';
import { ExternalLink } from '../shared/ExternalLink';
import { Quote } from '../shared/Quote';
import { FactRows } from '../shared/FactRows';
import type { SiteDetailData } from './api';
import { ORIGIN_LABELS } from './labels';

interface Props {
  detail: SiteDetailData & { site: Site };
  onEdit: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** "2026-11-22" from an ISO timestamp: the date is what matters for a sighting. */
const day = (iso: string) => iso.slice(0, 10);

export function SiteDetail({ detail, onEdit, onDelete, onClose }: Props) {
  const { site, operators, sightings } = detail;
  const operatorNames = site.operatorIds.map((id) => operators.find((o) => o.id === id)?.name ?? id);
  return (
    <article class="site-detail" aria-labelledby="detail-heading" data-testid="site-detail">
      <header class="detail-header">
        <h3 id="detail-heading">{site.name}</h3>
        <button type="button" class="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      <p class="detail-sub">
        <span class="tag">{kindLabel(site.kind)}</span> <span class="tag">{statusLabel(site.status)}</span>{' '}
        <span class="tag">{ORIGIN_LABELS[site.origin]}</span>
      </p>
      <dl class="facts">
        <div class="facts-row">
          <dt>{operatorNames.length > 1 ? 'Operators' : 'Operator'}</dt>
          <dd>{operatorNames.join(', ')}</dd>
        </div>
      </dl>
      <FactRows rows={siteFactRows(site)} />
      {site.notes && (
        <>
          <h4>Notes</h4>
          <p class="notes">{site.notes}</p>
        </>
      )}
      <h4>Sources</h4>
      {site.sources.length === 0 ? (
        <p class="muted">None recorded.</p>
      ) : (
        <ul class="sources">
          {site.sources.map((s, i) => (
            <li key={`${s.url}-${i}`}>
              <ExternalLink href={s.url}>{s.title || s.publisher || hostLabel(s.url) || s.url}</ExternalLink>
              {s.date && <span class="muted"> · {s.date}</span>}
            </li>
          ))}
        </ul>
      )}
      {site.credits.length > 0 && <p class="muted credits-line">Data: {site.credits.join('; ')}</p>}
      <h4>
        Seen in articles <span class="badge">{sightings.length}</span>
      </h4>
      {sightings.length === 0 ? (
        <p class="muted">Not seen in any article yet.</p>
      ) : (
        <ul class="sightings">
          {sightings.map((s) => (
            <li key={s.id} data-testid="sighting">
              <ExternalLink href={s.url}>{s.title || hostLabel(s.url) || s.url}</ExternalLink>
              <span class="muted"> · {day(s.seenAt)}</span>
              <Quote quote={s.quote} />
            </li>
          ))}
        </ul>
      )}
      <div class="form-actions">
        <button type="button" class="danger" data-testid="site-delete" onClick={onDelete}>
          Delete
        </button>
        <button type="button" class="primary" data-testid="site-edit" onClick={onEdit}>
          Edit
        </button>
      </div>
    </article>
  );
}
