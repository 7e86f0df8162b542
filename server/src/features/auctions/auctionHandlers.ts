import { type Auction, AuctionBid, type AuctionBidAnswer, AuctionRef } from '@pavilion/shared';
import type { SocketRegistrar } from '../../realtime/eventTable.js';
import type { OrderedFanout } from '../../realtime/orderedFanout.js';
import { principalOf } from '../../realtime/principal.js';
import { rooms } from '../../realtime/rooms.js';
import type { AppServer } from '../../realtime/types.js';
import type { Principal } from '../auth/authService.js';
import {
  type AnnouncedBid,
  type AnnouncedClose,
  AUCTION_FANOUT,
  type AuctionService,
  dealFromAnnouncement,
  fromSnapshot,
} from './auctionService.js';

/**
 * Bids and closes as the scripts announced them, to this node's watchers only: every node receives the
 * announcements in script order, so each watcher sees one auction's seq strictly increase.
 */
export function followAuctionAnnouncements(fanout: OrderedFanout, io: AppServer): void {
  fanout.on(AUCTION_FANOUT.bid, (data) => {
    const { auction: snapshot, outbid } = data as AnnouncedBid;
    const auction = fromSnapshot(snapshot);
    io.local.to(rooms.auction(auction.id)).emit('auction:updated', { auction });
    if (outbid) io.local.to(rooms.user(outbid)).emit('auction:outbid', { auction });
  });
  fanout.on(AUCTION_FANOUT.closed, (data) => {
    const { auction: snapshot, deal } = data as AnnouncedClose;
    const auction = fromSnapshot(snapshot);
    io.local.to(rooms.auction(auction.id)).emit('auction:closed', deal ? { auction, deal: dealFromAnnouncement(deal) } : { auction });
  });
}

/** `auction:watch`, `auction:bid`. */
export function auctionHandlers(
  auctions: AuctionService,
  onBid: (auction: Auction, bidder: Principal) => void = () => {},
): SocketRegistrar {
  return (t) => {
    t.on('auction:watch', AuctionRef, 'anyone', async ({ auctionId }, { socket }) => {
      // Join first: an update announced between the read and the join would otherwise be missed.
      await socket.join(rooms.auction(auctionId));
      try {
        return { auction: await auctions.auction(auctionId) };
      } catch (err) {
        await socket.leave(rooms.auction(auctionId));
        throw err;
      }
    });
    t.on('auction:bid', AuctionBid, 'user', async ({ auctionId, bidId, amount, maxAmount }, { socket }) => {
      // The bid script announced the change itself (watchers and the outbid bidder, on every node).
      const bidder = principalOf(socket);
      const result = await auctions.bid(bidder, auctionId, bidId, amount, maxAmount);
      // The script's own snapshot: nothing is read again after a bid.
      if (!result.duplicate) onBid(result.auction, bidder);
      return { accepted: true, auction: result.auction, leading: result.leading, placed: result.placed } satisfies AuctionBidAnswer;
    });
  };
}
