import { type Deal, type Negotiation, type NegotiationUpdated, OFFER_PAGE, type OfferTerms } from '@pavilion/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { newClientKey } from '../../lib/clientKey';
import { retryOnTimeout } from '../../lib/retryOnTimeout';
import { coalesced, decideSeq } from '../../lib/seqSync';
import { ApiError, onConnected, onServer, socketRequest } from '../../net/gateway';
import { negotiationApi } from './negotiationApi';
import { applyStep, earlierOffersBefore, mergeNegotiation, mergeOffers } from './negotiationRules';

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
 * One negotiation, kept current: fetched over REST (the newest page of offers; earlier pages on request),
 * then every `negotiation:updated` for it — the header and the offer the step added — is applied in `seq`
 * order; a skipped `seq`, a missing offer or a reconnect (events may have been missed) re-fetches. While
 * the page is visible, what it shows is marked read.
 */
export function useNegotiation(id: string, opts: { markRead: boolean }) {
  const [negotiation, setNegotiation] = useState<Negotiation | null>(null);
  const [load, setLoad] = useState<NegotiationLoad>('loading');
  const [deal, setDeal] = useState<Deal | null>(null);
  /** What is on screen, for decisions that cannot wait for a render. */
  const shown = useRef<Negotiation | null>(null);
  const readSeq = useRef<number | null>(null);
  const markReadWanted = useRef(opts.markRead);
  markReadWanted.current = opts.markRead;

  const put = useCallback((next: Negotiation | null) => {
    shown.current = next;
    setNegotiation(next);
  }, []);

  const markRead = useCallback(
    (seq: number) => {
      if (!markReadWanted.current || document.visibilityState !== 'visible' || readSeq.current === seq) return;
      readSeq.current = seq;
      negotiationApi.markRead(id).then(
        () => {
          const n = shown.current;
          if (n && n.seq === seq) put({ ...n, unread: 0 });
        },
        () => {
          readSeq.current = null; // tried again with the next change or visit
        },
      );
    },
    [id, put],
  );

  /** Shows a newer version of the negotiation (from a push, an ack or a fetch). */
  const show = useCallback(
    (next: Negotiation) => {
      put(next);
      markRead(next.seq);
    },
    [put, markRead],
  );

  const refetch = useMemo(
    () =>
      coalesced(async () => {
        try {
          const answer = await negotiationApi.get(id);
          const current = shown.current;
          if (current === null || answer.negotiation.seq >= current.seq) show(mergeNegotiation(current, answer.negotiation));
          setLoad('ready');
        } catch (error) {
          // A failed re-fetch keeps what is on screen; a failed first load says why.
          if (shown.current === null) setLoad(loadStateOf(error));
          throw error;
        }
      }),
    [id, show],
  );

  /** A pushed or acknowledged step: applied in order, or a re-fetch when one was missed. */
  const receive = useCallback(
    (step: NegotiationUpdated) => {
      if (step.negotiation.id !== id) return;
      const current = shown.current;
      const decision = decideSeq(current?.seq ?? null, step.negotiation.seq);
      if (decision === 'ignore') return;
      const next = decision === 'apply' && current ? applyStep(current, step) : null;
      if (next) show(next);
      else void refetch();
    },
    [id, show, refetch],
  );

  /** Loads the page of offers before the oldest one on screen ("load earlier offers"). */
  const loadEarlier = useCallback(async () => {
    const before = shown.current ? earlierOffersBefore(shown.current) : 0;
    if (!before) return;
    const page = await negotiationApi.get(id, {}, { before, limit: OFFER_PAGE.default });
    const current = shown.current;
    if (current) put({ ...current, offers: mergeOffers(page.negotiation.offers, current.offers) });
  }, [id, put]);

  useEffect(() => {
    shown.current = null;
    readSeq.current = null;
    setNegotiation(null);
    setDeal(null);
    setLoad('loading');
    void refetch();
    let connectedBefore = false;
    const offUpdate = onServer('negotiation:updated', receive);
    const offConnect = onConnected(() => {
      // The first connect is the page's own load; after a reconnect, anything may have been missed.
      if (connectedBefore) void refetch();
      connectedBefore = true;
    });
    const onVisible = () => {
      if (document.visibilityState === 'visible' && shown.current !== null) markRead(shown.current.seq);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      offUpdate();
      offConnect();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refetch, receive, markRead]);

  /** Takes a step; resolves with the negotiation's header after it (its `offers`: the latest), or rejects with the server's ApiError. */
  const act = useCallback(
    async (step: NegotiationStep): Promise<Negotiation> => {
      try {
        let answer: NegotiationUpdated & { deal?: Deal };
        if (step.kind === 'offer') {
          // One key per intended offer: a retried send never makes a second offer.
          const clientOfferId = newClientKey('offer');
          answer = await retryOnTimeout(() => socketRequest('negotiation:offer', { negotiationId: id, clientOfferId, terms: step.terms }));
        } else if (step.kind === 'accept') {
          answer = await retryOnTimeout(() => socketRequest('negotiation:accept', { negotiationId: id, offerId: step.offerId }));
        } else if (step.kind === 'reject') {
          answer = await socketRequest('negotiation:reject', { negotiationId: id, offerId: step.offerId });
        } else {
          answer = await socketRequest('negotiation:withdraw', { negotiationId: id });
        }
        if (answer.deal) setDeal(answer.deal);
        receive(answer);
        return answer.negotiation;
      } catch (error) {
        // Someone else moved first (or the offer expired): show what is true now.
        if (error instanceof ApiError && (error.code === 'CONFLICT' || error.code === 'NETWORK')) void refetch();
        throw error;
      }
    },
    [id, receive, refetch],
  );

  return { negotiation, load, deal, act, reload: refetch, loadEarlier };
}
