import type { Booth, HallSummary } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import { rest } from '../../net/gateway';

const SHOWN = 6;

/**
 * Booths hosting a live session now, read from each hall's floor plan (the `live` flag).
 * Loaded after the lobby itself; the same hall answers are what the hall page needs next (HTTP-cached by ETag).
 */
export function LiveNow({ halls }: { halls: HallSummary[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [state, setState] = useState<{ status: 'loading' | 'ready' | 'error'; booths: Booth[] }>({ status: 'loading', booths: [] });
  const ids = halls.filter((h) => h.boothCount > 0).map((h) => h.id);
  const key = ids.join(',');

  useEffect(() => {
    const abort = new AbortController();
    // Safari has no requestIdleCallback; a short timeout stands in for it.
    const idle = (cb: () => void) =>
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(cb, { timeout: 1500 }) : setTimeout(cb, 200);
    idle(() => {
      Promise.allSettled(key ? key.split(',').map((id) => rest.hall(id, { signal: abort.signal })) : [])
        .then((results) => {
          if (abort.signal.aborted) return;
          const ok = results.filter((r) => r.status === 'fulfilled');
          const live = ok.flatMap((r) => r.value.booths.filter((b) => b.live));
          setState({ status: ok.length === results.length ? 'ready' : ok.length ? 'ready' : 'error', booths: live });
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
