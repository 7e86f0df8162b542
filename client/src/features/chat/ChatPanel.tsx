import type { ChatMessage } from '@pavilion/shared';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { type ChatRoomState, nextTypingExpiry, type PendingMessage, typingNames } from '../../store/chatRoom';
import { MessageComposer } from './MessageComposer';
import { ModerationMenu } from './ModerationMenu';
import { sendErrorText } from './sendErrorText';

/** Within this distance of the bottom (px), new messages keep the log scrolled to the end. */
const STICK_TO_BOTTOM_PX = 48;

interface Props {
  room: string;
  /** Whether the room can take messages now (we are inside the booth, or re-entering it). */
  ready: boolean;
  /** Booth staff and organizers moderate. */
  canModerate: boolean;
  /** Who we are talking to, for the empty state ("Say hello to …"). */
  hostName: string;
  /** The composer's id, so a "Chat" button elsewhere can focus it. */
  inputId?: string;
  /** The panel's title when the room is not a booth's ("Booth chat" by default). */
  heading?: string;
  /** What the panel says while the room cannot take messages ("Joining the booth…" by default). */
  idleText?: string;
  /** The title's level: one below the heading of the page or panel it sits in (3 by default, under a panel's h2). */
  headingLevel?: 2 | 3;
}

/**
 * A chat room: the latest messages with older ones paged in on demand, our own messages shown at once
 * (pending until the server confirms them), who is typing, and a composer. Text is rendered as text.
 */
export function ChatPanel({ room, ready, canModerate, hostName, inputId, heading, idleText, headingLevel = 3 }: Props) {
  const Title = headingLevel === 2 ? 'h2' : 'h3';
  const { t } = useTranslation(['account', 'chat', 'common']);
  const state = useAppStore((s) => s.chatRooms[room]);
  const user = useAppStore((s) => s.user);
  const loadOlder = useAppStore((s) => s.loadOlderChat);
  const headingId = useId();
  const log = useRef<HTMLDivElement>(null);
  const stick = useRef(true);
  const keep = useRef<{ firstId: string | null; fromBottom: number } | null>(null);

  const messages = state?.messages ?? [];
  const pending = state?.pending ?? [];
  const firstId = messages[0]?.id ?? null;
  const lastKey = `${messages.at(-1)?.id ?? ''}|${pending.length}`;

  // New messages at the end keep the log at the bottom, unless the reader scrolled up to read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the newest line changes
  useLayoutEffect(() => {
    const el = log.current;
    if (el && stick.current) el.scrollTop = el.scrollHeight;
  }, [lastKey]);
  // Older messages paged in above keep what the reader was looking at in place.
  useLayoutEffect(() => {
    const el = log.current;
    const k = keep.current;
    if (!el || !k || k.firstId === firstId) return;
    el.scrollTop = el.scrollHeight - k.fromBottom;
    keep.current = null;
  }, [firstId]);

  const olderClick = () => {
    const el = log.current;
    if (el) keep.current = { firstId, fromBottom: el.scrollHeight - el.scrollTop };
    void loadOlder(room);
  };

  return (
    <section className="chat" aria-labelledby={headingId} data-testid="chat" data-room={room}>
      <div className="chat__head">
        <Title id={headingId} className="section-title">
          {heading ?? t('chat:heading')}
        </Title>
      </div>
      <div
        className="chat__log"
        ref={log}
        onScroll={(e) => {
          const el = e.currentTarget;
          stick.current = el.scrollHeight - el.scrollTop - el.clientHeight < STICK_TO_BOTTOM_PX;
        }}
      >
        {state?.hasOlder && (
          <div className="chat__older">
            <button type="button" className="link-button" onClick={olderClick} disabled={state.older === 'loading'}>
              {state.older === 'loading' ? t('common:loading') : t('chat:loadOlder')}
            </button>
            {state.older === 'error' && (
              <span className="chat__older-error" role="alert">
                {t('chat:loadOlderFailed')}
              </span>
            )}
          </div>
        )}
        {!state && <p className="chat__empty muted">{idleText ?? t('chat:joining')}</p>}
        {state && messages.length === 0 && pending.length === 0 && (
          <p className="chat__empty muted">{t('chat:empty', { name: hostName })}</p>
        )}
        {/* role=log: screen readers announce new lines as they arrive. */}
        <div role="log" aria-live="polite" aria-relevant="additions" aria-label={t('chat:logLabel')}>
          <ol className="chat__list">
            {messages.map((m) => (
              <MessageLine key={m.id} room={room} message={m} mine={m.userId === user?.id} canModerate={canModerate} />
            ))}
            {pending.map((p) => (
              <PendingLine key={p.clientMsgId} room={room} pending={p} authorName={user?.displayName ?? ''} />
            ))}
          </ol>
        </div>
      </div>
      <TypingLine state={state} />
      {user ? (
        <Composer room={room} ready={ready && !!state} inputId={inputId} idleText={idleText} />
      ) : (
        <SignInPrompt hostName={hostName} />
      )}
    </section>
  );
}

function Initial({ name }: { name: string }) {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return (
    <span className="chat-msg__avatar" style={{ background: `hsl(${h % 360} 55% 45%)` }} aria-hidden="true">
      {name.slice(0, 1).toUpperCase()}
    </span>
  );
}

