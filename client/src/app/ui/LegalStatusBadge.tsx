import type { LegalStatus } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

/**
 * Where a right stands in its register — pending, granted or registered, lapsed, expired — its expiry and,
 * once the organizer checked it, "verified against the register" with the date.
 */
export function LegalStatusBadge({ status }: { status: LegalStatus }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['common']);
  const ended = status.state === 'lapsed' || status.state === 'expired';
  return (
    <span className="legal-status" data-testid="legal-status" data-state={status.state}>
      <span className={`chip ${ended ? 'chip--muted' : 'chip--legal'}`}>{t(`common:legalState.${status.state}`)}</span>
      {status.expiresAt !== undefined && (
        <span className="small muted"> {t('common:legal.expires', { date: formatDate(status.expiresAt, lng) })}</span>
      )}
      {status.verifiedAt !== undefined ? (
        <span className="chip chip--verified" data-testid="legal-verified">
          {t('common:legal.verified', { date: formatDate(status.verifiedAt, lng) })}
        </span>
      ) : (
        <span className="small muted"> {t('common:legal.unverified')}</span>
      )}
    </span>
  );
}
