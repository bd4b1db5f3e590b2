import type { PageStatus } from '../../lib/ui/page-status';

interface Props {
  status: PageStatus;
  onTurnOn: () => void;
  onTurnOnSite: () => void;
}

/** Why there is no mention list, said plainly, with the one action that fixes it when there is one. */
export function PageNotice({ status, onTurnOn, onTurnOnSite }: Props) {
  switch (status.kind) {
    case 'restricted':
      return (
        <p class="notice" data-testid="page-restricted">
          DC Lens can’t read this page. Browsers keep extensions out of their own pages (such as chrome:// or about:), extension stores and local
          files. Open a news article on the web to use it.
        </p>
      );
    case 'off':
      return (
        <div class="notice" data-testid="page-off">
          <p>DC Lens is off.</p>
          <button type="button" class="primary" onClick={onTurnOn}>
            Turn on
          </button>
        </div>
      );
    case 'site-off':
      return (
        <div class="notice" data-testid="page-site-off">
          <p>DC Lens is off on {status.hostname}.</p>
          <button type="button" class="primary" onClick={onTurnOnSite}>
            Turn on for this site
          </button>
        </div>
      );
    case 'active':
      return null;
  }
}
