import type { MentionSummary } from '../../lib/messaging/messages';
import { kindLabel } from '../../lib/format/labels';
import { formatGpus, formatMW } from '../../lib/format/numbers';
import { CountBadge } from '../shared/CountBadge';

interface Props {
  mentions: readonly MentionSummary[];
  /** Both name the mention by its id (stable across the page's rescans). */
  onReveal: (id: string) => void;
  onSave: (id: string) => void;
}

/** "Alibaba Cloud · Tokyo, Japan · 300 MW": the facts the detector read, in one line. */
export function factLine(m: MentionSummary): string {
  const f = m.facts;
  return [
    f.operator,
    f.location,
    f.capacityMW !== null ? formatMW(f.capacityMW) : null,
    f.gpus !== null ? formatGpus(f.gpus) : null,
    f.investment,
  ]
    .filter(Boolean)
    .join(' · ');
}

function Group({ title, mentions, onReveal, onSave }: Props & { title: 'Known' | 'New' }) {
  const headingId = `mentions-${title.toLowerCase()}`;
  return (
    <section class="mention-group" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} <CountBadge count={mentions.length} label={`${title.toLowerCase()} mentions`} />
      </h2>
      {mentions.length === 0 ? (
        <p class="muted">{title === 'Known' ? 'None from your catalog on this page.' : 'No new data centers found.'}</p>
      ) : (
        <ul class="mention-list">
          {mentions.map((m) => {
            const facts = factLine(m);
            return (
              <li key={m.id} class={`mention mention--${m.status}`}>
                <button
                  type="button"
                  class="mention-row"
                  data-testid="mention-row"
                  data-status={m.status}
                  title="Show on the page"
                  onClick={() => onReveal(m.id)}
                >
                  <span class="mention-text">{m.text}</span>
                  <span class="mention-meta">
                    <span class="tag">{kindLabel(m.kind)}</span>
                    {facts && <span class="mention-facts">{facts}</span>}
                  </span>
                </button>
                {m.status === 'new' && (
                  <button type="button" class="mention-save" data-testid="mention-save" aria-label={`Save “${m.text}” to the catalog`} onClick={() => onSave(m.id)}>
                    Save…
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

export function MentionList({ mentions, onReveal, onSave }: Props) {
  const known = mentions.filter((m) => m.status === 'known');
  const fresh = mentions.filter((m) => m.status === 'new');
  return (
    <div class="mentions">
      <Group title="Known" mentions={known} onReveal={onReveal} onSave={onSave} />
      <Group title="New" mentions={fresh} onReveal={onReveal} onSave={onSave} />
    </div>
  );
}
