import { type Auction, AuctionBid, AuctionRef } from '@pavilion/shared';
import { fail } from '../../http/appError.js';
import type { AppServer, AppSocket, SocketRegistrar } from '../../realtime/types.js';
import type { Principal } from '../auth/authService.js';
import type { AuctionService, ClosedAuction } from './auctionService.js';

/** The room of an auction's watchers. */
export function auctionRoom(id: string): string {
  return `auction:${id}`;
}

function principalOf(socket: AppSocket): Principal {
  const d = socket.data;
  if (!d.userId) throw fail.unauthenticated();
  return { id: d.userId, displayName: d.displayName, role: d.role === 'guest' ? 'visitor' : d.role, email: '', orgId: d.orgId };
}

/** Tells watchers (on every node) that an auction closed. */
export function announceClosed(io: AppServer, closed: ClosedAuction): void {
  io.to(auctionRoom(closed.auction.id)).emit(
    'auction:closed',
    closed.deal ? { auction: closed.auction, deal: closed.deal } : { auction: closed.auction },
  );
}

/** `auction:watch`, `auction:bid`. */
export function auctionHandlers(auctions: AuctionService, onBid: (auction: Auction, bidderId: string) => void = () => {}): SocketRegistrar {
  return (t, io) => {
    t.on('auction:watch', AuctionRef, 'anyone', async ({ auctionId }, { socket }) => {
      const auction = await auctions.auction(auctionId);
      await socket.join(auctionRoom(auctionId));
      return { auction };
    });
    t.on('auction:bid', AuctionBid, 'user', async ({ auctionId, bidId, amount, maxAmount }, { socket }) => {
      const result = await auctions.bid(principalOf(socket), auctionId, bidId, amount, maxAmount);
      if (!result.duplicate) {
        onBid(result.auction, socket.data.userId as string);
        io.to(auctionRoom(auctionId)).emit('auction:updated', { auction: result.auction });
        if (result.outbid) io.to(`user:${result.outbid}`).emit('auction:outbid', { auction: result.auction });
      }
      return { accepted: true as const, auction: result.auction, leading: result.leading, placed: result.placed };
    });
  };
}
