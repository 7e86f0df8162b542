import { type Auction, formatMoney, type RankedBidder } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { FormMessage, type FormOutcome } from '../../app/ui/FormMessage';
import { onServer } from '../../net/gateway';
import { auctionApi } from './auctionApi';

/**
 * The seller's panel after an auction closed below its reserve: its bidders by last visible bid (anonymous),
 * with the invitations sent and how each was answered; ticked ranks are invited to negotiate from their bid.
 */
export function InviteBidders({ auction }: { auction: Auction }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'common']);
  const [bidders, setBidders] = useState<RankedBidder[] | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [message, setMessage] = useState<FormOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const load = () =>
      auctionApi
        .invitations(auction.id)
        .then((a) => live && setBidders(a.bidders))
        .catch((error: unknown) => live && setMessage({ kind: 'error', text: apiErrorText(error) }));
    void load();
    const off = onServer('auction:invitation', ({ invitation }) => {
      if (invitation.auctionId === auction.id) void load();
    });
    return () => {
      live = false;
      off();
    };
  }, [auction.id]);

  async function invite() {
    setBusy(true);
    setMessage(null);
    try {
      const { invitations } = await auctionApi.invite(
        auction.id,
        [...chosen].sort((x, y) => x - y),
      );
      setMessage({ kind: 'ok', text: t('auctions:invite.sent', { count: invitations.length }) });
      setChosen(new Set());
      setBidders((await auctionApi.invitations(auction.id)).bidders);
    } catch (error) {
      setMessage({ kind: 'error', text: apiErrorText(error) });
    } finally {
      setBusy(false);
    }
  }

  if (!bidders || bidders.length === 0) return null;
  return (
    <section className="card" aria-labelledby="invite-title" data-testid="invite-bidders">
      <h2 id="invite-title">{t('auctions:invite.heading')}</h2>
      <p className="muted small">{t('auctions:invite.intro')}</p>
      <ul className="invite-list">
        {bidders.map((b) => (
          <li key={b.rank} data-rank={b.rank}>
            {b.invitation ? (
              <span>
                {t('auctions:invite.rank', { rank: b.rank, price: formatMoney(b.amount, lng) })} ·{' '}
                {b.invitation.status === 'accepted'
                  ? t('auctions:invite.accepted', { name: b.invitation.bidderName ?? '' })
                  : t(`auctions:invite.status.${b.invitation.status}`)}
              </span>
            ) : (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={chosen.has(b.rank)}
                  onChange={(e) =>
                    setChosen((s) => {
                      const next = new Set(s);
                      if (e.target.checked) next.add(b.rank);
                      else next.delete(b.rank);
                      return next;
                    })
                  }
                />
                <span>{t('auctions:invite.rank', { rank: b.rank, price: formatMoney(b.amount, lng) })}</span>
              </label>
            )}
          </li>
        ))}
      </ul>
      <FormMessage message={message} />
      <button type="button" className="button" disabled={busy || chosen.size === 0} onClick={() => void invite()}>
        {t('auctions:invite.submit')}
      </button>
    </section>
  );
}
