import { useCallback, useEffect, useState } from 'react';
import { useAppStore } from '../../../store/appStore';
import { sessionsApi } from './sessionsApi';

/**
 * The signed-in user's session reminders: which sessions they asked to be reminded of, and a toggle that
 * shows the new state at once and puts it back if the server says no. Guests have none (`signedIn` false).
 */
export function useReminders() {
  const userId = useAppStore((s) => s.user?.id ?? null);
  const authKnown = useAppStore((s) => s.authStatus === 'ready');
  const [reminded, setReminded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [failedId, setFailedId] = useState<string | null>(null);

  useEffect(() => {
    setReminded(new Set());
    setFailedId(null);
    if (!userId) return;
    const abort = new AbortController();
    sessionsApi
      .reminders({ signal: abort.signal })
      .then(({ sessionIds }) => setReminded(new Set(sessionIds)))
      .catch(() => {
        // Without the list every toggle starts from "not reminded"; setting one still works.
      });
    return () => abort.abort();
  }, [userId]);

  const toggle = useCallback(
    async (sessionId: string) => {
      const on = !reminded.has(sessionId);
      const flip = (want: boolean) =>
        setReminded((prev) => {
          const next = new Set(prev);
          if (want) next.add(sessionId);
          else next.delete(sessionId);
          return next;
        });
      setFailedId(null);
      setBusy((prev) => new Set(prev).add(sessionId));
      flip(on);
      try {
        const { reminded: now } = on ? await sessionsApi.remind(sessionId) : await sessionsApi.forget(sessionId);
        flip(now);
      } catch {
        flip(!on);
        setFailedId(sessionId);
      } finally {
        setBusy((prev) => {
          const next = new Set(prev);
          next.delete(sessionId);
          return next;
        });
      }
    },
    [reminded],
  );

  return { signedIn: userId !== null, authKnown, reminded, busy, failedId, toggle };
}
