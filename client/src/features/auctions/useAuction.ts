import type { Auction, AuctionBidAnswer, Bid, Deal, Money } from '@pavilion/shared';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { coalesced, decideSeq } from '../../lib/seqSync';
import { ApiError, localNow, onConnected, onServer, socketRequest } from '../../net/gateway';
import { auctionApi, FULL_LOG } from './auctionApi';
import { mergeBidLog } from './bidLog';
import { extensionOf, lostLead } from './bidRules';
import { type BidIntent, placeBid } from './placeBid';

/** Bids per incremental read of the log (after each change); a bigger gap reads the whole log. */
const BID_PAGE = 50;
/** How long one `auction:bid` may go unanswered before the same bid is sent again. */
const BID_TIMEOUT_MS = 5000;
/** How often an open page re-confirms its watch: a clock sample, and a seq check in case a push was lost. */
const PROBE_EVERY_MS = 20_000;

/** Where loading an auction stands. */
export type AuctionLoad = 'loading' | 'ready' | 'not-found' | 'error';

/** The end moved later while we watched (a soft-close extension). */
export interface Extension {
  from: number;
  to: number;
  /** Local monotonic time it was seen (drives the flash). */
  seenAt: number;
}

/** We lost the lead. */
export interface Outbid {
  price: Money | undefined;
  seq: number;
}

/**
 * One auction kept current: `GET /api/auctions/:id` (auction + the whole bid log), then `auction:watch`
 * and every `auction:updated` applied in `seq` order — each change re-reads the newest bids; a skipped
 * seq or a reconnect re-reads everything. `auction:outbid` and `auction:closed` arrive on the same path.
 */
export function useAuction(id: string, viewerId: string | null) {
  const [auction, setAuction] = useState<Auction | null>(null);
  const [bids, setBids] = useState<Bid[]>([]);
  const [load, setLoad] = useState<AuctionLoad>('loading');
  const [deal, setDeal] = useState<Deal | null>(null);
  const [extension, setExtension] = useState<Extension | null>(null);
  const [outbid, setOutbid] = useState<Outbid | null>(null);
  const known = useRef<Auction | null>(null);
  const bidsRef = useRef<Bid[]>([]);
  const viewer = useRef(viewerId);
  viewer.current = viewerId;

  const show = useCallback((next: Auction) => {
    const prev = known.current;
    known.current = next;
    setAuction(next);
    const extended = extensionOf(prev, next);
    if (extended) setExtension({ ...extended, seenAt: localNow() });
    const me = viewer.current;
    if (lostLead(prev, next, me)) setOutbid({ price: next.currentPrice, seq: next.seq });
    if (me && next.leaderId === me) setOutbid(null);
  }, []);

  const setLog = useCallback((next: Bid[]) => {
    bidsRef.current = next;
    setBids(next);
  }, []);

  const fetchAll = useMemo(
    () =>
      coalesced(async () => {
        try {
          const answer = await auctionApi.get(id, FULL_LOG);
          if (!known.current || answer.auction.seq >= known.current.seq) show(answer.auction);
          setLog(mergeBidLog([], answer.bids, FULL_LOG).bids);
          setLoad('ready');
        } catch (error) {
          if (!known.current) setLoad(error instanceof ApiError && error.code === 'NOT_FOUND' ? 'not-found' : 'error');
          throw error;
        }
      }),
    [id, show, setLog],
  );

  const fetchNewBids = useMemo(
    () =>
      coalesced(async () => {
        const answer = await auctionApi.get(id, BID_PAGE);
        const merged = mergeBidLog(bidsRef.current, answer.bids, BID_PAGE);
        if (merged.gap) {
          await fetchAll();
          return;
        }
        setLog(merged.bids);
        if (known.current && answer.auction.seq > known.current.seq) receiveRef.current(answer.auction);
      }),
    [id, fetchAll, setLog],
  );

  /** A pushed or acknowledged version: applied in order (then the new bids are read), or a full re-read after a gap. */
  const receive = useCallback(
    (incoming: Auction) => {
      if (incoming.id !== id) return;
      const decision = decideSeq(known.current?.seq ?? null, incoming.seq);
      if (decision === 'apply') {
        show(incoming);
        void fetchNewBids();
      } else if (decision === 'refetch') void fetchAll();
    },
    [id, show, fetchNewBids, fetchAll],
  );
  const receiveRef = useRef(receive);
  receiveRef.current = receive;

  const watch = useCallback(async () => {
    try {
      const { auction: watched } = await socketRequest('auction:watch', { auctionId: id });
      receiveRef.current(watched);
    } catch {
      // Not watching (offline): the next connect watches again and re-reads.
    }
  }, [id]);

  useEffect(() => {
    known.current = null;
    bidsRef.current = [];
    setAuction(null);
    setBids([]);
    setDeal(null);
    setExtension(null);
    setOutbid(null);
    setLoad('loading');
    void fetchAll();
    let connectedBefore = false;
    const offs = [
      onServer('auction:updated', ({ auction: a }) => receiveRef.current(a)),
      onServer('auction:closed', ({ auction: a, deal: d }) => {
        if (a.id !== id) return;
        if (d) setDeal(d);
        receiveRef.current(a);
      }),
      onServer('auction:outbid', ({ auction: a }) => {
        if (a.id !== id) return;
        setOutbid({ price: a.currentPrice, seq: a.seq });
        receiveRef.current(a);
      }),
      onConnected(() => {
        void watch();
        // After a reconnect, pushes may have been missed while we were away.
        if (connectedBefore) void fetchAll();
        connectedBefore = true;
      }),
    ];
    // A few quick samples for the clock at first, then a slow probe for as long as the page is open.
    const early = [setTimeout(() => void watch(), 1500), setTimeout(() => void watch(), 4000)];
    const probe = setInterval(() => void watch(), PROBE_EVERY_MS);
    return () => {
      for (const off of offs) off();
      for (const t of early) clearTimeout(t);
      clearInterval(probe);
    };
  }, [id, fetchAll, watch]);

  /** Places a bid (retried on timeout with the same bidId); resolves with the ack, rejects with the server's refusal. */
  const bid = useCallback(async (intent: BidIntent, onRetry?: (attempt: number) => void): Promise<AuctionBidAnswer> => {
    const ack = await placeBid(
      (i) =>
        socketRequest('auction:bid', i.maxAmount ? { ...i } : { auctionId: i.auctionId, bidId: i.bidId, amount: i.amount }, BID_TIMEOUT_MS),
      intent,
      { onRetry },
    );
    receiveRef.current(ack.auction);
    return ack;
  }, []);

  return { auction, bids, load, deal, extension, outbid, dismissOutbid: () => setOutbid(null), bid, reload: fetchAll };
}
