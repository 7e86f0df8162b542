import type { DealTick } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { mergeTicker, type TickerState } from './tickerMerge';

/** The ticker's state, merged from each stats snapshot's `recentDeals` (see {@link mergeTicker}). */
export function useDealTicker(recentDeals: readonly DealTick[] | undefined): TickerState | null {
  const [state, setState] = useState<TickerState | null>(null);
  useEffect(() => {
    if (recentDeals) setState((prev) => mergeTicker(prev, recentDeals));
  }, [recentDeals]);
  return state;
}
