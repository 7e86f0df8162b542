import type { Negotiation, Offer } from '@pavilion/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { earlierOffersBefore, offerAuthor } from './negotiationRules';
import { redlineTerms } from './offerRedline';
import { useTermText } from './useTermText';

/**
 * The offers of the negotiation loaded so far, newest first, each with what it changed against the one
 * before; long histories come a page at a time ("load earlier offers").
 */
export function OfferHistory({ negotiation, onLoadEarlier }: { negotiation: Negotiation; onLoadEarlier: () => Promise<void> }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations']);
  const { termText } = useTermText();
  const [earlier, setEarlier] = useState<'idle' | 'loading' | 'failed'>('idle');
  const offers = negotiation.offers;
  const last = offers.length - 1;
  const moreBefore = earlierOffersBefore(negotiation) > 0;

  const loadEarlier = () => {
    setEarlier('loading');
    onLoadEarlier().then(
      () => setEarlier('idle'),
      () => setEarlier('failed'),
    );
  };

  const stateOf = (index: number) => {
    if (index !== last) return { label: t('negotiations:history.superseded'), className: 'chip chip--muted' };
    if (negotiation.status === 'agreed') return { label: t('negotiations:history.accepted'), className: 'chip chip--ok' };
    if (negotiation.status === 'rejected') return { label: t('negotiations:history.rejected'), className: 'chip chip--danger' };
    return { label: t('negotiations:history.current'), className: 'chip chip--accent' };
  };

  const summary = (offer: Offer) =>
    [termText('price', offer.terms), termText('licenseType', offer.terms), termText('territory', offer.terms)]
      .concat(offer.terms.termMonths !== undefined ? [termText('termMonths', offer.terms)] : [])
      .join(' · ');

  return (
    <section className="card offer-history" aria-labelledby="offer-history-title" data-testid="offer-history">
      <div className="section-head">
        <h2 id="offer-history-title">{t('negotiations:history.heading')}</h2>
        <span className="muted small">{t('negotiations:history.count', { count: negotiation.offerCount })}</span>
      </div>
      {offers.length === 0 ? (
        <p className="muted">{t('negotiations:history.empty')}</p>
      ) : (
        <ol className="offer-history__list" reversed start={offers[last]?.version}>
          {offers
            .map((offer, index) => ({ offer, index }))
            .reverse()
            .map(({ offer, index }) => {
              const state = stateOf(index);
              // The first offer on screen may follow one not loaded yet: what it changed is not known here.
              const previous = index > 0 ? offers[index - 1] : undefined;
              const changed = previous ? [...redlineTerms(previous.terms, offer.terms)] : [];
              return (
                <li key={offer.id} className={`offer-history__item offer-history__item--${offer.side}`} data-version={offer.version}>
                  <div className="offer-history__top">
                    <span className="offer-history__who">
                      <strong>
                        {t('negotiations:history.entry', { version: offer.version, side: t(`negotiations:terms.side.${offer.side}`) })}
                      </strong>
                      {offerAuthor(negotiation, offer) && <span className="muted"> — {offerAuthor(negotiation, offer)}</span>}
                    </span>
                    <span className={state.className}>{state.label}</span>
                  </div>
                  <p className="offer-history__terms">{summary(offer)}</p>
                  <p className="offer-history__meta muted small">
                    <time dateTime={new Date(offer.at).toISOString()}>{formatDateTime(offer.at, lng)}</time>
                    {offer.version === 1
                      ? ` · ${t('negotiations:history.opening')}`
                      : !previous
                        ? ''
                        : changed.length > 0
                          ? ` · ${t('negotiations:history.changes', { fields: changed.map((f) => t(`negotiations:terms.fields.${f}`)).join(', ') })}`
                          : ` · ${t('negotiations:history.noChanges')}`}
                  </p>
                  {offer.terms.note && <p className="offer-history__note">“{offer.terms.note}”</p>}
                </li>
              );
            })}
        </ol>
      )}
      {moreBefore && (
        <p className="offer-history__more">
          <button
            type="button"
            className="button button--ghost"
            onClick={loadEarlier}
            disabled={earlier === 'loading'}
            data-testid="load-earlier-offers"
          >
            {earlier === 'loading' ? t('negotiations:history.loadingEarlier') : t('negotiations:history.loadEarlier')}
          </button>
          {earlier === 'failed' && (
            <span className="muted small" role="alert">
              {' '}
              {t('negotiations:history.loadEarlierFailed')}
            </span>
          )}
        </p>
      )}
    </section>
  );
}
