interface Props {
  message: string;
  actionLabel?: string;
  onAction?: () => void;
  onClose: () => void;
}

/** A polite status line with an optional action ("Undo"); it stays until closed or replaced. */
export function Toast({ message, actionLabel, onAction, onClose }: Props) {
  return (
    <div class="toast" role="status" data-testid="toast">
      <span>{message}</span>
      {actionLabel && onAction && (
        <button type="button" class="link-button" onClick={onAction}>
          {actionLabel}
        </button>
      )}
      <button type="button" class="icon-button" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
