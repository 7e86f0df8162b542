import type { Contract, Deal } from '@pavilion/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { Field } from '../../app/ui/Field';
import { formatDateTime } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { type DealRole, mustSign, SIGNATURE_NAME_MAX } from './dealRules';
import { dealsApi } from './dealsApi';
import { useDealChanged } from './useDeal';

type Language = 'en' | 'zh';

/** The contract in either authentic language, the hash both signatures cover, the signatures, and the caller's signing form. */
export function ContractPanel({ deal, contract, role }: { deal: Deal; contract: Contract; role: DealRole }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['deals']);
  // The contract opens in the language closest to the app's; both are authentic and one click away.
  const [language, setLanguage] = useState<Language>(lng.startsWith('zh') ? 'zh' : 'en');

  return (
    <section className="card contract-panel" aria-labelledby="contract-title" data-testid="contract-panel">
      <div className="contract-panel__head">
        <h2 id="contract-title">{t(`deals:contract.heading.${contract.mode}`)}</h2>
        <fieldset className="segmented" aria-label={t('deals:contract.language')}>
          {(['en', 'zh'] as const).map((l) => (
            <button
              key={l}
              type="button"
              className="button button--ghost button--small"
              aria-pressed={language === l}
              onClick={() => setLanguage(l)}
              data-testid={`contract-lang-${l}`}
            >
              {t(`deals:contract.languages.${l}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <pre className="contract-text" lang={language === 'zh' ? 'zh-CN' : 'en'} data-testid="contract-text">
        {contract.text[language]}
      </pre>
      <p className="contract-hash">
        <span className="muted">{t('deals:contract.hash')}</span> <code data-testid="contract-hash">{contract.sha256}</code>
      </p>
      <p className="muted small">{t('deals:contract.hashExplained')}</p>
      <h3>{t('deals:contract.signatures')}</h3>
      <ul className="signature-list" data-testid="signatures">
        {(['seller', 'buyer'] as const).map((side) => {
          const s = contract.signatures.find((x) => x.side === side);
          return (
            <li key={side} data-testid={`signature-${side}`}>
              <span className="signature-list__side">{t(`deals:side.${side}`)}</span>
              {s ? (
                <span>
                  <span className="signature-list__name">{s.name}</span>{' '}
                  <span className="muted">{t('deals:contract.signedAt', { at: formatDateTime(s.at, lng) })}</span>
                </span>
              ) : (
                <span className="muted">{t('deals:contract.notSigned')}</span>
              )}
            </li>
          );
        })}
      </ul>
      {mustSign(contract, deal.stage, role) && <SignForm dealId={deal.id} sha256={contract.sha256} />}
      <p className="actions-row">
        <a className="button button--ghost button--small" href={dealsApi.pdfUrl(deal.id)} download={`contract-${deal.id}.pdf`}>
          {t('deals:contract.pdf')}
        </a>
      </p>
    </section>
  );
}

/** Signing: the representative types their full name over the hash shown above, having read both versions. */
function SignForm({ dealId, sha256 }: { dealId: string; sha256: string }) {
  const { t } = useTranslation(['deals']);
  const displayName = useAppStore((s) => s.user?.displayName ?? '');
  const changed = useDealChanged();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm({ defaultValues: { name: displayName, read: false } });
  const { errors } = formState;
  const submit = handleSubmit(async ({ name }) => {
    setFailure(null);
    try {
      await dealsApi.sign(dealId, { name: name.trim(), sha256 });
    } catch (error) {
      setFailure(apiErrorText(error));
    }
    await changed();
  });

  return (
    <form className="sign-form" onSubmit={submit} noValidate data-testid="sign-form">
      <h3>{t('deals:sign.heading')}</h3>
      <p className="muted small">{t('deals:sign.intro')}</p>
      <Field id="sign-name" label={t('deals:sign.name')} hint={t('deals:sign.nameHint')} error={errors.name?.message}>
        <input
          type="text"
          autoComplete="name"
          maxLength={SIGNATURE_NAME_MAX}
          {...register('name', {
            validate: (v) =>
              v.trim() === ''
                ? t('deals:sign.nameRequired')
                : v.trim().length > SIGNATURE_NAME_MAX
                  ? t('deals:sign.nameTooLong', { max: SIGNATURE_NAME_MAX })
                  : true,
          })}
        />
      </Field>
      <div className="field">
        <label className="checkbox">
          <input
            type="checkbox"
            aria-invalid={errors.read ? true : undefined}
            {...register('read', { validate: (v) => v || t('deals:sign.readRequired') })}
          />
          <span>{t('deals:sign.read')}</span>
        </label>
        {errors.read?.message && <p className="field-error">{errors.read.message}</p>}
      </div>
      {failure && (
        <p className="notice" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" className="button" disabled={formState.isSubmitting} data-testid="sign-submit">
        {formState.isSubmitting ? t('deals:sign.signing') : t('deals:sign.submit')}
      </button>
    </form>
  );
}
