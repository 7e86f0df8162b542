import { MEETING_STATUSES } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';

/** The exhibitor analytics' meetings figures: booked (ahead), held, no-show and cancelled. */
export function MeetingsByStatus({ counts }: { counts: Record<string, number> | undefined }) {
  const { t } = useTranslation(['meetings', 'common']);
  const f = useFormat();
  const total = MEETING_STATUSES.reduce((sum, s) => sum + (counts?.[s] ?? 0), 0);
  return (
    <section className="meetings-by-status" aria-labelledby="meetings-by-status" data-testid="meetings-by-status">
      <h3 id="meetings-by-status" className="section-title">
        {t('meetings:analytics.heading')}
      </h3>
      {total === 0 ? (
        <p className="muted">{t('meetings:analytics.empty')}</p>
      ) : (
        <dl className="meetings-by-status__list">
          {MEETING_STATUSES.map((s) => (
            <div key={s}>
              <dt>{t(`meetings:status.${s}`)}</dt>
              <dd>{f.count(counts?.[s] ?? 0)}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
