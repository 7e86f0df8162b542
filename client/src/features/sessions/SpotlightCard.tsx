import type { Exhibit, LiveSession } from '@pavilion/shared';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Fact } from '../../app/ui/Fact';
import { useFormat } from '../../i18n/format';
import { useBooth } from '../../net/boothQuery';
import { BidButton } from '../auctions';
import { NegotiateButton } from '../negotiations';

/**
 * The booth's exhibits (`GET /api/booths/:id`, through the booth query), read again when the spotlight names
 * one the list does not have yet (added after we read it). `fresh` re-reads on mount: statuses move (an
 * exhibit goes to auction, or is sold) and the Negotiate / Bid actions need today's.
 */
export function useBoothExhibits(boothId: string, wanted: string | null, fresh = false): Exhibit[] | null {
  const read = useBooth(boothId, { fresh });
  const askedFor = useRef<string | null>(null);
  const exhibits = read.data?.exhibits ?? null;
  const missing = wanted !== null && exhibits !== null && !exhibits.some((e) => e.id === wanted);
  const settled = read.data !== null && read.error === null && !read.busy;
  const { refresh } = read;
  useEffect(() => {
    if (!missing || !settled || askedFor.current === wanted) return;
    askedFor.current = wanted;
    refresh();
  }, [missing, settled, wanted, refresh]);
  return exhibits;
}

/**
 * The exhibit the host is presenting, as every viewer sees it: title, number, asking price, trade modes,
 * and the Negotiate / Bid actions. It changes live (with a short transition) when the host moves on.
 */
export function SpotlightCard({ session }: { session: LiveSession }) {
  const { t } = useTranslation(['sessions', 'common']);
  const f = useFormat();
  const headingId = useId();
  const card = session.spotlight;
  const exhibits = useBoothExhibits(session.boothId, card?.id ?? null, true);
  const exhibit = card ? (exhibits?.find((e) => e.id === card.id) ?? null) : null;
  const announcement = useSpotlightAnnouncement(card?.id ?? null, card?.title ?? null);

  return (
    <section className="card spotlight" aria-labelledby={headingId} data-testid="spotlight">
      <h2 id={headingId} className="section-title">
        {t('sessions:spotlight.heading')}
      </h2>
      {/* Polite, so a change of exhibit is read out without interrupting. */}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {!card ? (
        <p className="muted spotlight__none">{t('sessions:spotlight.none')}</p>
      ) : (
        <article key={card.id} className={`spotlight__card spotlight__card--${card.type}`} data-exhibit-id={card.id}>
          <div className="spotlight__top">
            <span className={`chip chip--${card.type}`}>{t(`common:ipType.${card.type}`)}</span>
            {exhibit && exhibit.status !== 'available' && (
              <span className={`status status--${exhibit.status}`}>{t(`common:exhibitStatus.${exhibit.status}`)}</span>
            )}
          </div>
          <h3 className="spotlight__title" data-testid="spotlight-title">
            {card.title}
          </h3>
          <dl className="spotlight__facts">
            <Fact term={t('sessions:spotlight.number')} valueClass="mono">
              {card.registrationNumber}
            </Fact>
            <Fact term={t('common:tradeModes')}>{card.tradeModes.map((m) => t(`common:tradeMode.${m}`)).join(' · ')}</Fact>
          </dl>
          <div className="spotlight__bottom">
            <p className="spotlight__price">
              <span className="spotlight__price-label">{t('sessions:spotlight.price')}</span>
              <span className="spotlight__price-value">{f.price(card.askingPrice)}</span>
            </p>
            {exhibit && (
              <div className="spotlight__actions">
                {exhibit.status !== 'sold' && <NegotiateButton exhibit={exhibit} />}
                <BidButton exhibit={exhibit} />
              </div>
            )}
          </div>
        </article>
      )}
    </section>
  );
}

/** What the live region says when the spotlight changes (nothing for the first one shown on arrival). */
function useSpotlightAnnouncement(id: string | null, title: string | null): string {
  const { t } = useTranslation(['sessions', 'common']);
  const first = useRef(true);
  const [text, setText] = useState('');
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    setText(id && title ? t('sessions:spotlight.announce', { title }) : t('sessions:spotlight.cleared'));
  }, [id, title, t]);
  return text;
}
