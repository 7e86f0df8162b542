import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';

/** The statuses a negotiation passes through, in the order they are listed. */
const STATUSES = ['open', 'agreed', 'rejected', 'withdrawn'] as const;

/** How the negotiations about the organization's exhibits stand: a count and a share bar per status. */
export function NegotiationsByStatus({ counts }: { counts: Record<string, number> }) {
  const { t } = useTranslation(['exhibitor']);
  const f = useFormat();
  const total = STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  return (
    <section className="analytics-block" aria-labelledby="neg-status-title" data-testid="negotiations-by-status">
      <h3 id="neg-status-title">{t('exhibitor:analytics.negotiations.heading')}</h3>
      {total === 0 ? (
        <p className="analytics-empty">{t('exhibitor:analytics.negotiations.empty')}</p>
      ) : (
        <>
          <dl className="status-bars">
            {STATUSES.map((s) => {
              const n = counts[s] ?? 0;
              return (
                <div key={s} className={`status-bars__row status-bars__row--${s}`} data-status={s}>
                  <dt>{t(`exhibitor:analytics.negotiations.status.${s}`)}</dt>
                  <dd>
                    <span className="status-bars__track" aria-hidden="true">
                      <span className="status-bars__fill" style={{ width: `${(n / total) * 100}%` }} />
                    </span>
                    <span className="status-bars__count">{f.count(n)}</span>
                  </dd>
                </div>
              );
            })}
          </dl>
          <p className="muted small">{t('exhibitor:analytics.negotiations.total', { count: total })}</p>
        </>
      )}
    </section>
  );
}
