/**
 * Saving a new mention: as a new site (the shared form, prefilled from the mention's facts) or as
 * another sighting of a site the catalog already has ("It is one of these").
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Operator } from '../../lib/catalog/schema';
import { draftFromMention, type PageRef } from '../../lib/ui/draft';
import { evidenceFromMention } from '../../lib/ui/evidence';
import type { FieldErrors } from '../../lib/ui/fields';
import { errorsByField } from '../../lib/ui/validate';
import type { MentionSummary } from '../../lib/messaging/messages';
import { Quote } from '../shared/Quote';
import { SiteForm } from '../shared/SiteForm';
import type { CandidateLine } from '../../lib/ui/candidates';
import type { PopupApi } from './api';

interface Props {
  mention: MentionSummary;
  /** A site picked in the card's "Is it one of these?": open in link mode with it chosen. */
  candidate?: string;
  page: PageRef;
  operators: readonly Operator[];
  api: PopupApi;
  onDone: (message: string) => void;
  onCancel: () => void;
}

type Mode = 'new' | 'link';

export function SaveMention({ mention, candidate, page, operators, api, onDone, onCancel }: Props) {
  const picked = candidate && mention.candidates.includes(candidate) ? candidate : '';
  const [mode, setMode] = useState<Mode>(picked ? 'link' : 'new');
  const [candidates, setCandidates] = useState<CandidateLine[] | null>(null);
  const [chosen, setChosen] = useState<string>(picked);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const evidence = useMemo(() => evidenceFromMention(mention, page), [mention, page]);
  const initial = useMemo(() => draftFromMention(mention, page, operators), [mention, page, operators]);

  useEffect(() => {
    if (!mention.candidates.length) return;
    let live = true;
    api.candidates(mention.candidates).then(
      (list) => live && setCandidates(list),
      () => live && setCandidates([]),
    );
    return () => {
      live = false;
    };
  }, [mention, api]);

  const save = async (site: Parameters<PopupApi['saveSite']>[0]): Promise<FieldErrors | null> => {
    const reply = await api.saveSite(site, evidence);
    if (!reply.ok) return errorsByField(reply.errors);
    onDone(`Saved “${reply.site.name}” to your catalog.`);
    return null;
  };

  const link = async (event: Event) => {
    event.preventDefault();
    if (!chosen) {
      setLinkError('Choose the site this mention is about.');
      return;
    }
    setLinking(true);
    setLinkError(null);
    try {
      await api.linkSite(chosen, evidence);
      const name = candidates?.find((c) => c.id === chosen)?.name ?? chosen;
      onDone(`This article is now a source for “${name}”.`);
    } catch (error) {
      setLinkError(error instanceof Error ? error.message : String(error));
    } finally {
      setLinking(false);
    }
  };

  const hasCandidates = mention.candidates.length > 0;

  return (
    <section class="save-mention" aria-labelledby="save-heading">
      <div class="view-header">
        <button type="button" class="link-button" onClick={onCancel}>
          ← Back
        </button>
        <h2 id="save-heading">Save to catalog</h2>
      </div>
      <Quote quote={mention.quote} />

      {hasCandidates && (
        <fieldset class="mode-switch">
          <legend>This mention is</legend>
          <label>
            <input type="radio" name="save-mode" value="new" checked={mode === 'new'} onChange={() => setMode('new')} />
            A new site
          </label>
          <label>
            <input type="radio" name="save-mode" value="link" checked={mode === 'link'} onChange={() => setMode('link')} />
            Link to existing site
          </label>
        </fieldset>
      )}

      {mode === 'new' || !hasCandidates ? (
        <SiteForm initial={initial} operators={operators} submitLabel="Save site" onSave={save} onCancel={onCancel} />
      ) : (
        <form class="link-form" data-testid="link-form" onSubmit={link} noValidate>
          {linkError && (
            <p class="form-error" role="alert">
              {linkError}
            </p>
          )}
          {candidates === null ? (
            <p class="muted" role="status">
              Loading sites…
            </p>
          ) : candidates.length === 0 ? (
            <p class="muted">None of the suggested sites could be loaded.</p>
          ) : (
            <fieldset>
              <legend>Which site is it?</legend>
              {candidates.map((c) => (
                <label key={c.id} class="candidate" data-testid="candidate-option">
                  <input type="radio" name="candidate" value={c.id} checked={chosen === c.id} onChange={() => setChosen(c.id)} />
                  <span>
                    <span class="candidate-name">{c.name}</span>
                    {c.detail && <span class="muted"> {c.detail}</span>}
                  </span>
                </label>
              ))}
            </fieldset>
          )}
          <div class="form-actions">
            <button type="button" onClick={onCancel} disabled={linking}>
              Cancel
            </button>
            <button type="submit" class="primary" data-testid="link-submit" disabled={linking || !candidates?.length}>
              {linking ? 'Linking…' : 'Link to site'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
