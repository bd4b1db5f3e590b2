/**
 * The one site form: the popup saves a new mention with it, the manager edits and adds sites.
 * Validation is lib/ui/validate.ts; this component renders fields and messages next to them.
 */
import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { InputHTMLAttributes } from 'preact';
import { SITE_KINDS, SITE_STATUSES, type Operator, type Site } from '../../lib/catalog/schema';
import { COUNTRIES } from '../../lib/geo/countries';
import { KIND_LABELS, STATUS_LABELS } from '../../lib/format/labels';
import { FIELD_LABELS, FORM_ERROR, type DraftField, type FieldErrors, type SiteDraft } from '../../lib/ui/fields';
import { chooseOperator } from '../../lib/ui/operators';
import type { SiteSavePayloadInput } from '../../lib/ui/payload';
import { validateDraft } from '../../lib/ui/validate';
import { describedBy, Field } from './Field';

const COUNTRY_OPTIONS = [...COUNTRIES].sort((a, b) => a.name.localeCompare(b.name, 'en'));

export interface SiteFormProps {
  initial: SiteDraft;
  operators: readonly Operator[];
  /** The stored site when editing, so fields the form does not show are kept. */
  base?: Site;
  submitLabel: string;
  /** Resolves to errors to show (e.g. from the background), or null when saved. */
  onSave: (payload: SiteSavePayloadInput) => Promise<FieldErrors | null>;
  onCancel?: () => void;
}

type TextField = Exclude<DraftField, 'kind' | 'status' | 'country'>;

export function SiteForm({ initial, operators, base, submitLabel, onSave, onCancel }: SiteFormProps) {
  const uid = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<SiteDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const idOf = (f: DraftField) => `${uid}-${f}`;
  const operatorChoice = useMemo(() => chooseOperator(draft.operator, operators), [draft.operator, operators]);

  const set = (field: DraftField, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const focusFirstError = () => {
    queueMicrotask(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const result = validateDraft(draft, operators, base);
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError();
      return;
    }
    setBusy(true);
    setErrors({});
    try {
      const refused = await onSave(result.payload);
      if (refused) {
        setErrors(refused);
        focusFirstError();
      }
    } catch (error) {
      setErrors({ [FORM_ERROR]: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  const text = (field: TextField, extra: InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <Field id={idOf(field)} label={FIELD_LABELS[field]} error={errors[field]} hint={hint}>
      <input
        id={idOf(field)}
        name={field}
        type="text"
        value={draft[field]}
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={describedBy(idOf(field), errors[field], hint)}
        onInput={(e) => set(field, e.currentTarget.value)}
        {...extra}
      />
    </Field>
  );

  const select = (field: 'kind' | 'status' | 'country', options: ReadonlyArray<readonly [string, string]>) => (
    <Field id={idOf(field)} label={FIELD_LABELS[field]} error={errors[field]}>
      <select
        id={idOf(field)}
        name={field}
        value={draft[field]}
        aria-invalid={errors[field] ? 'true' : undefined}
        aria-describedby={describedBy(idOf(field), errors[field])}
        onChange={(e) => set(field, e.currentTarget.value)}
      >
        {options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </Field>
  );

  const countryOptions = useMemo(() => {
    const list: Array<readonly [string, string]> = [['', '—'], ...COUNTRY_OPTIONS.map((c) => [c.code, `${c.name} (${c.code})`] as const)];
    // An unknown stored code stays visible (and is reported) instead of silently turning into "—".
    if (draft.country && !COUNTRY_OPTIONS.some((c) => c.code === draft.country)) list.push([draft.country, draft.country]);
    return list;
  }, [draft.country]);

  const operatorHint =
    operatorChoice.kind === 'new'
      ? `New operator: “${operatorChoice.name}” will be added to your catalog.`
      : operatorChoice.kind === 'existing' && operatorChoice.name !== draft.operator.trim()
        ? `Matches ${operatorChoice.name}.`
        : undefined;
  const date = { placeholder: 'YYYY-MM', inputMode: 'numeric' as const, autocomplete: 'off' };
  const num = { inputMode: 'decimal' as const, autocomplete: 'off' };

  return (
    <form ref={formRef} class="site-form" data-testid="save-form" noValidate onSubmit={submit}>
      {errors[FORM_ERROR] && (
        <p class="form-error" role="alert">
          {errors[FORM_ERROR]}
        </p>
      )}
      <fieldset>
        <legend>Site</legend>
        {text('name', { maxLength: 200, required: true, autocomplete: 'off' })}
        <div class="field-row">
          {select('kind', SITE_KINDS.map((k) => [k, KIND_LABELS[k]] as const))}
          {select('status', SITE_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const))}
        </div>
        {text('operator', { list: `${uid}-operators`, maxLength: 200, required: true, autocomplete: 'off' }, operatorHint)}
        <datalist id={`${uid}-operators`}>
          {operators.map((o) => (
            <option key={o.id} value={o.name} />
          ))}
        </datalist>
      </fieldset>
      <fieldset>
        <legend>Place</legend>
        <div class="field-row">
          {text('city', { maxLength: 120, autocomplete: 'off' })}
          {text('admin', { maxLength: 120, autocomplete: 'off' })}
        </div>
        {select('country', countryOptions)}
      </fieldset>
      <fieldset>
        <legend>Size</legend>
        <div class="field-row">
          {text('plannedMW', num)}
          {text('operationalMW', num)}
        </div>
        <div class="field-row">
          {text('plannedGpus', { ...num, inputMode: 'numeric' })}
          {text('gpus', { ...num, inputMode: 'numeric' })}
        </div>
        {text('investment', { maxLength: 200, placeholder: 'e.g. $10 billion', autocomplete: 'off' })}
      </fieldset>
      <fieldset>
        <legend>Dates</legend>
        <div class="field-row">
          {text('announced', date)}
          {text('groundbreaking', date)}
        </div>
        <div class="field-row">
          {text('opened', date)}
          {text('expected', date)}
        </div>
      </fieldset>
      <fieldset>
        <legend>Source</legend>
        {text('sourceUrl', { type: 'url', inputMode: 'url', placeholder: 'https://', autocomplete: 'off' })}
        <Field id={idOf('notes')} label={FIELD_LABELS.notes} error={errors.notes}>
          <textarea
            id={idOf('notes')}
            name="notes"
            rows={3}
            value={draft.notes}
            aria-invalid={errors.notes ? 'true' : undefined}
            aria-describedby={describedBy(idOf('notes'), errors.notes)}
            onInput={(e) => set('notes', e.currentTarget.value)}
          />
        </Field>
      </fieldset>
      <div class="form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
        <button type="submit" class="primary" data-testid="save-submit" disabled={busy}>
          {busy ? 'Saving…' : submitLabel}
        </button>
      </div>
    </form>
  );
}
