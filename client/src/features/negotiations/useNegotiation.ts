import type { Deal, Negotiation, OfferTerms } from '@pavilion/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, onConnected, onServer } from '../../net/gateway';
import { timedRequest } from '../auctions/serverClock';
import { newClientKey } from './chatLog';
import { negotiationApi } from './negotiationApi';
import { mergeNegotiation } from './negotiationRules';
import { retryOnTimeout } from './retryOnTimeout';
import { coalesced, decideSeq } from './seqSync';

/** Where loading a negotiation stands. */
export type NegotiationLoad = 'loading' | 'ready' | 'not-found' | 'forbidden' | 'unauthenticated' | 'error';

/** A step the viewer takes; each answers with the negotiation after it. */
export type NegotiationStep =
  | { kind: 'offer'; terms: OfferTerms }
  | { kind: 'accept'; offerId: string }
  | { kind: 'reject'; offerId: string }
  | { kind: 'withdraw' };

function loadStateOf(error: unknown): NegotiationLoad {
  if (error instanceof ApiError) {
    if (error.code === 'NOT_FOUND') return 'not-found';
    if (error.code === 'FORBIDDEN') return 'forbidden';
    if (error.code === 'UNAUTHENTICATED') return 'unauthenticated';
  }
  return 'error';
}

/**
 * One negotiation, kept current: fetched over REST, then every `negotiation:updated` for it is applied
 * in `seq` order; a skipped `seq`, or a reconnect (events may have been missed), re-fetches. While the
 * page is visible, what it shows is marked read.
 */
export function useNegotiation(id: string, opts: { markRead: boolean }) {
  const [negotiation, setNegotiation] = useState<Negotiation | null>(null);
  const [load, setLoad] = useState<NegotiationLoad>('loading');
  const [deal, setDeal] = useState<Deal | null>(null);
  const known = useRef<number | null>(null);
  const readSeq = useRef<number | null>(null);
  const markReadWanted = useRef(opts.markRead);
  markReadWanted.current = opts.markRead;

  const markRead = useCallback(
    (seq: number) => {
      if (!markReadWanted.current || document.visibilityState !== 'visible' || readSeq.current === seq) return;
      readSeq.current = seq;
      negotiationApi.markRead(id).then(
        () => setNegotiation((n) => (n && n.seq === seq ? { ...n, unread: 0 } : n)),
        () => {
          readSeq.current = null; // tried again with the next change or visit
        },
      );
    },
    [id],
  );

  /** Shows a newer version of the negotiation (from a push, an ack or a fetch). */
  const show = useCallback(
    (next: Negotiation) => {
      known.current = next.seq;
      setNegotiation((current) => mergeNegotiation(current, next));
      markRead(next.seq);
    },
    [markRead],
  );

  const refetch = useMemo(
    () =>
      coalesced(async () => {
        try {
          const answer = await negotiationApi.get(id);
          if (known.current === null || answer.negotiation.seq >= known.current) show(answer.negotiation);
          setLoad('ready');
        } catch (error) {
          // A failed re-fetch keeps what is on screen; a failed first load says why.
          if (known.current === null) setLoad(loadStateOf(error));
          throw error;
        }
      }),
    [id, show],
  );

  /** A pushed or acknowledged version: applied in order, or a re-fetch when one was missed. */
  const receive = useCallback(
    (incoming: Negotiation) => {
      if (incoming.id !== id) return;
      const decision = decideSeq(known.current, incoming.seq);
      if (decision === 'apply') show(incoming);
      else if (decision === 'refetch') void refetch();
    },
    [id, show, refetch],
  );

  useEffect(() => {
    known.current = null;
    readSeq.current = null;
    setNegotiation(null);
    setDeal(null);
    setLoad('loading');
    void refetch();
    let connectedBefore = false;
    const offUpdate = onServer('negotiation:updated', ({ negotiation: n }) => receive(n));
    const offConnect = onConnected(() => {
      // The first connect is the page's own load; after a reconnect, anything may have been missed.
      if (connectedBefore) void refetch();
      connectedBefore = true;
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible' && known.current !== null) markRead(known.current);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      offUpdate();
      offConnect();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refetch, receive, markRead]);

  /** Takes a step; resolves with the negotiation after it, or rejects with the server's ApiError. */
  const act = useCallback(
    async (step: NegotiationStep): Promise<Negotiation> => {
      try {
        let answer: { negotiation: Negotiation; deal?: Deal };
        if (step.kind === 'offer') {
          // One key per intended offer: a retried send never makes a second offer.
          const clientOfferId = newClientKey('offer');
          answer = await retryOnTimeout(() => timedRequest('negotiation:offer', { negotiationId: id, clientOfferId, terms: step.terms }));
        } else if (step.kind === 'accept') {
          answer = await retryOnTimeout(() => timedRequest('negotiation:accept', { negotiationId: id, offerId: step.offerId }));
        } else if (step.kind === 'reject') {
          answer = await timedRequest('negotiation:reject', { negotiationId: id, offerId: step.offerId });
        } else {
          answer = await timedRequest('negotiation:withdraw', { negotiationId: id });
        }
        if (answer.deal) setDeal(answer.deal);
        receive(answer.negotiation);
        return answer.negotiation;
      } catch (error) {
        // Someone else moved first (or the offer expired): show what is true now.
        if (error instanceof ApiError && (error.code === 'CONFLICT' || error.code === 'NETWORK')) void refetch();
        throw error;
      }
    },
    [id, receive, refetch],
  );

  return { negotiation, load, deal, act, reload: refetch };
}
