import { type AuctionInvitation, formatMoney } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { onServer } from '../../net/gateway';
import { negotiationApi } from './negotiationApi';

/** How an invited bidder answers, in the order the buttons show. */
const ANSWERS = ['accept', 'decline'] as const;

/**
 * Invitations from sellers whose auctions missed the reserve: accepting reveals the bidder to the seller and
 * opens a negotiation at their last bid; declining keeps them anonymous. Kept live by `auction:invitation`.
 */
export function InvitationList({ userId }: { userId: string }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations', 'common']);
  const navigate = useNavigate();
  const [items, setItems] = useState<AuctionInvitation[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      negotiationApi
        .invitations()
        .then((a) => live && setItems(a.items))
        .catch(() => undefined);
    void load();
    const off = onServer('auction:invitation', ({ invitation }) => {
      if (invitation.bidderId === userId) void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [userId]);

  async function answer(inv: AuctionInvitation, action: (typeof ANSWERS)[number]) {
    setBusy(inv.id);
    setFailure(null);
    try {
      const { invitation } = await negotiationApi.answerInvitation(inv.id, action);
      setItems((list) => list.map((i) => (i.id === invitation.id ? invitation : i)));
      if (action === 'accept' && invitation.negotiationId) navigate(`/negotiations/${encodeURIComponent(invitation.negotiationId)}`);
    } catch (error) {
      setFailure(apiErrorText(error));
    } finally {
      setBusy(null);
    }
  }

  if (items.length === 0) return null;
  return (
    <div className="neg-invitations" data-testid="invitations">
      <h3>{t('negotiations:invitations.heading')}</h3>
      <p className="muted small">{t('negotiations:invitations.intro')}</p>
      {failure && <p role="alert">{failure}</p>}
      <ul className="neg-inbox__list">
        {items.map((inv) => (
          <li key={inv.id} className="neg-inbox__item" data-invitation-id={inv.id} data-status={inv.status}>
            <span className="neg-inbox__title">{inv.exhibitTitle}</span>
            <span className="neg-inbox__meta">
              <span>{t('negotiations:invitations.atBid', { price: formatMoney(inv.amount, lng), rank: inv.rank })}</span>
              <span
                className={`status-pill status-pill--${inv.status === 'accepted' ? 'agreed' : inv.status === 'declined' ? 'withdrawn' : 'open'}`}
              >
                {t(`negotiations:invitations.status.${inv.status}`)}
              </span>
            </span>
            {inv.status === 'pending' && (
              <span className="actions-row">
                {ANSWERS.map((action) => (
                  <button
                    key={action}
                    type="button"
                    className={action === 'accept' ? 'button button--small' : 'button button--ghost button--small'}
                    disabled={busy === inv.id}
                    onClick={() => void answer(inv, action)}
                  >
                    {t(`negotiations:invitations.${action}`)}
                  </button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
