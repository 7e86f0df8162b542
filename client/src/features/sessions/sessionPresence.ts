/**
 * Being in a session on the server (`session:join` / `session:leave`), once per session however many
 * screens hold it. Joins and leaves go out one at a time, in order — a quick leave-and-return (React's
 * StrictMode mounts twice) can never leave the server thinking we left — and every held session is
 * joined again after a reconnect, because the server forgets a socket's rooms with the socket.
 */
import { isConnected, onConnected, onConnectionState, type SocketAnswer, socketRequest } from '../../net/gateway';

/** The join ack, as the screens get it. */
export type JoinAnswer = SocketAnswer<'session:join'>;

/** A screen holding a session: told about every (re)join and every failed one. */
export interface SessionHolder {
  joined(answer: JoinAnswer): void;
  failed(error: unknown): void;
}

const holders = new Map<string, Set<SessionHolder>>();
/** Sessions the server has this socket in, with the ack that put it there. */
const joined = new Map<string, JoinAnswer>();
let queue: Promise<void> = Promise.resolve();
let bound = false;

function serial(op: () => Promise<void>): void {
  queue = queue.then(op, op);
}

function bind(): void {
  if (bound) return;
  bound = true;
  onConnectionState((state) => {
    if (state !== 'online') joined.clear();
  });
  onConnected(() => {
    joined.clear();
    for (const sessionId of holders.keys()) serial(() => join(sessionId));
  });
}

async function join(sessionId: string): Promise<void> {
  if (!holders.get(sessionId)?.size || !isConnected()) return;
  const known = joined.get(sessionId);
  if (known) {
    // A second screen (or a remount) for a session this socket is already in.
    for (const h of holders.get(sessionId) ?? []) h.joined(known);
    return;
  }
  try {
    const answer = await socketRequest('session:join', { sessionId });
    joined.set(sessionId, answer);
    for (const h of holders.get(sessionId) ?? []) h.joined(answer);
  } catch (error) {
    for (const h of holders.get(sessionId) ?? []) h.failed(error);
  }
}

async function leave(sessionId: string): Promise<void> {
  if (holders.get(sessionId)?.size) return; // held again meanwhile: stay
  if (!joined.delete(sessionId) || !isConnected()) return;
  try {
    await socketRequest('session:leave', { sessionId });
  } catch {
    // Not fatal: the server drops us from the session when this socket goes away.
  }
}

/** Joins a session for as long as the returned release function is not called. */
export function holdSession(sessionId: string, holder: SessionHolder): () => void {
  bind();
  let set = holders.get(sessionId);
  if (!set) {
    set = new Set();
    holders.set(sessionId, set);
  }
  set.add(holder);
  serial(() => join(sessionId));
  return () => {
    set.delete(holder);
    if (set.size === 0 && holders.get(sessionId) === set) holders.delete(sessionId);
    serial(() => leave(sessionId));
  };
}

/** Tries the join again (after a failure the screen offered to retry). */
export function retryJoin(sessionId: string): void {
  serial(() => join(sessionId));
}
