import { ORG_KINDS, type OrgKind, REGIONS, type Region, RegisterBody } from '@pavilion/shared';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { fieldIssues } from '../../app/ui/apiErrorText';
import { usePageTitle } from '../../app/usePageTitle';
import type { en } from '../../i18n/resources';
import { resetSocket } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { authErrorMessage, fieldOfIssue } from './authErrors';

/** The country an organization in a region most likely has; overseas is the visitor's to type. */
const COUNTRY_OF_REGION: Record<Region, string> = { GD: 'CN', MAINLAND: 'CN', HK: 'HK', MO: 'MO', OVERSEAS: '' };

/** `/register`: a visitor account, or an exhibitor account with its organization. */
export default function RegisterPage() {
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('auth:registerTitle'));
  const register = useAppStore((s) => s.register);
  const navigate = useNavigate();
  const [role, setRole] = useState<'visitor' | 'exhibitor'>('visitor');
  const [form, setForm] = useState({ email: '', password: '', displayName: '', shareContact: false });
  const [org, setOrg] = useState<{ name: string; kind: OrgKind; region: Region; country: string }>({
    name: '',
    kind: 'enterprise',
    region: 'GD',
    country: 'CN',
  });
  const [invalid, setInvalid] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const body =
      role === 'exhibitor' ? { ...form, role, organization: { ...org, country: org.country.trim().toUpperCase() } } : { ...form, role };
    const parsed = RegisterBody.safeParse(body);
    if (!parsed.success) {
      const fields = new Set(parsed.error.issues.map((i) => fieldOfIssue(i.path)));
      setInvalid(fields);
      setError(t('auth:errors.fixFields'));
      const first = document.querySelector<HTMLElement>(`[data-field="${[...fields][0]}"]`);
      first?.focus();
      return;
    }
    setInvalid(new Set());
    setError(null);
    setBusy(true);
    try {
      const user = await register(parsed.data);
      resetSocket();
      navigate(user.role === 'exhibitor' ? '/exhibitor' : '/', { replace: true });
    } catch (err) {
      // The server's own field refusals light up the same fields as the form's.
      const refused = fieldIssues(err).map((f) => fieldOfIssue(f.path.split('.')));
      setInvalid(new Set(refused));
      setError(refused.length > 0 ? t('auth:errors.fixFields') : authErrorMessage(err, 'register'));
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) =>
    invalid.has(field) ? (
      <p className="field-error" id={`reg-${field}-error`}>
        {t(`auth:errors.field.${field as keyof typeof en.auth.errors.field}`)}
      </p>
    ) : null;
  const describedBy = (field: string, hint?: string) =>
    [invalid.has(field) ? `reg-${field}-error` : null, hint].filter(Boolean).join(' ') || undefined;

  return (
    <section className="page auth-page" aria-labelledby="register-title">
      <div className="card auth-card auth-card--wide">
        <h1 id="register-title">{t('auth:registerTitle')}</h1>
        <p className="muted">{t('auth:registerIntro')}</p>
        <form onSubmit={submit} noValidate className="form">
          <fieldset className="role-picker">
            <legend>{t('auth:role')}</legend>
            {(['visitor', 'exhibitor'] as const).map((r) => (
              <label key={r} className={role === r ? 'role-option role-option--on' : 'role-option'}>
                <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
                <span>{r === 'visitor' ? t('auth:roleVisitor') : t('auth:roleExhibitor')}</span>
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor="reg-name">{t('auth:displayName')}</label>
            <input
              id="reg-name"
              data-field="displayName"
              autoComplete="name"
              value={form.displayName}
              onChange={(e) => setForm({ ...form, displayName: e.target.value })}
              aria-invalid={invalid.has('displayName') || undefined}
              aria-describedby={describedBy('displayName')}
            />
            {fieldError('displayName')}
          </div>
          <div className="field">
            <label htmlFor="reg-email">{t('auth:email')}</label>
            <input
              id="reg-email"
              data-field="email"
              type="email"
              autoComplete="email"
              value={form.email}
              onChange={(e) => setForm({ ...form, email: e.target.value })}
              aria-invalid={invalid.has('email') || undefined}
              aria-describedby={describedBy('email')}
            />
            {fieldError('email')}
          </div>
          <div className="field">
            <label htmlFor="reg-password">{t('auth:password')}</label>
            <input
              id="reg-password"
              data-field="password"
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => setForm({ ...form, password: e.target.value })}
              aria-invalid={invalid.has('password') || undefined}
              aria-describedby={describedBy('password', 'reg-password-hint')}
            />
            <p className="hint" id="reg-password-hint">
              {t('auth:passwordHint')}
            </p>
            {fieldError('password')}
          </div>
          {role === 'exhibitor' ? (
            <fieldset className="org-fields">
              <legend>{t('auth:organization')}</legend>
              <div className="field">
                <label htmlFor="reg-org-name">{t('auth:orgName')}</label>
                <input
                  id="reg-org-name"
                  data-field="orgName"
                  autoComplete="organization"
                  value={org.name}
                  onChange={(e) => setOrg({ ...org, name: e.target.value })}
                  aria-invalid={invalid.has('orgName') || undefined}
                  aria-describedby={describedBy('orgName')}
                />
                {fieldError('orgName')}
              </div>
              <div className="field-row">
                <div className="field">
                  <label htmlFor="reg-org-kind">{t('auth:orgKind')}</label>
                  <select id="reg-org-kind" value={org.kind} onChange={(e) => setOrg({ ...org, kind: e.target.value as OrgKind })}>
                    {ORG_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`common:orgKind.${k}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor="reg-org-region">{t('common:regionLabel')}</label>
                  <select
                    id="reg-org-region"
                    value={org.region}
                    onChange={(e) => {
                      const region = e.target.value as Region;
                      setOrg({ ...org, region, country: COUNTRY_OF_REGION[region] });
                    }}
                  >
                    {REGIONS.map((r) => (
                      <option key={r} value={r}>
                        {t(`common:region.${r}`)}
                      </option>
                    ))}
                  </select>
                </div>
              </div>
              <div className="field">
                <label htmlFor="reg-org-country">{t('auth:orgCountry')}</label>
                <input
                  id="reg-org-country"
                  data-field="orgCountry"
                  maxLength={2}
                  autoComplete="country"
                  value={org.country}
                  onChange={(e) => setOrg({ ...org, country: e.target.value.toUpperCase() })}
                  aria-invalid={invalid.has('orgCountry') || undefined}
                  aria-describedby={describedBy('orgCountry', 'reg-org-country-hint')}
                />
                <p className="hint" id="reg-org-country-hint">
                  {t('auth:orgCountryHint')}
                </p>
                {fieldError('orgCountry')}
              </div>
            </fieldset>
          ) : (
            <label className="checkbox">
              <input type="checkbox" checked={form.shareContact} onChange={(e) => setForm({ ...form, shareContact: e.target.checked })} />
              <span>{t('auth:shareContact')}</span>
            </label>
          )}
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button button--wide" disabled={busy}>
            {busy ? t('auth:submitting') : t('auth:submitRegister')}
          </button>
        </form>
        <p className="auth-switch">
          {t('auth:haveAccount')} <Link to="/login">{t('common:signIn')}</Link>
        </p>
      </div>
    </section>
  );
}
