import { QueryClient } from '@tanstack/react-query';

/**
 * The app's one cache of server reads. A failed read shows its error at once with a retry button (no silent
 * retries), and switching tabs does not re-read: the screens refresh on their button and on the socket events
 * that change what they show.
 */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
});
