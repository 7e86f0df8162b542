import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onConnected, onServer } from '../../net/gateway';
import { meetingKeys } from './meetingsApi';

/** Keeps every meetings read current: a pushed change (booked, moved, cancelled, held) or a reconnect reads again. */
export function useMeetingsFeed(): void {
  const client = useQueryClient();
  useEffect(() => {
    const stale = () => void client.invalidateQueries({ queryKey: meetingKeys.all });
    const offs = [onServer('meeting:updated', stale), onServer('meeting:reminder', stale), onConnected(stale)];
    return () => {
      for (const off of offs) off();
    };
  }, [client]);
}
