import { SESSION_REACTIONS, type SessionReaction } from '@pavilion/shared';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, onServer } from '../../net/gateway';
import { ParticleBudget, particleLook } from './reactionBurst';

const reducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * The floating emoji over the stage. Particles are DOM nodes made and removed here, outside React: a
 * burst of reactions must not re-render the page once per emoji. Under reduced motion nothing floats.
 */
export function useReactionBurst() {
  const layer = useRef<HTMLDivElement | null>(null);
  const budget = useRef(new ParticleBudget());
  const spawn = useCallback((emoji: string): boolean => {
    const el = layer.current;
    if (!el || reducedMotion() || document.hidden) return false;
    const id = budget.current.admit(performance.now());
    if (id === null) return false;
    const look = particleLook();
    const particle = document.createElement('span');
    particle.className = 'reaction-particle';
    particle.textContent = emoji;
    particle.setAttribute('aria-hidden', 'true');
    particle.style.left = `${look.left}%`;
    particle.style.setProperty('--drift', `${look.drift}px`);
    particle.style.setProperty('--scale', String(look.scale));
    particle.style.animationDuration = `${look.durationMs}ms`;
    const done = () => {
      particle.remove();
      budget.current.release(id);
    };
    particle.addEventListener('animationend', done, { once: true });
    // A hidden tab may never fire animationend: the slot is freed after the lifetime regardless.
    setTimeout(done, look.durationMs + 200);
    el.appendChild(particle);
    return true;
  }, []);
  const layerRef = useCallback((el: HTMLDivElement | null) => {
    layer.current = el;
  }, []);
  return { layerRef, spawn };
}

/** The transparent layer the particles float in (put it inside the stage). */
export function ReactionLayer({ layerRef }: { layerRef: (el: HTMLDivElement | null) => void }) {
  return <div className="reaction-layer" ref={layerRef} aria-hidden="true" />;
}

interface Props {
  sessionId: string;
  /** In the session now (not between connections): the server takes reactions only from joined sockets. */
  joined: boolean;
  react: (emoji: SessionReaction) => Promise<void>;
  /** Draws one particle; false when it was not drawn (reduced motion, budget full). */
  spawn: (emoji: string) => boolean;
}

/**
 * A row of reaction buttons (`session:react`) with a running count per emoji. Everyone's reactions,
 * ours included, come back as `session:reaction` and float up; every one is counted, and the count
 * pulses (colour only, so it is calm under reduced motion).
 */
export function ReactionBar({ sessionId, joined, react, spawn }: Props) {
  const { t } = useTranslation(['sessions']);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [slowDown, setSlowDown] = useState(false);
  const labelId = useId();
  const pending = useRef<Record<string, number>>({});
  const frame = useRef<number | null>(null);

  useEffect(() => {
    const off = onServer('session:reaction', ({ sessionId: id, emoji }) => {
      if (id !== sessionId) return;
      spawn(emoji);
      // Counts are folded into one render per frame, however many arrive.
      pending.current[emoji] = (pending.current[emoji] ?? 0) + 1;
      if (frame.current === null) {
        frame.current = requestAnimationFrame(() => {
          frame.current = null;
          const add = pending.current;
          pending.current = {};
          setCounts((c) => {
            const next = { ...c };
            for (const [e, n] of Object.entries(add)) next[e] = (next[e] ?? 0) + n;
            return next;
          });
        });
      }
    });
    return () => {
      off();
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [sessionId, spawn]);

  useEffect(() => {
    if (!slowDown) return;
    const timer = setTimeout(() => setSlowDown(false), 3000);
    return () => clearTimeout(timer);
  }, [slowDown]);

  const send = (emoji: SessionReaction) => {
    react(emoji).catch((error: unknown) => {
      if (error instanceof ApiError && error.code === 'RATE_LIMITED') setSlowDown(true);
    });
  };

  return (
    <div className="reactions">
      <span id={labelId} className="reactions__label">
        {t('sessions:reactions.label')}
      </span>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields: a fieldset would mislead */}
      <div className="reactions__row" role="group" aria-labelledby={labelId}>
        {SESSION_REACTIONS.map((emoji) => {
          const count = counts[emoji] ?? 0;
          return (
            <button
              key={emoji}
              type="button"
              className="reaction"
              disabled={!joined}
              onClick={() => send(emoji)}
              aria-label={
                count > 0
                  ? `${t('sessions:reactions.send', { emoji })} (${t('sessions:reactions.tally', { count })})`
                  : t('sessions:reactions.send', { emoji })
              }
              data-testid="reaction"
            >
              <span className="reaction__emoji" aria-hidden="true">
                {emoji}
              </span>
              {count > 0 && (
                // A new key each time restarts the pulse animation.
                <span key={count} className="reaction__count" aria-hidden="true">
                  {count}
                </span>
              )}
            </button>
          );
        })}
      </div>
      {slowDown && (
        <p className="reactions__slow" role="status">
          {t('sessions:reactions.slowDown')}
        </p>
      )}
    </div>
  );
}
