import { LoginBody } from '@pavilion/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../app/usePageTitle';
import { resetSocket } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { authErrorMessage } from './authErrors';

/** `/login` */
export default function LoginPage() {
  const { t } = useTranslation(['account', 'auth', 'common']);
  usePageTitle(t('common:signIn'));
  const login = useAppStore((s) => s.login);
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<Set<string>>(new Set());

  async function submit(e: FormEvent) {
    e.preventDefault();
    const parsed = LoginBody.safeParse({ email, password });
    if (!parsed.success) {
      setInvalid(new Set(parsed.error.issues.map((i) => String(i.path[0]))));
      setError(t('auth:errors.fixFields'));
      return;
    }
    setInvalid(new Set());
    setBusy(true);
    setError(null);
    try {
      await login(parsed.data);
      resetSocket();
      navigate(from, { replace: true });
    } catch (err) {
      setError(authErrorMessage(err, 'login'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="page auth-page" aria-labelledby="login-title">
      <div className="card auth-card">
        <h1 id="login-title">{t('common:signIn')}</h1>
        <p className="muted">{t('auth:loginIntro')}</p>
        <form onSubmit={submit} noValidate className="form">
          <div className="field">
            <label htmlFor="login-email">{t('auth:email')}</label>
            <input
              id="login-email"
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              aria-invalid={invalid.has('email') || undefined}
              required
            />
          </div>
          <div className="field">
            <label htmlFor="login-password">{t('auth:password')}</label>
            <input
              id="login-password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              aria-invalid={invalid.has('password') || undefined}
              required
            />
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button--wide" disabled={busy}>
            {busy ? t('auth:submitting') : t('common:signIn')}
          </button>
        </form>
        <p className="auth-switch">
          {t('auth:noAccount')} <Link to="/register">{t('account:register')}</Link>
        </p>
      </div>
    </section>
  );
}
