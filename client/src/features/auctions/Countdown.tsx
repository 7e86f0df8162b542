import type { Auction } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, formatDate, formatDateTime } from '../../i18n/format';
import { useServerNow } from '../../net/gateway';
import { phaseOf } from './bidRules';
import { splitRemaining } from './countdownFormat';
import type { Extension } from './useAuction';

/** How long the countdown flashes after the end moved. */
const FLASH_MS = 2600;

/**
 * Time left, on the server's clock (estimated from acks' round trips — never from this device's clock
 * alone, so a wrong device clock cannot show a wrong end). Until the first estimate it says it is
 * synchronising rather than guess. It flashes, and announces the new end, when a late bid extends it.
 */
export function Countdown({ auction, extension, compact = false }: { auction: Auction; extension: Extension | null; compact?: boolean }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['auctions']);
  const now = useServerNow(250);
  const [flashing, setFlashing] = useState(false);

  useEffect(() => {
    if (!extension) return;
    setFlashing(true);
    const timer = setTimeout(() => setFlashing(false), FLASH_MS);
    return () => clearTimeout(timer);
  }, [extension]);

  const phase = phaseOf(auction, now);
  const remaining = (target: number) => {
    if (now === null) return '';
    const { days, clock } = splitRemaining(target - now);
    return days > 0 ? t('auctions:countdown.days', { count: days, clock }) : clock;
  };

  let label: string;
  let value: string;
  let sub: string;
  if (phase === 'closed') {
    label = t('auctions:countdown.ended');
    value = formatClock(auction.endsAt, lng);
    sub = formatDate(auction.endsAt, lng);
  } else if (now === null) {
    label = t('auctions:countdown.timeLeft');
    value = '';
    sub = t('auctions:countdown.syncing');
  } else if (phase === 'scheduled') {
    label = t('auctions:countdown.startsIn');
    value = remaining(auction.startsAt);
    sub = t('auctions:countdown.startsAt', { time: formatDateTime(auction.startsAt, lng) });
  } else if (phase === 'ending') {
    label = t('auctions:countdown.timeLeft');
    value = '0:00';
    sub = t('auctions:countdown.closing');
  } else {
    label = t('auctions:countdown.timeLeft');
    value = remaining(auction.endsAt);
    sub = t('auctions:countdown.endsAt', { time: formatClock(auction.endsAt, lng) });
  }
  const urgent = phase === 'open' && now !== null && auction.endsAt - now < 60_000;
  const classes = [
    'countdown',
    `countdown--${phase}`,
    urgent ? 'countdown--urgent' : '',
    flashing ? 'countdown--extended' : '',
    compact ? 'countdown--compact' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={classes} data-testid="countdown" data-phase={phase} data-ends-at={auction.endsAt}>
      <span className="countdown__label">{label}</span>
      {/* The ticking value is a timer, not a live region: it would talk every second. */}
      <span className="countdown__value" role="timer" aria-live="off">
        {now === null && phase !== 'closed' ? <span className="spinner" aria-hidden="true" /> : value}
      </span>
      <span className="countdown__sub">{sub}</span>
      {!compact && phase === 'open' && auction.hardEndsAt > auction.endsAt && (
        <span className="countdown__hard">{t('auctions:countdown.hardEnd', { time: formatDateTime(auction.hardEndsAt, lng) })}</span>
      )}
      {!compact && (
        <span className="countdown__note" aria-live="polite">
          {extension && phase !== 'closed' ? t('auctions:countdown.extended', { time: formatClock(extension.to, lng) }) : ''}
        </span>
      )}
    </div>
  );
}
