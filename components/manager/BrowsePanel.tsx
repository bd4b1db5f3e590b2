/**
 * Browse the catalog: filters and table, and beside them the selected site's details, its editor,
 * or the "Add site" form. Deleting offers Undo through the page's toast.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Operator, Site } from '../../lib/catalog/schema';
import type { BrowseState } from '../../lib/ui/catalog-query';
import { draftFromSite } from '../../lib/ui/draft';
import { emptyDraft, type FieldErrors } from '../../lib/ui/fields';
import type { SiteSavePayloadInput } from '../../lib/ui/payload';
import { errorsByField } from '../../lib/ui/validate';
import { SiteForm } from '../shared/SiteForm';
import type { ManagerApi, SiteDetailData } from './api';
import { BrowseFilters } from './BrowseFilters';
import { Pager } from './Pager';
import { SiteDetail } from './SiteDetail';
import { SiteTable } from './SiteTable';
import type { ListResult } from './useCatalogList';

export interface ToastRequest {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
}

interface Props {
  api: ManagerApi;
  operators: readonly Operator[];
  countries: ReadonlyArray<{ id: string; name: string }>;
  browse: BrowseState;
  list: ListResult;
  onBrowse: (patch: Partial<BrowseState>) => void;
  /** The catalog changed here: refresh the list, the stats and the operators. */
  onChanged: () => void;
  /** Changes whenever the catalog may have changed (an import, a save elsewhere): the open site is read again. */
  catalogVersion: number;
  notify: (toast: ToastRequest) => void;
}

type Pane = { mode: 'none' } | { mode: 'view'; id: string } | { mode: 'edit'; id: string } | { mode: 'add' };

export function BrowsePanel({ api, operators, countries, browse, list, onBrowse, onChanged, catalogVersion, notify }: Props) {
  const [pane, setPane] = useState<Pane>({ mode: 'none' });
  const [detail, setDetail] = useState<(SiteDetailData & { site: Site }) | null>(null);
  const [detailError, setDetailError] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  const selectedId = pane.mode === 'view' || pane.mode === 'edit' ? pane.id : null;

  useEffect(() => {
    if (!selectedId) {
      setDetail(null);
      return;
    }
    let live = true;
    setDetailError(null);
    api.site(selectedId).then(
      (d) => {
        if (!live) return;
        if (d.site) setDetail({ ...d, site: d.site });
        else {
          setDetail(null);
          setDetailError('This site is no longer in the catalog.');
        }
      },
      (e) => live && setDetailError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [api, selectedId, reload, catalogVersion]);

  const save = async (site: SiteSavePayloadInput): Promise<FieldErrors | null> => {
    const reply = await api.save(site);
    if (!reply.ok) return errorsByField(reply.errors);
    notify({ message: `Saved “${reply.site.name}”.` });
    setPane({ mode: 'view', id: reply.site.id });
    setReload((n) => n + 1);
    onChanged();
    return null;
  };

  const remove = async (site: Site) => {
    try {
      await api.remove(site.id);
    } catch (e) {
      notify({ message: `Could not delete: ${e instanceof Error ? e.message : String(e)}` });
      return;
    }
    setPane({ mode: 'none' });
    onChanged();
    notify({
      message: `Deleted “${site.name}”.`,
      actionLabel: 'Undo',
      onAction: () => {
        api.restore(site.id).then(
          () => {
            onChanged();
            setPane({ mode: 'view', id: site.id });
            notify({ message: `Restored “${site.name}”.` });
          },
          (e) => notify({ message: `Could not restore: ${e instanceof Error ? e.message : String(e)}` }),
        );
      },
    });
  };

  const side = () => {
    if (pane.mode === 'add') {
      return (
        <section class="side-panel" aria-labelledby="add-heading">
          <h3 id="add-heading">Add a site</h3>
          <SiteForm initial={{ ...emptyDraft(), status: 'unknown' }} operators={operators} submitLabel="Add site" onSave={save} onCancel={() => setPane({ mode: 'none' })} />
        </section>
      );
    }
    if (!selectedId) return null;
    if (detailError) {
      return (
        <section class="side-panel">
          <p class="notice notice--error" role="alert">
            {detailError}
          </p>
        </section>
      );
    }
    if (!detail || detail.site.id !== selectedId) {
      return (
        <section class="side-panel">
          <p class="muted">Loading…</p>
        </section>
      );
    }
    if (pane.mode === 'edit') {
      return (
        <section class="side-panel" aria-labelledby="edit-heading">
          <h3 id="edit-heading">Edit “{detail.site.name}”</h3>
          <SiteForm
            key={detail.site.id + detail.site.updatedAt}
            initial={draftFromSite(detail.site, operators)}
            base={detail.site}
            operators={operators}
            submitLabel="Save changes"
            onSave={save}
            onCancel={() => setPane({ mode: 'view', id: detail.site.id })}
          />
        </section>
      );
    }
    return (
      <section class="side-panel">
        <SiteDetail
          detail={detail}
          onEdit={() => setPane({ mode: 'edit', id: detail.site.id })}
          onDelete={() => void remove(detail.site)}
          onClose={() => setPane({ mode: 'none' })}
        />
      </section>
    );
  };

  return (
    <div class="browse">
      <div class="browse-toolbar">
        <BrowseFilters state={browse} operators={operators} countries={countries} onChange={onBrowse} />
        <button type="button" class="primary" data-testid="add-site" onClick={() => setPane({ mode: 'add' })}>
          Add site
        </button>
      </div>
      <div class={`browse-body${pane.mode === 'none' ? '' : ' browse-body--split'}`}>
        <div class="browse-list" aria-busy={list.loading}>
          {list.error && (
            <p class="notice notice--error" role="alert">
              Could not load the catalog: {list.error}
            </p>
          )}
          {!list.loading && !list.error && list.sites.length === 0 ? (
            <p class="notice">No sites match.</p>
          ) : (
            <SiteTable sites={list.sites} operators={operators} selectedId={selectedId} onSelect={(id) => setPane({ mode: 'view', id })} />
          )}
          <Pager page={browse.page} shown={list.sites.length} total={list.total} onPage={(page) => onBrowse({ page })} />
        </div>
        {side()}
      </div>
    </div>
  );
}
