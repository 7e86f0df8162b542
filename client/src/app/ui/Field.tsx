import { cloneElement, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldProps {
  /** The control's id; its hint and error are `<id>-hint` and `<id>-error`. */
  id: string;
  label: ReactNode;
  /** Marks the label "(optional)". */
  optional?: boolean;
  hint?: ReactNode;
  /** The field's problem, already in the app's language; none when it is fine. */
  error?: string | null;
  className?: string;
  /** Shown between the control and its hint (shortcut buttons, say). */
  extra?: ReactNode;
  /** The one input, select or textarea: it gets the id, and `aria-invalid` and `aria-describedby` added to its own. */
  children: ReactElement<ControlProps>;
}

interface ControlProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

const describedBy = (id: string, hint: ReactNode, error: string | null | undefined, own?: string) =>
  [own, hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/** A labelled form control with its hint and its problem under it, the problem tied to the control for screen readers. */
export function Field({ id, label, optional, hint, error, className = 'field', extra, children }: FieldProps) {
  const { t } = useTranslation(['common']);
  return (
    <div className={className}>
      <label htmlFor={id}>
        {label}
        {optional && (
          <>
            {' '}
            <span className="muted">{t('common:optional')}</span>
          </>
        )}
      </label>
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : children.props['aria-invalid'],
        'aria-describedby': describedBy(id, hint, error, children.props['aria-describedby']),
      })}
      {extra}
      <HintAndError id={id} hint={hint} error={error} />
    </div>
  );
}

/** A group of choices (radio buttons, check boxes) under a legend, with the group's hint and problem. */
export function FieldSet({
  id,
  legend,
  hint,
  error,
  className = 'field',
  children,
}: Omit<FieldProps, 'label' | 'optional' | 'extra' | 'children'> & { legend: ReactNode; children: ReactNode }) {
  return (
    <fieldset className={className} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      {children}
      <HintAndError id={id} hint={hint} error={error} />
    </fieldset>
  );
}

function HintAndError({ id, hint, error }: { id: string; hint: ReactNode; error: string | null | undefined }) {
  return (
    <>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} text={error} />
    </>
  );
}

/** A problem that belongs to several controls at once (an increment's tiers), referenced by their `aria-describedby`. */
export function FieldError({ id, text }: { id: string; text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="field-error" id={id}>
      {text}
    </p>
  );
}
