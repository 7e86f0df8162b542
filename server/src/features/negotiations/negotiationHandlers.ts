import { createHash } from 'node:crypto';
import { NegotiationDecision, NegotiationOffer, NegotiationOpen, NegotiationRef } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import type { SocketRegistrar } from '../../realtime/eventTable.js';
import type { OrderedFanout } from '../../realtime/orderedFanout.js';
import { principalOf } from '../../realtime/principal.js';
import { rooms } from '../../realtime/rooms.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Principal } from '../auth/authService.js';
import type { ChatActor, ChatRoomPolicy } from '../chat/chatService.js';
import type { NegotiationService, StepResult } from './negotiationService.js';
import { updateFromScript } from './negotiationUpdate.js';

/**
 * Emits every negotiation step announced by a step script (realtime/orderedFanout.ts) to this node's
 * sockets of its parties: the buyer's (`user:<id>`), the seller organization's (`org:<orgId>`) and the
 * negotiation's room (joined only by sockets whose user may read it — organizers read-only). Each node
 * emits in script order, so every watcher sees one negotiation's `seq` strictly increase.
 */
export function followNegotiations(fanout: OrderedFanout, io: AppServer): void {
  fanout.on('negotiation', (data) => {
    const update = updateFromScript(data);
    const n = update.negotiation;
    io.local.to([rooms.user(n.buyerId), rooms.org(n.sellerOrgId), rooms.negotiation(n.id)]).emit('negotiation:updated', update);
  });
}

/** `negotiation:open|offer|accept|reject|withdraw`; each acks the header after the step and the step, never the history. */
export function negotiationHandlers(negotiations: NegotiationService, onStep: (step: StepResult) => void): SocketRegistrar {
  return (t) => {
    const done = async (socket: AppSocket, step: StepResult) => {
      onStep(step);
      await socket.join(rooms.negotiation(step.update.negotiation.id));
      return step.deal ? { ...step.update, deal: step.deal } : step.update;
    };
    t.on('negotiation:open', NegotiationOpen, 'user', async ({ exhibitId }, { socket }) => {
      const step = await negotiations.open(principalOf(socket), exhibitId);
      if (!step.created) {
        await socket.join(rooms.negotiation(step.update.negotiation.id));
        return { negotiation: step.update.negotiation };
      }
      return { negotiation: (await done(socket, step)).negotiation };
    });
    t.on('negotiation:offer', NegotiationOffer, 'user', async ({ negotiationId, clientOfferId, terms }, { socket }) =>
      done(socket, await negotiations.offer(principalOf(socket), negotiationId, clientOfferId, terms)),
    );
    t.on('negotiation:accept', NegotiationDecision, 'user', async ({ negotiationId, offerId }, { socket }) =>
      done(socket, await negotiations.decide(principalOf(socket), negotiationId, 'accept', offerId)),
    );
    t.on('negotiation:reject', NegotiationDecision, 'user', async ({ negotiationId, offerId }, { socket }) =>
      done(socket, await negotiations.decide(principalOf(socket), negotiationId, 'reject', offerId)),
    );
    t.on('negotiation:withdraw', NegotiationRef, 'user', async ({ negotiationId }, { socket }) =>
      done(socket, await negotiations.decide(principalOf(socket), negotiationId, 'withdraw')),
    );
  };
}

/** Chat in `negotiation:<id>`: its parties read and post (organizers read and moderate); every message's hash joins the audit chain. */
export function negotiationChatPolicy(negotiations: NegotiationService): ChatRoomPolicy {
  const asPrincipal = (who: ChatActor): Principal => {
    if (!who.userId) throw fail.unauthenticated();
    return {
      id: who.userId,
      displayName: '',
      role: who.role === 'guest' ? 'visitor' : (who.role as Principal['role']),
      email: '',
      orgId: who.orgId,
    };
  };
  return {
    joinOnRead: true,
    assertCanRead: async (id, who) => {
      await negotiations.parties(asPrincipal(who), id);
    },
    assertCanPost: async (id, who) => {
      const p = await negotiations.parties(asPrincipal(who), id);
      if (p.side === 'observer') throw fail.forbidden('organizers may read negotiations, not post in them', 'organizerObserves');
    },
    isModerator: async (_id, who) => who.role === 'organizer',
    afterPost: async (id, message) => {
      const sha256 = createHash('sha256').update(message.text).digest('hex');
      await negotiations.recordChat(id, message.userId, message.id, sha256);
    },
  };
}
