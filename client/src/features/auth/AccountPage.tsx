import { PasswordChangeBody } from '@pavilion/shared';
import i18next from 'i18next';
import { type FormEvent, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Field } from '../../app/ui/Field';
import { checkResolver, markRefusedFields, schemaCheck } from '../../app/ui/formResolver';
import { Refusal } from '../../app/ui/Refusal';
import { usePageTitle } from '../../app/usePageTitle';
import { ApiError, rest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';

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

type PasswordValues = { currentPassword: string; newPassword: string };
const textOf = (field: string) => i18next.t(field === 'currentPassword' ? 'account:errors.currentPassword' : 'account:errors.newPassword');
const fieldOf = (path: string) => path.split('.')[0] ?? '';
const resolver = checkResolver(schemaCheck(PasswordChangeBody, (values: PasswordValues) => values, fieldOf, textOf));

function PasswordChangeForm() {
  const { t } = useTranslation(['account', 'auth', 'common']);
  const { register, handleSubmit, setError, reset, formState } = useForm({
    defaultValues: { currentPassword: '', newPassword: '' },
    resolver,
  });
  const { errors } = formState;
  const [done, setDone] = useState(false);

  const submit = (e: FormEvent) => {
    setDone(false);
    return handleSubmit(async (body) => {
      try {
        await rest.changePassword(body);
        reset();
        setDone(true);
      } catch (err) {
        if (!markRefusedFields(err, setError, fieldOf, textOf)) setError('root', { message: passwordErrorMessage(err) });
      }
    })(e);
  };

  return (
    <form onSubmit={submit} noValidate className="form" aria-labelledby="password-title" data-testid="password-change">
      <h2 id="password-title">{t('account:passwordHeading')}</h2>
      <p className="muted">{t('account:passwordIntro')}</p>
      <Field id="pw-current" label={t('account:currentPassword')} error={errors.currentPassword?.message}>
        <input type="password" autoComplete="current-password" required {...register('currentPassword')} />
      </Field>
      <Field id="pw-new" label={t('account:newPassword')} hint={t('account:newPasswordHint')} error={errors.newPassword?.message}>
        <input type="password" autoComplete="new-password" required {...register('newPassword')} />
      </Field>
      <Refusal error={errors.root?.message} />
      {done && (
        <p className="form-ok" role="status">
          {t('account:passwordChanged')}
        </p>
      )}
      <button type="submit" className="button button--wide" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t('account:changing') : t('account:changePassword')}
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
