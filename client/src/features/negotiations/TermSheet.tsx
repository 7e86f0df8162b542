import type { Negotiation } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { isExpired, offerAuthor } from './negotiationRules';
import { currentRedline, TERM_FIELDS } from './offerRedline';
import { useTermText } from './useTermText';

/**
 * The current offer as a term sheet. Terms that differ from the offer it supersedes are redlined: the
 * row is marked, and the previous value is shown struck through beside the new one.
 */
export function TermSheet({ negotiation, now }: { negotiation: Negotiation; now: number }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations']);
  const { termText } = useTermText();
  const { current, previous, changed } = currentRedline(negotiation.offers);

  return (
    <section className="card term-sheet" aria-labelledby="term-sheet-title" data-testid="term-sheet" data-version={current?.version ?? 0}>
      <div className="section-head">
        <h2 id="term-sheet-title">{t('negotiations:terms.heading')}</h2>
        {current && <span className="chip term-sheet__version">{t('negotiations:terms.version', { version: current.version })}</span>}
      </div>
      {!current && <p className="muted">{t('negotiations:terms.none')}</p>}
      {current && (
        <>
          <p className="term-sheet__by muted small">
            {t('negotiations:terms.offeredBy', {
              name:
                offerAuthor(negotiation, current) ??
                t(current.side === 'buyer' ? 'negotiations:page.unknownBuyer' : 'negotiations:page.unknownSeller'),
              side: t(`negotiations:terms.side.${current.side}`),
              time: formatDateTime(current.at, lng),
            })}
          </p>
          {previous && changed.size > 0 && (
            <p className="term-sheet__legend small">
              <span className="term-sheet__swatch" aria-hidden="true" />
              {t('negotiations:terms.redlineHint', { version: previous.version })}
            </p>
          )}
          <dl className="term-sheet__terms">
            {TERM_FIELDS.map((field) => {
              const isChanged = changed.has(field);
              const expired = field === 'expiresAt' && isExpired(current, now);
              return (
                <div
                  key={field}
                  className={isChanged ? 'term-row term-row--changed' : 'term-row'}
                  data-field={field}
                  data-changed={isChanged}
                >
                  <dt>
                    {t(`negotiations:terms.fields.${field}`)}
                    {isChanged && <span className="term-row__flag">{t('negotiations:terms.changed')}</span>}
                  </dt>
                  <dd>
                    <span className={field === 'price' ? 'term-row__value term-row__value--price' : 'term-row__value'}>
                      {termText(field, current.terms)}
                    </span>
                    {expired && <span className="chip chip--muted term-row__expired">{t('negotiations:terms.expired')}</span>}
                    {isChanged && previous && (
                      <span className="term-row__was">
                        {t('negotiations:terms.was')} <del>{termText(field, previous.terms)}</del>
                      </span>
                    )}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      )}
    </section>
  );
}
