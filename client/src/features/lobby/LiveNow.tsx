import type { Booth, HallSummary } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import { rest } from '../../net/gateway';

const SHOWN = 6;

/**
 * Booths hosting a live session now. Only halls whose summary says they have live booths (`liveBooths`) are
 * read, so a quiet expo costs no floor plans at all; those answers are what the hall page needs next anyway
 * (HTTP-cached by ETag).
 */
export function LiveNow({ halls }: { halls: HallSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [state, setState] = useState<{ status: 'loading' | 'ready' | 'error'; booths: Booth[] }>({ status: 'loading', booths: [] });
  // The key changes when a hall's live count does, so a refreshed summary re-reads just those halls.
  const key = halls
    .filter((h) => h.liveBooths > 0)
    .map((h) => `${h.id}:${h.liveBooths}`)
    .join(',');

  useEffect(() => {
    if (!key) {
      setState({ status: 'ready', booths: [] });
      return;
    }
    setState((prev) => (prev.status === 'ready' ? prev : { status: 'loading', booths: [] }));
    const abort = new AbortController();
    // Safari has no requestIdleCallback; a short timeout stands in for it.
    const idle = (cb: () => void) =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb, { timeout: 1500 }) : setTimeout(cb, 200);
    idle(() => {
      Promise.allSettled(key.split(',').map((entry) => rest.hall(entry.split(':')[0] as string, { signal: abort.signal })))
        .then((results) => {
          if (abort.signal.aborted) return;
          const ok = results.filter((r) => r.status === 'fulfilled');
          const live = ok.flatMap((r) => r.value.booths.filter((b) => b.live));
          setState({ status: ok.length > 0 ? 'ready' : 'error', booths: live });
        })
        .catch(() => setState({ status: 'error', booths: [] }));
    });
    return () => abort.abort();
  }, [key]);

  if (state.status === 'loading') return <p className="muted">{t('lobby.liveLoading')}</p>;
  if (state.status === 'error') return <p className="muted">{t('common.loadFailed')}</p>;
  if (state.booths.length === 0) return <p className="muted">{t('lobby.liveNone')}</p>;
  const hallOf = new Map(halls.map((h) => [h.id, h]));
  return (
    <ul className="live-list">
      {state.booths.slice(0, SHOWN).map((b) => {
        const hall = hallOf.get(b.hallId);
        return (
          <li key={b.id}>
            <span className="live-dot" aria-hidden="true" />
            <Link to={`/booth/${encodeURIComponent(b.id)}`}>{b.name}</Link>
            <span className="muted">
              {b.orgName}
              {hall ? ` · ${t('lobby.liveIn', { hall: f.hallName(hall) })}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
