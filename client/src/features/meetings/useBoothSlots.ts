import { useQuery } from '@tanstack/react-query';
import { serverNowOrLocal } from '../../net/gateway';
import { meetingKeys, meetingsApi } from './meetingsApi';
import { SLOT_WINDOW_MS } from './meetingTime';

/**
 * A booth's slots from `pastMs` before now (the server's clock) to the end of the booking window, and the free
 * ones among them.
 */
export function useBoothSlots(boothId: string, pastMs = 0) {
  const slots = useQuery({
    queryKey: meetingKeys.slots(boothId),
    queryFn: ({ signal }) => {
      const now = serverNowOrLocal();
      return meetingsApi.slots(boothId, now - pastMs, now + SLOT_WINDOW_MS, { signal });
    },
  });
  return { slots, free: (slots.data?.slots ?? []).filter((s) => s.status === 'free') };
}
