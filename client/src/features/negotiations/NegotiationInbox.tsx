import { formatMoney, type Negotiation } from '@pavilion/shared';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { FailedLine } from '../../app/ui/ErrorState';
import { formatRelative } from '../../i18n/format';
import { coalesced } from '../../lib/seqSync';
import { onConnected, onServer, serverNowOrLocal } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { InvitationList } from './InvitationList';
import { applyInboxUpdate, sortInbox } from './inboxOrder';
import { negotiationApi } from './negotiationApi';
import { roleIn } from './negotiationRules';
import './negotiations.css';

/**
 * The signed-in user's negotiations — as buyer, and for their organization's exhibits — last activity
 * first, with unread badges; kept live by `negotiation:updated` (each push re-reads the inbox for the
 * exact unread counts). For the exhibitor console and a buyer's own page.
 */
export function NegotiationInbox({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations', 'common']);
  const location = useLocation();
  const user = useAppStore((s) => s.user);
  const authReady = useAppStore((s) => s.authStatus === 'ready');
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
      <Heading id="neg-inbox-title">{t('negotiations:inbox.heading')}</Heading>
      <p className="muted small">{t('negotiations:inbox.intro')}</p>
      {authReady && !user && (
        <p>
          {t('negotiations:inbox.signIn')}{' '}
          <Link to="/login" state={{ from: location.pathname }}>
            {t('common:signIn')}
          </Link>
        </p>
      )}
      {user && <InvitationList userId={user.id} />}
      {user && status === 'loading' && <p className="muted">{t('negotiations:inbox.loading')}</p>}
      {user && status === 'error' && <FailedLine message={t('negotiations:inbox.loadFailed')} onRetry={() => void refresh()} />}
      {user && items?.length === 0 && <p className="muted">{t('negotiations:inbox.empty')}</p>}
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
                  aria-label={`${t('negotiations:inbox.open', { title: n.exhibitTitle ?? n.exhibitId })}${unread > 0 ? ` (${t('negotiations:inbox.unread', { count: unread })})` : ''}`}
                >
                  <span className="neg-inbox__title">{n.exhibitTitle ?? n.exhibitId}</span>
                  <span className="neg-inbox__who">
                    {role === 'seller'
                      ? t('negotiations:inbox.asSeller', { name: n.buyerName || t('negotiations:page.unknownBuyer') })
                      : t('negotiations:inbox.asBuyer', { name: n.sellerOrgName || t('negotiations:page.unknownSeller') })}
                  </span>
                  <span className="neg-inbox__meta">
                    <span className={`status-pill status-pill--${n.status}`}>{t(`negotiations:status.${n.status}`)}</span>
                    <span>
                      {latest
                        ? t('negotiations:inbox.latest', { price: formatMoney(latest.terms.price, lng) })
                        : t('negotiations:inbox.noOffer')}
                    </span>
                    <span className="muted">{t('common:updatedAt', { time: formatRelative(n.updatedAt, now, lng) })}</span>
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
