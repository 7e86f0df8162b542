import { createHash } from 'node:crypto';
import { type Negotiation, NegotiationDecision, NegotiationOffer, NegotiationOpen, NegotiationRef } from '@pavilion/shared';
import { fail } from '../../http/appError.js';
import type { AppServer, AppSocket, SocketRegistrar } from '../../realtime/types.js';
import type { Principal } from '../auth/authService.js';
import type { ChatActor, ChatRoomPolicy } from '../chat/chatService.js';
import type { NegotiationService, StepResult } from './negotiationService.js';

/** The room of a negotiation: its chat, joined by its parties. */
export function negotiationRoom(id: string): string {
  return `negotiation:${id}`;
}

function principalOf(socket: AppSocket): Principal {
  const d = socket.data;
  if (!d.userId) throw fail.unauthenticated();
  return { id: d.userId, displayName: d.displayName, role: d.role === 'guest' ? 'visitor' : d.role, email: '', orgId: d.orgId };
}

/** Sends a changed negotiation to its two parties only (the buyer's sockets and the seller organization's), on every node. */
export function broadcastNegotiation(io: AppServer, step: StepResult): void {
  const { unread: _unread, ...negotiation } = step.negotiation;
  io.to([`user:${step.parties.buyerId}`, `org:${step.parties.sellerOrgId}`]).emit('negotiation:updated', {
    negotiation: negotiation as Negotiation,
  });
}

/** `negotiation:open|offer|accept|reject|withdraw`. */
export function negotiationHandlers(negotiations: NegotiationService, onStep: (step: StepResult) => void): SocketRegistrar {
  return (t, io) => {
    const done = async (socket: AppSocket, step: StepResult) => {
      broadcastNegotiation(io, step);
      onStep(step);
      await socket.join(negotiationRoom(step.negotiation.id));
      return step.deal ? { negotiation: step.negotiation, deal: step.deal } : { negotiation: step.negotiation };
    };
    t.on('negotiation:open', NegotiationOpen, 'user', async ({ exhibitId }, { socket }) => {
      const step = await negotiations.open(principalOf(socket), exhibitId);
      if (!step.created) {
        await socket.join(negotiationRoom(step.negotiation.id));
        return { negotiation: step.negotiation };
      }
      return done(socket, step);
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
      if (p.side === 'observer') throw fail.forbidden('organizers may read negotiations, not post in them');
    },
    isModerator: async (_id, who) => who.role === 'organizer',
    afterPost: async (id, message) => {
      const sha256 = createHash('sha256').update(message.text).digest('hex');
      await negotiations.recordChat(id, message.userId, message.id, sha256);
    },
  };
}
