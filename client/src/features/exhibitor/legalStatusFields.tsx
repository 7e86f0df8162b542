import { type IpType, LEGAL_STATES, type LegalStatus, type LegalStatusInput, legalStateFits } from '@pavilion/shared';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/ui/Field';

/** The legal status as a form holds it: a date input's `YYYY-MM-DD`, encumbrances one per line. */
export interface LegalValues {
  legalState: LegalStatus['state'];
  legalExpires: string;
  legalOwner: string;
  legalEncumbrances: string;
}

const FIELD_OF_PATH: Record<string, keyof LegalValues> = {
  state: 'legalState',
  expiresAt: 'legalExpires',
  ownerOfRecord: 'legalOwner',
  encumbrances: 'legalEncumbrances',
};

/** The form field a `legalStatus.*` issue path belongs to ('' for another path). */
export function legalFieldOf(path: string): string {
  const [head, part] = path.split('.');
  return head === 'legalStatus' ? (FIELD_OF_PATH[part ?? 'state'] ?? 'legalState') : '';
}

/** The state a new right of this type starts from. */
export const inForceState = (type: IpType): LegalStatus['state'] => (type === 'patent' ? 'granted' : 'registered');

/** Form values of a stated legal status (for editing it). */
export function legalValuesOf(s: LegalStatus): LegalValues {
  return {
    legalState: s.state,
    legalExpires: s.expiresAt === undefined ? '' : new Date(s.expiresAt).toISOString().slice(0, 10),
    legalOwner: s.ownerOfRecord ?? '',
    legalEncumbrances: (s.encumbrances ?? []).join('\n'),
  };
}

/** The body part of typed legal values; an unreadable date is sent as NaN for the schema to refuse. */
export function legalStatusOf(v: LegalValues): LegalStatusInput {
  const lines = v.legalEncumbrances
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return {
    state: v.legalState,
    ...(v.legalExpires ? { expiresAt: Date.parse(`${v.legalExpires}T00:00:00Z`) } : {}),
    ...(v.legalOwner.trim() ? { ownerOfRecord: v.legalOwner } : {}),
    ...(lines.length > 0 ? { encumbrances: lines } : {}),
  };
}

/** State, expiry, owner of record and encumbrances, as the exhibitor states them. */
export function LegalStatusFields<V extends LegalValues>({
  idPrefix,
  type,
  register,
  errors,
}: {
  idPrefix: string;
  type: IpType;
  register: UseFormRegister<V>;
  errors: FieldErrors<LegalValues>;
}) {
  const { t } = useTranslation(['exhibitor', 'common']);
  const reg = register as unknown as UseFormRegister<LegalValues>;
  return (
    <fieldset className="form legal-fields">
      <legend>{t('common:legal.label')}</legend>
      <p className="muted small">{t('exhibitor:legal.intro')}</p>
      <div className="field-row">
        <Field id={`${idPrefix}-state`} label={t('exhibitor:legal.state')} error={errors.legalState?.message}>
          <select {...reg('legalState')}>
            {LEGAL_STATES.filter((s) => legalStateFits(type, s)).map((s) => (
              <option key={s} value={s}>
                {t(`common:legalState.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${idPrefix}-expires`} label={t('exhibitor:legal.expires')} optional error={errors.legalExpires?.message}>
          <input type="date" {...reg('legalExpires')} />
        </Field>
      </div>
      <Field id={`${idPrefix}-owner`} label={t('common:legal.owner')} optional error={errors.legalOwner?.message}>
        <input maxLength={200} {...reg('legalOwner')} />
      </Field>
      <Field
        id={`${idPrefix}-enc`}
        label={t('common:legal.encumbrances')}
        optional
        hint={t('exhibitor:legal.encumbrancesHint')}
        error={errors.legalEncumbrances?.message}
      >
        <textarea rows={2} {...reg('legalEncumbrances')} />
      </Field>
    </fieldset>
  );
}
