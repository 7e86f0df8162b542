import { ORG_KINDS, type OrgKind, REGIONS, type Region, RegisterBody } from '@pavilion/shared';
import i18next from 'i18next';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Field } from '../../app/ui/Field';
import { checkResolver, markRefusedFields, schemaCheck } from '../../app/ui/formResolver';
import { Options } from '../../app/ui/Options';
import { usePageTitle } from '../../app/usePageTitle';
import type { en } from '../../i18n/resources';
import { resetSocket } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { AuthCard } from './AuthCard';
import { authErrorMessage, fieldOfIssue } from './authErrors';

/** The country an organization in a region most likely has; overseas is the visitor's to type. */
const COUNTRY_OF_REGION: Record<Region, string> = { GD: 'CN', MAINLAND: 'CN', HK: 'HK', MO: 'MO', OVERSEAS: '' };

interface RegisterValues {
  role: 'visitor' | 'exhibitor';
  email: string;
  password: string;
  displayName: string;
  shareContact: boolean;
  orgName: string;
  orgKind: OrgKind;
  orgRegion: Region;
  orgCountry: string;
}

const fieldOf = (path: string) => fieldOfIssue(path.split('.'));
const textOf = (field: string) => i18next.t(`auth:errors.field.${field as keyof typeof en.auth.errors.field}`);
const resolver = checkResolver(
  schemaCheck(
    RegisterBody,
    ({ orgName, orgKind, orgRegion, orgCountry, ...account }: RegisterValues) =>
      account.role === 'exhibitor'
        ? { ...account, organization: { name: orgName, kind: orgKind, region: orgRegion, country: orgCountry.trim().toUpperCase() } }
        : account,
    fieldOf,
    textOf,
  ),
);

/** `/register`: a visitor account, or an exhibitor account with its organization. */
export default function RegisterPage() {
  const { t } = useTranslation(['auth', 'common']);
  usePageTitle(t('auth:registerTitle'));
  const registerAccount = useAppStore((s) => s.register);
  const navigate = useNavigate();
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<RegisterValues, unknown, RegisterBody>({
    defaultValues: {
      role: 'visitor',
      email: '',
      password: '',
      displayName: '',
      shareContact: false,
      orgName: '',
      orgKind: 'enterprise',
      orgRegion: 'GD',
      orgCountry: 'CN',
    },
    resolver,
  });
  const { errors } = formState;
  const role = watch('role');

  const submit = handleSubmit(
    async (body) => {
      try {
        const user = await registerAccount(body);
        resetSocket();
        navigate(user.role === 'exhibitor' ? '/exhibitor' : '/', { replace: true });
      } catch (err) {
        // The server's own field refusals light up the same fields as the form's.
        const refused = markRefusedFields(err, setError, fieldOf, textOf);
        setError('root', { message: refused ? t('auth:errors.fixFields') : authErrorMessage(err, 'register') });
      }
    },
    () => setError('root', { message: t('auth:errors.fixFields') }),
  );

  return (
    <AuthCard
      titleId="register-title"
      title={t('auth:registerTitle')}
      intro={t('auth:registerIntro')}
      wide
      onSubmit={submit}
      refusal={errors.root?.message}
      submitting={formState.isSubmitting}
      submitLabel={t('auth:submitRegister')}
      other={{ ask: t('auth:haveAccount'), to: '/login', label: t('common:signIn') }}
    >
      <fieldset className="role-picker">
        <legend>{t('auth:role')}</legend>
        {(['visitor', 'exhibitor'] as const).map((r) => (
          <label key={r} className={role === r ? 'role-option role-option--on' : 'role-option'}>
            <input type="radio" value={r} {...register('role')} />
            <span>{r === 'visitor' ? t('auth:roleVisitor') : t('auth:roleExhibitor')}</span>
          </label>
        ))}
      </fieldset>
      <Field id="reg-name" label={t('auth:displayName')} error={errors.displayName?.message}>
        <input autoComplete="name" {...register('displayName')} />
      </Field>
      <Field id="reg-email" label={t('auth:email')} error={errors.email?.message}>
        <input type="email" autoComplete="email" {...register('email')} />
      </Field>
      <Field id="reg-password" label={t('auth:password')} hint={t('auth:passwordHint')} error={errors.password?.message}>
        <input type="password" autoComplete="new-password" {...register('password')} />
      </Field>
      {role === 'exhibitor' ? (
        <fieldset className="org-fields">
          <legend>{t('auth:organization')}</legend>
          <Field id="reg-org-name" label={t('auth:orgName')} error={errors.orgName?.message}>
            <input autoComplete="organization" {...register('orgName')} />
          </Field>
          <div className="field-row">
            <Field id="reg-org-kind" label={t('auth:orgKind')}>
              <select {...register('orgKind')}>
                <Options choices={ORG_KINDS} label={(k) => t(`common:orgKind.${k}`)} />
              </select>
            </Field>
            <Field id="reg-org-region" label={t('common:regionLabel')}>
              <select {...register('orgRegion', { onChange: (e) => setValue('orgCountry', COUNTRY_OF_REGION[e.target.value as Region]) })}>
                <Options choices={REGIONS} label={(r) => t(`common:region.${r}`)} />
              </select>
            </Field>
          </div>
          <Field id="reg-org-country" label={t('auth:orgCountry')} hint={t('auth:orgCountryHint')} error={errors.orgCountry?.message}>
            <input
              maxLength={2}
              autoComplete="country"
              {...register('orgCountry', { onChange: (e) => setValue('orgCountry', e.target.value.toUpperCase()) })}
            />
          </Field>
        </fieldset>
      ) : (
        <label className="checkbox">
          <input type="checkbox" {...register('shareContact')} />
          <span>{t('auth:shareContact')}</span>
        </label>
      )}
    </AuthCard>
  );
}
