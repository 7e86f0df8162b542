import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../i18n/format';
import { MessageComposer } from '../chat';
import { useNegotiationChat } from './useNegotiationChat';

/** The private chat beside the term sheet (room `negotiation:<id>`); organizers read it only. */
export function NegotiationChat({ negotiationId, userId, canPost }: { negotiationId: string; userId: string | null; canPost: boolean }) {
  const {
    t,
    i18n: { language: lng },
  } = useTranslation(['negotiations', 'common']);
  const { log, status, send, retry, discard } = useNegotiationChat(negotiationId, true);
  const listRef = useRef<HTMLDivElement>(null);
  const stick = useRef(true);

  // Follow new messages while the reader is at the bottom; leave them alone while they scroll back.
  const count = log.messages.length + log.pending.length;
  // biome-ignore lint/correctness/useExhaustiveDependencies: scrolls whenever the number of lines changes
  useEffect(() => {
    const list = listRef.current;
    if (list && stick.current) list.scrollTop = list.scrollHeight;
  }, [count]);

  return (
    <section className="card neg-chat" aria-labelledby="neg-chat-title" data-testid="negotiation-chat">
      <h2 id="neg-chat-title">{t('negotiations:chat.heading')}</h2>
      <p className="muted small">{t('negotiations:chat.intro')}</p>
      <div
        ref={listRef}
        className="neg-chat__log"
        role="log"
        aria-live="polite"
        aria-label={t('negotiations:chat.log')}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the scrolling log must be reachable by keyboard
        tabIndex={0}
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < 40;
        }}
      >
        <ol className="neg-chat__list">
          {status === 'loading' && log.messages.length === 0 && <li className="neg-chat__empty muted">{t('negotiations:chat.loading')}</li>}
          {status === 'error' && log.messages.length === 0 && (
            <li className="neg-chat__empty form-error">{t('negotiations:chat.loadFailed')}</li>
          )}
          {status === 'ready' && count === 0 && <li className="neg-chat__empty muted">{t('negotiations:chat.empty')}</li>}
          {log.messages.map((m) => {
            const mine = m.userId === userId;
            return (
              <li key={m.id} className={mine ? 'neg-chat__msg neg-chat__msg--mine' : 'neg-chat__msg'}>
                <span className="neg-chat__meta">
                  <span className="neg-chat__who">{mine ? t('negotiations:chat.you') : m.userName}</span>
                  <time dateTime={new Date(m.at).toISOString()}>{formatClock(m.at, lng)}</time>
                </span>
                <p className="neg-chat__text">{m.text}</p>
              </li>
            );
          })}
          {log.pending.map((p) => (
            <li key={p.clientMsgId} className="neg-chat__msg neg-chat__msg--mine neg-chat__msg--pending">
              <span className="neg-chat__meta">
                <span className="neg-chat__who">{t('negotiations:chat.you')}</span>
                <span>{p.status === 'sending' ? t('negotiations:chat.sending') : ''}</span>
              </span>
              <p className="neg-chat__text">{p.text}</p>
              {p.status === 'failed' && (
                <p className="neg-chat__failed">
                  {t('negotiations:chat.failed', { reason: t(`common:errors.${p.error ?? 'INTERNAL'}`) })}{' '}
                  <button type="button" className="link-button" onClick={() => retry(p.clientMsgId)}>
                    {t('negotiations:chat.retry')}
                  </button>{' '}
                  <button type="button" className="link-button" onClick={() => discard(p.clientMsgId)}>
                    {t('negotiations:chat.discard')}
                  </button>
                </p>
              )}
            </li>
          ))}
        </ol>
      </div>
      {canPost ? (
        <MessageComposer
          className="neg-chat__composer"
          label={t('negotiations:chat.label')}
          placeholder={t('negotiations:chat.placeholder')}
          sendLabel={t('negotiations:chat.send')}
          rows={2}
          onSend={(body) => {
            stick.current = true;
            void send(body);
          }}
        />
      ) : (
        <p className="muted small">{t('negotiations:chat.readOnly')}</p>
      )}
    </section>
  );
}
