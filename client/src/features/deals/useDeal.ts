import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onConnected, onServer } from '../../net/gateway';
import { dealKeys } from './dealsApi';

/** Keeps every deal read current: a pushed signature or stage step (`deal:updated`) or a reconnect reads again. */
export function useDealFeed(): void {
  const client = useQueryClient();
  useEffect(() => {
    const stale = () => void client.invalidateQueries({ queryKey: dealKeys.all });
    const offs = [onServer('deal:updated', stale), onConnected(stale)];
    return () => {
      for (const off of offs) off();
    };
  }, [client]);
}

/** After this tab's own step: read the deal, its contract and the escrow queue again. */
export function useDealChanged(): () => Promise<void> {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: dealKeys.all });
}
