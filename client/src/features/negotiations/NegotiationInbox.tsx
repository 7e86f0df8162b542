import { formatMoney, type Negotiation } from '@pavilion/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { onConnected, onServer } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { serverNowOrLocal } from '../auctions/serverClock';
import { formatRelative } from './displayFormat';
import { useNegotiationsText } from './i18n';
import { applyInboxUpdate, sortInbox } from './inboxOrder';
import { negotiationApi } from './negotiationApi';
import { roleIn } from './negotiationRules';
import { coalesced } from './seqSync';
import './negotiations.css';

/**
 * The signed-in user's negotiations — as buyer, and for their organization's exhibits — last activity
 * first, with unread badges; kept live by `negotiation:updated` (each push re-reads the inbox for the
 * exact unread counts). For the exhibitor console and a buyer's own page.
 */
export function NegotiationInbox({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const { tx, lng } = useNegotiationsText();
  const location = useLocation();
  const user = useAppStore((s) => s.user);
  const sessionReady = useAppStore((s) => s.sessionStatus === 'ready');
  const [items, setItems] = useState<Negotiation[] | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const userId = user?.id ?? null;

  const refresh = useMemo(
    () =>
      coalesced(async () => {
        try {
          const answer = await negotiationApi.inbox();
          setItems(sortInbox(answer.items));
          setStatus('ready');
        } catch (error) {
          setStatus((s) => (s === 'ready' ? s : 'error'));
          throw error;
        }
      }),
    [],
  );

  useEffect(() => {
    if (!userId) return;
    setItems(null);
    setStatus('loading');
    void refresh();
    let connectedBefore = false;
    const offUpdate = onServer('negotiation:updated', ({ negotiation }) => {
      setItems((list) => (list ? applyInboxUpdate(list, negotiation) : list));
      void refresh();
    });
    const offConnect = onConnected(() => {
      if (connectedBefore) void refresh();
      connectedBefore = true;
    });
    return () => {
      offUpdate();
      offConnect();
    };
  }, [userId, refresh]);

  const now = serverNowOrLocal();
  return (
    <section className="card neg-inbox" aria-labelledby="neg-inbox-title" data-testid="negotiation-inbox">
      <Heading id="neg-inbox-title">{tx('inbox.heading')}</Heading>
      <p className="muted small">{tx('inbox.intro')}</p>
      {sessionReady && !user && (
        <p>
          {tx('inbox.signIn')}{' '}
          <Link to="/login" state={{ from: location.pathname }}>
            {t('account.signIn')}
          </Link>
        </p>
      )}
      {user && status === 'loading' && <p className="muted">{tx('inbox.loading')}</p>}
      {user && status === 'error' && (
        <p role="alert">
          {tx('inbox.loadFailed')}{' '}
          <button type="button" className="link-button" onClick={() => void refresh()}>
            {t('common.retry')}
          </button>
        </p>
      )}
      {user && items?.length === 0 && <p className="muted">{tx('inbox.empty')}</p>}
      {user && items && items.length > 0 && (
        <ul className="neg-inbox__list">
          {items.map((n) => {
            const role = roleIn(n, user);
            const latest = n.offers.at(-1);
            const unread = n.unread ?? 0;
            return (
              <li
                key={n.id}
                className={unread > 0 ? 'neg-inbox__item neg-inbox__item--unread' : 'neg-inbox__item'}
                data-negotiation-id={n.id}
              >
                <Link
                  className="neg-inbox__link"
                  to={`/negotiations/${encodeURIComponent(n.id)}`}
                  aria-label={`${tx('inbox.open', { title: n.exhibitTitle ?? n.exhibitId })}${unread > 0 ? ` (${tx('inbox.unread', { count: unread })})` : ''}`}
                >
                  <span className="neg-inbox__title">{n.exhibitTitle ?? n.exhibitId}</span>
                  <span className="neg-inbox__who">
                    {role === 'seller'
                      ? tx('inbox.asSeller', { name: n.buyerName || tx('page.unknownBuyer') })
                      : tx('inbox.asBuyer', { name: n.sellerOrgName || tx('page.unknownSeller') })}
                  </span>
                  <span className="neg-inbox__meta">
                    <span className={`status-pill status-pill--${n.status}`}>{tx(`status.${n.status}`)}</span>
                    <span>{latest ? tx('inbox.latest', { price: formatMoney(latest.terms.price, lng) }) : tx('inbox.noOffer')}</span>
                    <span className="muted">{tx('inbox.updated', { time: formatRelative(n.updatedAt, now, lng) })}</span>
                  </span>
                </Link>
                {unread > 0 && (
                  <span className="neg-inbox__badge" aria-hidden="true">
                    {unread}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
