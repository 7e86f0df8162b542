import { LoginBody } from '@pavilion/shared';
import i18next from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { Field } from '../../app/ui/Field';
import { checkResolver, schemaCheck } from '../../app/ui/formResolver';
import { usePageTitle } from '../../app/usePageTitle';
import { resetSocket } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { AuthCard } from './AuthCard';
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
    <AuthCard
      titleId="login-title"
      title={t('common:signIn')}
      intro={t('auth:loginIntro')}
      onSubmit={submit}
      refusal={errors.root?.message}
      submitting={formState.isSubmitting}
      submitLabel={t('common:signIn')}
      other={{ ask: t('auth:noAccount'), to: '/register', label: t('account:register') }}
    >
      <Field id="login-email" label={t('auth:email')} error={errors.email?.message}>
        <input type="email" autoComplete="email" required {...register('email')} />
      </Field>
      <Field id="login-password" label={t('auth:password')} error={errors.password?.message}>
        <input type="password" autoComplete="current-password" required {...register('password')} />
      </Field>
    </AuthCard>
  );
}
