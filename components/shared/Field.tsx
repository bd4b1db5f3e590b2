import type { ComponentChildren } from 'preact';

interface Props {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  class?: string;
  children: ComponentChildren;
}

/** Label, control and its message; the control must carry id and describedBy(id, error, hint). */
export function Field({ id, label, error, hint, class: className, children }: Props) {
  return (
    <div class={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label for={id}>{label}</label>
      {children}
      {hint && !error && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} data-testid="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function describedBy(id: string, error?: string, hint?: string): string | undefined {
  if (error) return `${id}-error`;
  return hint ? `${id}-hint` : undefined;
}
