import { type Auction, type AuctionBidAnswer, formatMoney, type Money } from '@pavilion/shared';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { Field } from '../../app/ui/Field';
import { Refusal } from '../../app/ui/Refusal';
import { isRetryable } from '../../lib/retryOnTimeout';
import { parseYuan, yuanInputValue } from '../../lib/yuanInput';
import { ApiError } from '../../net/gateway';
import type { BidBlock } from './bidRules';
import { readMyMaximum, rememberMyMaximum } from './myMaximum';
import { type BidIntent, newBidIntent } from './placeBid';

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; attempt: number }
  | { kind: 'done'; text: string }
  | { kind: 'refused'; text: string }
  | { kind: 'unconfirmed'; intent: BidIntent };

interface Props {
  auction: Auction;
  viewerId: string | null;
  block: BidBlock;
  onBid: (intent: BidIntent, onRetry: (attempt: number) => void) => Promise<AuctionBidAnswer>;
}

const cny = (amount: number): Money => ({ amount, currency: 'CNY' });
/** Refusals without a reason that the bid panel words itself; any other reads as the app's message for its code. */
const OWN_WORDS = ['SELF_DEALING', 'AUCTION_NOT_OPEN', 'FORBIDDEN'] as const;

/** Quick bid at the next valid amount, a typed bid with an optional secret maximum, and what became of it. */
export function BidPanel({ auction, viewerId, block, onBid }: Props) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions', 'common']);
  const location = useLocation();
  const uid = useId();
  const leading = Boolean(viewerId && auction.leaderId === viewerId);
  const [amount, setAmount] = useState(() => yuanInputValue(auction.nextMinimum.amount));
  const [amountTouched, setAmountTouched] = useState(false);
  const [max, setMax] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; max?: string }>({});
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [myMax, setMyMax] = useState<number | null>(() => (viewerId ? readMyMaximum(auction.id, viewerId) : null));
  const money = (m: Money) => formatMoney(m, lng);

  // The next valid amount moves with every bid: an untouched amount field follows it.
  useEffect(() => {
    if (!amountTouched) setAmount(yuanInputValue(auction.nextMinimum.amount));
  }, [auction.nextMinimum.amount, amountTouched]);
  useEffect(() => {
    setMyMax(viewerId ? readMyMaximum(auction.id, viewerId) : null);
  }, [auction.id, viewerId]);

  async function send(intent: BidIntent) {
    setPhase({ kind: 'sending', attempt: 1 });
    try {
      const ack = await onBid(intent, (attempt) => setPhase({ kind: 'sending', attempt: attempt + 1 }));
      if (viewerId) setMyMax(rememberMyMaximum(auction.id, viewerId, (intent.maxAmount ?? intent.amount).amount));
      const price = ack.auction.currentPrice ?? intent.amount;
      const text =
        ack.placed === false
          ? t('auctions:bid.maxRaised', { price: money(intent.maxAmount ?? intent.amount) })
          : ack.leading
            ? t('auctions:bid.accepted', { price: money(price) })
            : t('auctions:bid.acceptedBehind');
      setPhase({ kind: 'done', text });
      setAmountTouched(false);
      setMax('');
    } catch (error) {
      if (isRetryable(error)) {
        setPhase({ kind: 'unconfirmed', intent });
        return;
      }
      setPhase({ kind: 'refused', text: refusal(error) });
    }
  }

  function refusal(error: unknown): string {
    if (!(error instanceof ApiError)) return t('common:errors.INTERNAL');
    const minimum = error.details?.minimum as Money | undefined;
    if (minimum && typeof minimum.amount === 'number') {
      setAmount(yuanInputValue(minimum.amount));
      setAmountTouched(true);
      return t('auctions:errors.BID_TOO_LOW', { price: money(minimum) });
    }
    if (error.reason) return apiErrorText(error);
    const own = OWN_WORDS.find((code) => code === error.code);
    return own ? t(`auctions:errors.${own}`) : apiErrorText(error);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: { amount?: string; max?: string } = {};
    const typed = parseYuan(leading ? max : amount);
    const maxTyped = leading ? null : max.trim() ? parseYuan(max) : undefined;
    if (leading) {
      if (typed === null || typed <= 0) next.max = t('auctions:bid.problems.maxInvalid');
    } else {
      if (typed === null || typed <= 0) next.amount = t('auctions:bid.problems.amountInvalid');
      else if (typed < auction.nextMinimum.amount)
        next.amount = t('auctions:bid.problems.amountLow', { price: money(auction.nextMinimum) });
      if (maxTyped === null) next.max = t('auctions:bid.problems.maxInvalid');
      else if (maxTyped !== undefined && typed !== null && maxTyped <= typed) next.max = t('auctions:bid.problems.maxLow');
    }
    setErrors(next);
    if (next.amount || next.max || typed === null) return;
    void send(newBidIntent(auction.id, cny(typed), maxTyped ? cny(maxTyped) : undefined));
  }

  const busy = phase.kind === 'sending';
  const headingId = `${uid}-heading`;

  return (
    <section className="card bid-panel" aria-labelledby={headingId} data-testid="bid-panel">
      <h2 id={headingId}>{t('auctions:bid.heading')}</h2>
      {block ? (
        <BlockedNote block={block} from={location.pathname} />
      ) : (
        <>
          {leading ? (
            <p className="bid-panel__leading">{t('auctions:bid.leadingHint')}</p>
          ) : (
            <div className="bid-panel__quick">
              <button
                type="button"
                className="button bid-panel__quick-button"
                disabled={busy}
                onClick={() => void send(newBidIntent(auction.id, auction.nextMinimum))}
                data-testid="quick-bid"
              >
                {t('auctions:bid.quick', { price: money(auction.nextMinimum) })}
              </button>
              <span className="hint">{t('auctions:bid.quickHint')}</span>
            </div>
          )}
          <form className="form bid-panel__form" onSubmit={submit} noValidate>
            <div className="field-row">
              {!leading && (
                <Field
                  id={`${uid}-amount`}
                  label={t('auctions:bid.amount')}
                  hint={t('auctions:bid.amountHint', { price: money(auction.nextMinimum) })}
                  error={errors.amount}
                >
                  <input
                    inputMode="decimal"
                    autoComplete="off"
                    value={amount}
                    onChange={(e) => {
                      setAmount(e.target.value);
                      setAmountTouched(true);
                      setErrors((x) => ({ ...x, amount: undefined }));
                    }}
                  />
                </Field>
              )}
              <Field
                id={`${uid}-max`}
                label={leading ? t('auctions:bid.newMax') : t('auctions:bid.max')}
                optional={!leading}
                hint={leading ? t('auctions:bid.newMaxHint') : t('auctions:bid.maxHint')}
                error={errors.max}
              >
                <input
                  inputMode="decimal"
                  autoComplete="off"
                  value={max}
                  onChange={(e) => {
                    setMax(e.target.value);
                    setErrors((x) => ({ ...x, max: undefined }));
                  }}
                />
              </Field>
            </div>
            <div className="actions-row">
              <button type="submit" className={leading ? 'button' : 'button button--ghost'} disabled={busy} data-testid="custom-bid">
                {leading ? t('auctions:bid.raiseMax') : t('auctions:bid.submit')}
              </button>
            </div>
          </form>
        </>
      )}

      <div className="bid-panel__status" aria-live="polite">
        {phase.kind === 'sending' && (
          <p className="bid-panel__sending">
            <span className="spinner" aria-hidden="true" />
            {phase.attempt > 1 ? t('auctions:bid.retrying', { attempt: phase.attempt }) : t('auctions:bid.sending')}
          </p>
        )}
        {phase.kind === 'done' && <p className="form-ok">{phase.text}</p>}
      </div>
      <Refusal error={phase.kind === 'refused' && phase.text} testId="bid-error" />
      {phase.kind === 'unconfirmed' && (
        <div className="form-error" role="alert">
          <p>{t('auctions:errors.unconfirmed')}</p>
          <button type="button" className="button button--small" onClick={() => void send(phase.intent)}>
            {t('auctions:errors.resend')}
          </button>
        </div>
      )}

      {viewerId && block !== 'guest' && block !== 'self' && block !== 'organizer' && (
        <p className="bid-panel__max small" data-testid="my-maximum">
          {myMax === null
            ? t('auctions:bid.yourMaxNone')
            : !leading && auction.currentPrice && auction.currentPrice.amount >= myMax && auction.leaderId
              ? t('auctions:bid.yourMaxPassed', { price: money(cny(myMax)) })
              : t('auctions:bid.yourMax', { price: money(cny(myMax)) })}
        </p>
      )}
    </section>
  );
}

function BlockedNote({ block, from }: { block: Exclude<BidBlock, null>; from: string }) {
  const { t } = useTranslation(['auctions', 'common']);
  if (block === 'checking') return null;
  if (block === 'guest')
    return (
      <p>
        {t('auctions:bid.signIn')}{' '}
        <Link className="button button--small" to="/login" state={{ from }}>
          {t('common:signIn')}
        </Link>
      </p>
    );
  const text =
    block === 'self'
      ? t('auctions:bid.self')
      : block === 'organizer'
        ? t('auctions:bid.organizer')
        : block === 'notOpen'
          ? t('auctions:bid.notOpen')
          : t('auctions:bid.closed');
  return <p className="bid-panel__blocked">{text}</p>;
}