function MessageLine({ room, message, mine, canModerate }: { room: string; message: ChatMessage; mine: boolean; canModerate: boolean }) {
  const { t } = useTranslation(['account', 'chat', 'common']);
  const f = useFormat();
  return (
    <li className={mine ? 'chat-msg chat-msg--mine' : 'chat-msg'} data-message-id={message.id}>
      <Initial name={message.userName} />
      <div className="chat-msg__body">
        <p className="chat-msg__meta">
          <span className="chat-msg__author">{mine ? t('chat:you') : message.userName}</span>
          {message.authorRole !== 'visitor' && message.authorRole && (
            <span className={`role-badge role-badge--${message.authorRole}`} data-testid="role-badge">
              {t(`chat:badge.${message.authorRole}`)}
            </span>
          )}
          <time dateTime={new Date(message.at).toISOString()}>{f.chatTime(message.at)}</time>
        </p>
        {/* Plain text: React escapes it; CSS keeps the line breaks. */}
        <p className="chat-msg__text">{message.text}</p>
      </div>
      {canModerate && <ModerationMenu room={room} message={message} mine={mine} />}
    </li>
  );
}

function PendingLine({ room, pending, authorName }: { room: string; pending: PendingMessage; authorName: string }) {
  const { t } = useTranslation(['account', 'chat', 'common']);
  const retry = useAppStore((s) => s.retryChatMessage);
  const discard = useAppStore((s) => s.discardChatMessage);
  const failed = pending.status === 'failed';
  return (
    <li
      className={`chat-msg chat-msg--mine chat-msg--${pending.status}`}
      data-client-msg-id={pending.clientMsgId}
      data-status={pending.status}
      aria-busy={!failed}
    >
      <Initial name={authorName} />
      <div className="chat-msg__body">
        <p className="chat-msg__meta">
          <span className="chat-msg__author">{t('chat:you')}</span>
          <span className="chat-msg__state">
            {pending.status === 'sending' ? t('chat:sending') : pending.status === 'queued' ? t('chat:queued') : t('chat:notSent')}
          </span>
        </p>
        <p className="chat-msg__text">{pending.text}</p>
        {failed && pending.error && (
          <div className="chat-msg__error" role="alert">
            <span>{sendErrorText(pending.error)}</span>
            {pending.error.code === 'UNAUTHENTICATED' ? (
              <Link to="/login">{t('common:signIn')}</Link>
            ) : (
              pending.error.code !== 'INVALID_INPUT' && (
                <button type="button" className="link-button" onClick={() => void retry(room, pending.clientMsgId)}>
                  {t('common:retry')}
                </button>
              )
            )}
            <button type="button" className="link-button" onClick={() => discard(room, pending.clientMsgId)}>
              {t('chat:discard')}
            </button>
          </div>
        )}
      </div>
    </li>
  );
}

/** "Ada is typing…": re-renders itself when the hint expires, without a ticking timer. */
function TypingLine({ state }: { state: ChatRoomState | undefined }) {
  const { t } = useTranslation(['account', 'chat', 'common']);
  const [now, setNow] = useState(() => Date.now());
  const names = typingNames(state, now);
  useEffect(() => {
    const current = Date.now();
    const next = nextTypingExpiry(state, current);
    setNow(current);
    if (next === null) return;
    const timer = setTimeout(() => setNow(Date.now()), next - current + 20);
    return () => clearTimeout(timer);
  }, [state]);
  let text = '';
  if (names.length === 1) text = t('chat:typingOne', { name: names[0] });
  else if (names.length === 2) text = t('chat:typingTwo', { first: names[0], second: names[1] });
  else if (names.length > 2) text = t('chat:typingMany', { count: names.length });
  return (
    <p className="chat__typing" aria-live="polite" data-testid="typing">
      {text && (
        <>
          <span className="typing-dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {text}
        </>
      )}
    </p>
  );
}

function Composer({ room, ready, inputId, idleText }: { room: string; ready: boolean; inputId?: string; idleText?: string }) {
  const { t } = useTranslation(['account', 'chat', 'common']);
  const send = useAppStore((s) => s.sendChatMessage);
  const notifyTyping = useAppStore((s) => s.notifyTyping);
  return (
    <MessageComposer
      className="chat__composer"
      label={t('chat:inputLabel')}
      placeholder={ready ? t('chat:placeholder') : (idleText ?? t('chat:joining'))}
      sendLabel={t('chat:send')}
      sendClassName="button button--small chat__send"
      ready={ready}
      counter
      inputId={inputId}
      onSend={(text) => void send(room, text)}
      onType={() => notifyTyping(room)}
    />
  );
}

function SignInPrompt({ hostName }: { hostName: string }) {
  const { t } = useTranslation(['account', 'chat', 'common']);
  const location = useLocation();
  const from = location.pathname + location.search;
  return (
    <div className="chat__signin">
      <p>{t('chat:signInPrompt', { name: hostName })}</p>
      <p className="actions-row">
        <Link className="button button--small" to="/login" state={{ from }}>
          {t('common:signIn')}
        </Link>
        <Link className="button button--ghost button--small" to="/register">
          {t('account:register')}
        </Link>
      </p>
    </div>
  );
}
