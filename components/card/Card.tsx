import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import type { Operator, Site, SiteKind } from '../../lib/catalog/schema';
import type { Mention } from '../../lib/catalog/schema';
import type { CardData } from '../../lib/messaging/messages';
import { compareFacts } from '../../lib/format/differences';
import { extractedFactRows, siteFactRows } from '../../lib/format/fact-rows';
import { readableFacts } from '../../lib/format/written';
import { kindLabel, statusLabel } from '../../lib/format/labels';
import { formatCount } from '../../lib/format/numbers';
import { Candidates } from './Candidates';
import { ComparisonChart } from './ComparisonChart';
import { Differences } from './Differences';
import { FactList } from './FactList';
import { FootprintChart } from './FootprintChart';
import { SourceList } from './SourceList';
import type { CardComparison } from './types';


export interface CardProps {
  mention: Mention;
  /** null while loading */
  data: CardData | null;
  error?: string | null;
  theme: 'light' | 'dark';
  /** "Save to catalog" for a new mention (opens the popup flow). */
  onSave?: () => void;
  /** "Is it one of these?" */
  onPickCandidate?: (siteId: string) => void;
  onClose: () => void;
}

function Section({ title, id, children, class: cls }: { title: string; id: string; children: JSX.Element | null | false; class?: string }) {
  if (!children) return null;
  return (
    <section class={cls ? `dcl-section ${cls}` : 'dcl-section'} aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function operatorNames(site: Site, operators: Operator[]): string[] {
  return site.operatorIds.map((id) => operators.find((o) => o.id === id)?.name ?? id);
}

function Header({ name, kind, status, operators, onClose }: { name: string; kind: SiteKind; status: JSX.Element; operators: string[]; onClose: () => void }) {
  return (
    <header class="dcl-header">
      <div class="dcl-topline">
        <span class="dcl-brand">DC Lens</span>
        <span class="dcl-badge dcl-badge-kind">{kindLabel(kind)}</span>
        {status}
        <button type="button" class="dcl-close" aria-label="Close DC Lens card" title="Close" onClick={onClose}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d="M4 4l8 8M12 4l-8 8" />
          </svg>
        </button>
      </div>
      <h2 class="dcl-title" title={name}>
        {name}
      </h2>
      {operators.length > 0 && <p class="dcl-operators">{operators.join(' · ')}</p>}
    </header>
  );
}

function Competitors({ comparison, hasSite, ids }: { comparison: CardComparison | null; hasSite: boolean; ids: string }) {
  if (!comparison) return null;
  return (
    <>
      <Section title="Competitors" id={`${ids}-competitors`}>
        {comparison.scopes.some((s) => s.operators.length > 0) && <ComparisonChart comparison={comparison} hasSite={hasSite} />}
      </Section>
      <Section title="Footprint" id={`${ids}-footprint`}>
        {comparison.footprints.length > 0 && <FootprintChart footprints={comparison.footprints} />}
      </Section>
    </>
  );
}

function sightingsLine(count: number, isNew: boolean): string | null {
  if (count <= 0) return null;
  const articles = formatCount(count, 'article', 'articles');
  return isNew ? `Seen before in ${articles}` : `Seen in ${articles}`;
}

function KnownBody({ site, data, mention, ids }: { site: Site; data: CardData; mention: Mention; ids: string }) {
  const differences = compareFacts(mention.facts, site, data.operators, mention.operatorIds);
  const sightings = sightingsLine(data.sightingCount, false);
  return (
    <>
      <Differences differences={differences} headingId={`${ids}-diffs`} />
      <Section title="Facts" id={`${ids}-facts`}>
        <FactList rows={siteFactRows(site)} />
      </Section>
      {site.notes && <p class="dcl-notes">{site.notes}</p>}
      <Competitors comparison={data.comparison} hasSite ids={ids} />
      <Section title="Sources" id={`${ids}-sources`}>
        {site.sources.length > 0 && <SourceList sources={site.sources} />}
      </Section>
      {(sightings || site.credits.length > 0) && (
        <footer class="dcl-footer">
          {sightings && <p>{sightings}</p>}
          {site.credits.length > 0 && <p class="dcl-credits">{`Data: ${site.credits.join('; ')}`}</p>}
        </footer>
      )}
    </>
  );
}

function NewBody({ data, mention, onPickCandidate, ids }: { data: CardData; mention: Mention; onPickCandidate?: (id: string) => void; ids: string }) {
  const rows = extractedFactRows(readableFacts(mention, (id) => data.operators.find((o) => o.id === id)?.name));
  const sightings = sightingsLine(data.sightingCount, true);
  return (
    <>
      <p class="dcl-lede">Not in your catalog yet.</p>
      <Section title="What this article says" id={`${ids}-extracted`}>
        {rows.length > 0 && <FactList rows={rows} />}
      </Section>
      <Section title="Is it one of these?" id={`${ids}-candidates`}>
        {data.candidates.length > 0 && <Candidates candidates={data.candidates} operators={data.operators} onPick={onPickCandidate} />}
      </Section>
      <Competitors comparison={data.comparison} hasSite={false} ids={ids} />
      {sightings && (
        <footer class="dcl-footer">
          <p>{sightings}</p>
        </footer>
      )}
    </>
  );
}

/** The hover card for one mention: presentational, props in and events out. */
export function Card({ mention, data, error, theme, onSave, onPickCandidate, onClose }: CardProps): JSX.Element {
  const ids = useId();
  const site = data?.site ?? null;
  const name = site?.name ?? mention.facts.name ?? mention.text;
  const isNew = !site && (data !== null || mention.status === 'new');
  const status = site ? (
    <span class={`dcl-badge dcl-status-${site.status}`}>{statusLabel(site.status)}</span>
  ) : isNew ? (
    <span class="dcl-badge dcl-status-new">New</span>
  ) : (
    <></>
  );
  const operators = site ? operatorNames(site, data?.operators ?? []) : mention.facts.operator ? [mention.facts.operator] : [];
  const loading = data === null && !error;

  return (
    <div class={`dcl-card dcl-theme-${theme === 'dark' ? 'dark' : 'light'}`} role="dialog" aria-label={`DC Lens: ${name}`} tabIndex={-1} aria-busy={loading ? 'true' : undefined}>
      <Header name={name} kind={site?.kind ?? mention.kind} status={status} operators={operators} onClose={onClose} />
      <div class="dcl-body">
        {error && (
          <p class="dcl-error" role="alert">
            {error}
          </p>
        )}
        {loading && (
          <p class="dcl-muted" role="status">
            Looking up this data center…
          </p>
        )}
        {data && site && <KnownBody site={site} data={data} mention={mention} ids={ids} />}
        {data && !site && <NewBody data={data} mention={mention} onPickCandidate={onPickCandidate} ids={ids} />}
      </div>
      {data && !site && onSave && (
        <div class="dcl-actions">
          <button type="button" class="dcl-primary" onClick={onSave}>
            Save to catalog
          </button>
        </div>
      )}
    </div>
  );
}
