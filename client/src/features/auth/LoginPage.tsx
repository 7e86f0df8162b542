import { LoginBody } from '@pavilion/shared';
import i18next from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { Field } from '../../app/ui/Field';
import { checkResolver, schemaCheck } from '../../app/ui/formResolver';
import { Refusal } from '../../app/ui/Refusal';
import { usePageTitle } from '../../app/usePageTitle';
import { resetSocket } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { authErrorMessage } from './authErrors';

const resolver = checkResolver(
  schemaCheck(
    LoginBody,
    (values: { email: string; password: string }) => values,
    (path) => path.split('.')[0] ?? '',
    (field) => i18next.t(field === 'email' ? 'auth:errors.field.email' : 'auth:errors.field.loginPassword'),
  ),
);

/** `/login` */
export default function LoginPage() {
  const { t } = useTranslation(['account', 'auth', 'common']);
  usePageTitle(t('common:signIn'));
  const login = useAppStore((s) => s.login);
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';
  const { register, handleSubmit, setError, formState } = useForm({ defaultValues: { email: '', password: '' }, resolver });
  const { errors } = formState;

  const submit = handleSubmit(
    async (body) => {
      try {
        await login(body);
        resetSocket();
        navigate(from, { replace: true });
      } catch (err) {
        setError('root', { message: authErrorMessage(err, 'login') });
      }
    },
    () => setError('root', { message: t('auth:errors.fixFields') }),
  );

  return (
    <section className="page auth-page" aria-labelledby="login-title">
      <div className="card auth-card">
        <h1 id="login-title">{t('common:signIn')}</h1>
        <p className="muted">{t('auth:loginIntro')}</p>
        <form onSubmit={submit} noValidate className="form">
          <Field id="login-email" label={t('auth:email')} error={errors.email?.message}>
            <input type="email" autoComplete="email" required {...register('email')} />
          </Field>
          <Field id="login-password" label={t('auth:password')} error={errors.password?.message}>
            <input type="password" autoComplete="current-password" required {...register('password')} />
          </Field>
          <Refusal error={errors.root?.message} />
          <button type="submit" className="button button--wide" disabled={formState.isSubmitting}>
            {formState.isSubmitting ? t('auth:submitting') : t('common:signIn')}
          </button>
        </form>
        <p className="auth-switch">
          {t('auth:noAccount')} <Link to="/register">{t('account:register')}</Link>
        </p>
      </div>
    </section>
  );
}
