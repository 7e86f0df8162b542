import { PasswordChangeBody } from '@pavilion/shared';
import i18next from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FieldError } from '../../app/ui/FieldError';
import { usePageTitle } from '../../app/usePageTitle';
import { ApiError, rest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';

type PasswordField = 'currentPassword' | 'newPassword';

/** `/account`: who you are, and a password change (which signs out every other session). */
export default function AccountPage() {
  const { t } = useTranslation(['account', 'auth', 'common']);
  usePageTitle(t('account:accountPage'));
  const user = useAppStore((s) => s.user);
  const authStatus = useAppStore((s) => s.authStatus);

  if (!user) {
    if (authStatus !== 'ready') return null;
    return (
      <section className="page auth-page">
        <div className="card auth-card">
          <h1>{t('account:accountPage')}</h1>
          <p>
            <Link to="/login" state={{ from: '/account' }}>
              {t('common:signIn')}
            </Link>
          </p>
        </div>
      </section>
    );
  }

  return (
    <section className="page auth-page" aria-labelledby="account-title">
      <div className="card auth-card">
        <h1 id="account-title">{t('account:accountPage')}</h1>
        <p className="muted">{t('account:accountIntro', { email: user.email ?? '' })}</p>
        <PasswordChangeForm />
      </div>
    </section>
  );
}

function PasswordChangeForm() {
  const { t } = useTranslation(['account', 'auth', 'common']);
  const [form, setForm] = useState({ currentPassword: '', newPassword: '' });
  const [invalid, setInvalid] = useState<Set<PasswordField>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const parsed = PasswordChangeBody.safeParse(form);
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((i) => String(i.path[0]) as PasswordField)));
      setError(null);
      return;
    }
    setInvalid(new Set());
    setError(null);
    setBusy(true);
    try {
      await rest.changePassword(parsed.data);
      setForm({ currentPassword: '', newPassword: '' });
      setDone(true);
    } catch (err) {
      const fields = err instanceof ApiError ? ((err.details?.fields as string[] | undefined) ?? []) : [];
      if (fields.some((f) => f.endsWith('newPassword'))) setInvalid(new Set(['newPassword']));
      else setError(passwordErrorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const errorOf = (field: PasswordField) => (invalid.has(field) ? t(`account:errors.${field}`) : null);
  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="password-title" data-testid="password-change">
      <h2 id="password-title">{t('account:passwordHeading')}</h2>
      <p className="muted">{t('account:passwordIntro')}</p>
      <div className="field">
        <label htmlFor="pw-current">{t('account:currentPassword')}</label>
        <input
          id="pw-current"
          type="password"
          autoComplete="current-password"
          value={form.currentPassword}
          onChange={(e) => setForm({ ...form, currentPassword: e.target.value })}
          aria-invalid={invalid.has('currentPassword') || undefined}
          aria-describedby={invalid.has('currentPassword') ? 'pw-current-error' : undefined}
          required
        />
        <FieldError id="pw-current-error" text={errorOf('currentPassword')} />
      </div>
      <div className="field">
        <label htmlFor="pw-new">{t('account:newPassword')}</label>
        <input
          id="pw-new"
          type="password"
          autoComplete="new-password"
          value={form.newPassword}
          onChange={(e) => setForm({ ...form, newPassword: e.target.value })}
          aria-invalid={invalid.has('newPassword') || undefined}
          aria-describedby={invalid.has('newPassword') ? 'pw-new-error' : 'pw-new-hint'}
          required
        />
        <p className="hint" id="pw-new-hint">
          {t('account:newPasswordHint')}
        </p>
        <FieldError id="pw-new-error" text={errorOf('newPassword')} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {done && (
        <p className="form-ok" role="status">
          {t('account:passwordChanged')}
        </p>
      )}
      <button type="submit" className="button button--wide" disabled={busy}>
        {busy ? t('account:changing') : t('account:changePassword')}
      </button>
    </form>
  );
}

function passwordErrorMessage(error: unknown): string {
  const t = i18next.getFixedT(null, ['account', 'auth', 'common']);
  if (error instanceof ApiError) {
    if (error.code === 'FORBIDDEN') return t('account:errors.wrongCurrent');
    if (error.code === 'RATE_LIMITED') return t('account:errors.rateLimited');
    if (error.code === 'NETWORK') return t('auth:errors.network');
    return t('account:errors.generic', { message: t(`common:errors.${error.code}`) });
  }
  return t('account:errors.generic', { message: error instanceof Error ? error.message : String(error) });
}
