import { useCallback, useEffect, useRef, useState } from 'react';
import { newClientKey } from '../../lib/clientKey';
import { retryOnTimeout } from '../../lib/retryOnTimeout';
import { ApiError, onConnected, onServer, socketRequest } from '../../net/gateway';
import { type ChatLog, dropPending, mergeChat, negotiationRoom, removeChatMessage, upsertPending } from './chatLog';

/** How long one `chat:send` may go unanswered before it is sent again (same clientMsgId). */
const SEND_TIMEOUT_MS = 6000;

/**
 * The chat beside a negotiation, in room `negotiation:<id>`. Reading the history joins the room (the
 * server's rule), so it is read on every (re)connect: the first time the latest page, afterwards
 * everything after the last message we have.
 */
export function useNegotiationChat(negotiationId: string, enabled: boolean) {
  const room = negotiationRoom(negotiationId);
  const [log, setLog] = useState<ChatLog>({ messages: [], pending: [] });
  const [status, setStatus] = useState<'loading' | 'ready' | 'error'>('loading');
  const logRef = useRef(log);
  logRef.current = log;

  useEffect(() => {
    setLog({ messages: [], pending: [] });
    setStatus('loading');
    if (!enabled) return;
    let active = true;
    const join = async () => {
      const last = logRef.current.messages.at(-1)?.id;
      try {
        const { messages } = await socketRequest('chat:history', last ? { room, after: last, limit: 200 } : { room, limit: 100 });
        if (!active) return;
        setLog((l) => mergeChat(l, room, messages));
        setStatus('ready');
      } catch {
        if (active && !last) setStatus('error');
      }
    };
    const offMessage = onServer('chat:message', ({ message }) => {
      if (message.room === room) setLog((l) => mergeChat(l, room, [message]));
    });
    const offDeleted = onServer('chat:deleted', ({ room: r, messageId }) => {
      if (r === room) setLog((l) => removeChatMessage(l, messageId));
    });
    const offConnect = onConnected(() => void join());
    return () => {
      active = false;
      offMessage();
      offDeleted();
      offConnect();
    };
  }, [room, enabled]);

  const deliver = useCallback(
    async (clientMsgId: string, text: string) => {
      setLog((l) => upsertPending(l, { clientMsgId, text, status: 'sending' }));
      try {
        const { message } = await retryOnTimeout(() => socketRequest('chat:send', { room, text, clientMsgId }, SEND_TIMEOUT_MS));
        setLog((l) => mergeChat(l, room, [message]));
      } catch (error) {
        const code = error instanceof ApiError ? error.code : 'INTERNAL';
        setLog((l) => upsertPending(l, { clientMsgId, text, status: 'failed', error: code }));
      }
    },
    [room],
  );

  const send = useCallback((text: string) => deliver(newClientKey('msg'), text), [deliver]);
  const retry = useCallback(
    (clientMsgId: string) => {
      const pending = logRef.current.pending.find((p) => p.clientMsgId === clientMsgId);
      if (pending) void deliver(clientMsgId, pending.text);
    },
    [deliver],
  );
  const discard = useCallback((clientMsgId: string) => setLog((l) => dropPending(l, clientMsgId)), []);

  return { log, status, send, retry, discard };
}
