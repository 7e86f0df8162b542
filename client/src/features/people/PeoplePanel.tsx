import { PEOPLE, type PersonRef } from '@pavilion/shared';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { DismissButton } from '../../app/ui/DismissButton';
import { ApiError, onConnected, onServer, socketRequest } from '../../net/gateway';
import { hallRuntime } from '../hall3d';
import { type NearbyPerson, nearbyPeople } from './nearbyPeople';
import './people.css';

/** How often the nearby list is re-read from the scene's presence (ms). */
const LIST_EVERY_MS = 500;
/** How long a toast stays (ms). */
const TOAST_MS = 6000;
const MAX_TOASTS = 3;

type Toast = { key: number; text: string; kind: 'wave' | 'info' | 'error' };

/**
 * Others as people: who is near you (with Wave and Invite to follow), your do-not-disturb switch, an incoming
 * follow invitation, the "Following X — Stop" bar (or the host's "N people follow you — End"), and toasts for
 * waves. The scene's controller walks a follower behind the host (`hallRuntime.followHostId`); steering by hand
 * sets `hallRuntime.followOverridden`, and this panel then stops following.
 */
export function PeoplePanel({ hallId }: { hallId: string }) {
  const { t } = useTranslation(['people', 'common']);
  const [open, setOpen] = useState(false);
  const [people, setPeople] = useState<NearbyPerson[]>([]);
  const [dnd, setDnd] = useState(false);
  const [following, setFollowing] = useState<PersonRef | null>(null);
  const [followers, setFollowers] = useState<PersonRef[]>([]);
  const [invitation, setInvitation] = useState<{ from: PersonRef; until: number } | null>(null);
  const [toasts, setToasts] = useState<Toast[]>([]);
  const seq = useRef(0);
  const followingRef = useRef<PersonRef | null>(null);
  followingRef.current = following;

  const nameOf = useCallback((p: { name: string | null }) => p.name ?? t('people:visitor'), [t]);
  const toast = useCallback((text: string, kind: Toast['kind'] = 'info') => {
    seq.current += 1;
    const item = { key: seq.current, text, kind };
    setToasts((prev) => [...prev, item].slice(-MAX_TOASTS));
    setTimeout(() => setToasts((prev) => prev.filter((x) => x !== item)), TOAST_MS);
  }, []);
  const follow = useCallback((host: PersonRef | null) => {
    hallRuntime.followHostId = host?.id ?? null;
    hallRuntime.followOverridden = false;
    setFollowing(host);
  }, []);

  // The nearby list, from the scene's presence (per-frame data is read on a timer, never pushed through React).
  useEffect(() => {
    const read = () => {
      const visitors = hallRuntime.presence?.visitors.values() ?? [];
      setPeople((prev) => {
        const next = nearbyPeople(visitors, hallRuntime.camera);
        const same =
          prev.length === next.length &&
          prev.every((p, i) => {
            const n = next[i] as NearbyPerson;
            return p.id === n.id && p.name === n.name && p.org === n.org && p.dnd === n.dnd;
          });
        return same ? prev : next;
      });
    };
    read();
    const timer = setInterval(read, LIST_EVERY_MS);
    return () => clearInterval(timer);
  }, []);

  // Server events about people: waves, invitations, groups forming and ending.
  useEffect(() => {
    const offs = [
      onServer('hall:wave', ({ hallId: h, from }) => {
        if (h !== hallId) return;
        hallRuntime.waves.set(from.id, performance.now());
        toast(t('people:wavedAtYou', { name: nameOf(from) }), 'wave');
      }),
      onServer('follow:invite', ({ hallId: h, from }) => {
        if (h === hallId) setInvitation({ from, until: Date.now() + PEOPLE.inviteTtlMs });
      }),
      onServer('follow:joined', ({ hallId: h, follower }) => {
        if (h !== hallId) return;
        setFollowers((prev) => [...prev.filter((f) => f.id !== follower.id), follower]);
        toast(t('people:joinedYou', { name: nameOf(follower) }));
      }),
      onServer('follow:end', ({ hallId: h, hostId, followerId }) => {
        if (h !== hallId) return;
        const host = followingRef.current;
        if (host && host.id === hostId && followerId === hallRuntime.presenceId) {
          follow(null);
          toast(t('people:ended', { name: nameOf(host) }));
        } else if (hostId === hallRuntime.presenceId) {
          setFollowers((prev) => {
            const gone = prev.find((f) => f.id === followerId);
            if (gone) toast(t('people:leftYou', { name: nameOf(gone) }));
            return prev.filter((f) => f.id !== followerId);
          });
        }
      }),
      // A new connection is a new presence id: the server ended every group of the old one.
      onConnected(() => {
        follow(null);
        setFollowers([]);
        setInvitation(null);
        setDnd(false);
      }),
    ];
    return () => {
      for (const off of offs) off();
    };
  }, [hallId, toast, t, nameOf, follow]);

  // Leaving the hall page ends following on this side (the server ends the group as the socket leaves the hall).
  useEffect(
    () => () => {
      hallRuntime.followHostId = null;
      hallRuntime.followOverridden = false;
    },
    [],
  );

  const fail = useCallback((err: unknown) => toast(apiErrorText(err), 'error'), [toast]);

  const stop = useCallback(() => {
    socketRequest('follow:stop', { hallId })
      .then(() => {
        follow(null);
        setFollowers([]);
      })
      .catch((err: unknown) => {
        // Nothing to stop any more (the host ended it meanwhile): the local state is what was stale.
        follow(null);
        setFollowers([]);
        if (!(err instanceof ApiError && err.reason === 'notLeading')) fail(err);
      });
  }, [hallId, follow, fail]);

  // Steering by hand while following ends following.
  useEffect(() => {
    if (!following) return;
    const timer = setInterval(() => {
      if (hallRuntime.followOverridden) {
        hallRuntime.followOverridden = false;
        stop();
      }
    }, 200);
    return () => clearInterval(timer);
  }, [following, stop]);

  // An invitation lapses on its own.
  useEffect(() => {
    if (!invitation) return;
    const timer = setTimeout(() => setInvitation(null), Math.max(0, invitation.until - Date.now()));
    return () => clearTimeout(timer);
  }, [invitation]);

  const wave = (p: NearbyPerson) =>
    socketRequest('hall:wave', { hallId, to: p.id })
      .then(() => toast(t('people:waved', { name: nameOf(p) })))
      .catch(fail);
  const invite = (p: NearbyPerson) =>
    socketRequest('follow:start', { hallId, to: p.id })
      .then(() => toast(t('people:invited', { name: nameOf(p) })))
      .catch(fail);
  const accept = () => {
    if (!invitation) return;
    const hostId = invitation.from.id;
    setInvitation(null);
    socketRequest('follow:accept', { hallId, hostId })
      .then(({ host }) => follow(host))
      .catch(fail);
  };
  const toggleDnd = (on: boolean) => {
    setDnd(on);
    socketRequest('hall:dnd', { hallId, on })
      .then((answer) => setDnd(answer.dnd))
      .catch((err: unknown) => {
        setDnd(!on);
        fail(err);
      });
  };

  const label = (p: { name: string | null; org: string | null }) =>
    p.name && p.org ? t('people:fromOrg', { name: p.name, org: p.org }) : nameOf(p);

  return (
    <div className="people" data-testid="people">
      <button
        type="button"
        className="button people__toggle"
        aria-expanded={open}
        aria-controls="people-panel"
        onClick={() => setOpen((o) => !o)}
        data-testid="people-toggle"
      >
        {t('people:open')}
        <span className="people__count">{people.length}</span>
      </button>

      {following && (
        <div className="people__bar" role="status" data-testid="follow-bar">
          <span>{t('people:following', { name: nameOf(following) })}</span>
          <button type="button" className="button button--small" onClick={stop} data-testid="follow-stop">
            {t('people:stop')}
          </button>
        </div>
      )}
      {followers.length > 0 && (
        <div className="people__bar" role="status" data-testid="leading-bar">
          <span>{t('people:leading', { count: followers.length })}</span>
          <button type="button" className="button button--small" onClick={stop}>
            {t('people:endGroup')}
          </button>
        </div>
      )}
      {invitation && (
        <div className="people__invite" role="alert" data-testid="follow-invite">
          <p>{t('people:invitation', { name: label(invitation.from) })}</p>
          <div className="people__actions">
            <button type="button" className="button button--small" onClick={accept} data-testid="follow-accept">
              {t('people:accept')}
            </button>
            <button type="button" className="button button--small" onClick={() => setInvitation(null)}>
              {t('people:decline')}
            </button>
          </div>
        </div>
      )}

      {open && (
        <section id="people-panel" className="people__panel" aria-label={t('people:title')}>
          <header className="people__head">
            <h2>{t('people:title')}</h2>
            <DismissButton className="people__close" onClick={() => setOpen(false)} />
          </header>
          <label className="people__dnd">
            <input type="checkbox" checked={dnd} onChange={(e) => toggleDnd(e.target.checked)} data-testid="dnd-toggle" />
            <span>
              <strong>{t('people:dnd')}</strong>
              <small>{t('people:dndHint')}</small>
            </span>
          </label>
          {people.length === 0 ? (
            <p className="people__empty">{t('people:nobody')}</p>
          ) : (
            <ul className="people__list">
              {people.map((p) => (
                <li key={p.id} className="people__person" data-testid="person" data-person-id={p.id}>
                  <span className="people__who">
                    <strong>{nameOf(p)}</strong>
                    {p.org && <small>{p.org}</small>}
                    {p.dnd && <small className="people__dnd-mark">{t('people:dndMark')}</small>}
                  </span>
                  <span className="people__actions">
                    <button
                      type="button"
                      className="button button--small"
                      disabled={p.dnd}
                      onClick={() => wave(p)}
                      data-testid="person-wave"
                    >
                      {t('people:wave')}
                    </button>
                    <button
                      type="button"
                      className="button button--small"
                      disabled={p.dnd || !!following}
                      onClick={() => invite(p)}
                      data-testid="person-invite"
                    >
                      {t('people:invite')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      <ul className="people__toasts" aria-live="polite">
        {toasts.map((x) => (
          <li
            key={x.key}
            className={`people__toast people__toast--${x.kind}`}
            data-testid={x.kind === 'wave' ? 'wave-toast' : 'people-toast'}
          >
            <span>{x.text}</span>
            <DismissButton className="people__toast-close" onClick={() => setToasts((prev) => prev.filter((y) => y !== x))} />
          </li>
        ))}
      </ul>
    </div>
  );
}
