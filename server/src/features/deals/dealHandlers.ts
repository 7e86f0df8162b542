import type { OrderedFanout } from '../../realtime/orderedFanout.js';
import { rooms } from '../../realtime/rooms.js';
import type { AppServer } from '../../realtime/types.js';
import { toDeal } from './dealsService.js';

/**
 * Emits every signature and settlement step announced by a deal script (realtime/orderedFanout.ts) to this node's
 * sockets of both parties: the buyer's (`user:<id>`) and the seller organization's (`org:<orgId>`), in script order.
 */
export function followDeals(fanout: OrderedFanout, io: AppServer): void {
  fanout.on('deal', (data) => {
    const { exhibitTitle: _t, sellerOrgName: _n, sellerRegion: _r, hallId: _h, ...deal } = toDeal(data as Record<string, string>);
    io.local.to([rooms.user(deal.buyerId), rooms.org(deal.sellerOrgId)]).emit('deal:updated', { deal });
  });
}
