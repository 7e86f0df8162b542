import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Refusal } from '../../app/ui/Refusal';

/**
 * A sign-in or sign-up page: its heading and intro, the form's fields (`children`), why the last try was refused,
 * the submit button (busy while it is sent), and the way to the other page.
 */
export function AuthCard({
  titleId,
  title,
  intro,
  wide = false,
  onSubmit,
  refusal,
  submitting,
  submitLabel,
  other,
  children,
}: {
  titleId: string;
  title: string;
  intro: string;
  wide?: boolean;
  onSubmit: (e: FormEvent) => void;
  refusal: string | undefined;
  submitting: boolean;
  submitLabel: string;
  /** The other page: the question that leads there, its address and its name. */
  other: { ask: string; to: string; label: string };
  children: ReactNode;
}) {
  const { t } = useTranslation(['auth']);
  return (
    <section className="page auth-page" aria-labelledby={titleId}>
      <div className={wide ? 'card auth-card auth-card--wide' : 'card auth-card'}>
        <h1 id={titleId}>{title}</h1>
        <p className="muted">{intro}</p>
        <form onSubmit={onSubmit} noValidate className="form">
          {children}
          <Refusal error={refusal} />
          <button type="submit" className="button button--wide" disabled={submitting}>
            {submitting ? t('auth:submitting') : submitLabel}
          </button>
        </form>
        <p className="auth-switch">
          {other.ask} <Link to={other.to}>{other.label}</Link>
        </p>
      </div>
    </section>
  );
}
