import { type FollowEndReason, PEOPLE, type PersonRef } from '@pavilion/shared';
import type { Logger } from 'pino';
import { fail } from '../../errors/appError.js';
import type { AppServer, AppSocket } from '../../realtime/types.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import type { PresenceService } from './presenceService.js';

const followStartScript = LuaScript.fromFile('./followStart.lua', import.meta.url);
const followAcceptScript = LuaScript.fromFile('./followAccept.lua', import.meta.url);
const followStopScript = LuaScript.fromFile('./followStop.lua', import.meta.url);

/** Group keys outlive no group by more than this (a node that died cannot end its visitors' groups). */
const GROUP_TTL_MS = 12 * 60 * 60 * 1000;

/**
 * Others as people: waves, do-not-disturb and follow-me groups. Who is near whom comes from the presence
 * mirror (every node's visitors, at most one publish interval old); who follows whom lives in Redis and
 * changes only through the follow scripts. Every message to one visitor goes to their socket's own room,
 * which the Redis adapter delivers on whichever node holds it.
 */
export class PeopleService {
  constructor(
    private readonly io: AppServer,
    private readonly redis: Redis,
    private readonly presence: PresenceService,
    private readonly logger: Logger,
  ) {}

  /** Waves at a nearby visitor who has not asked not to be disturbed. */
  async wave(socket: AppSocket, hallId: string, to: string): Promise<void> {
    const { me, them } = this.nearby(socket, hallId, to);
    if (them.dnd) throw fail.forbidden('they asked not to be disturbed', 'doNotDisturb');
    this.io.to(them.id).emit('hall:wave', { hallId, from: person(me) });
  }

  /** Turns one's own do-not-disturb status on or off (nearby visitors see it with the next presence batch). */
  setDnd(socket: AppSocket, hallId: string, on: boolean): boolean {
    this.joinedTo(socket, hallId);
    this.presence.setDnd(socket, on);
    return on;
  }

  /** Invites a nearby visitor to follow; answers when the invitation lapses (server clock). */
  async invite(socket: AppSocket, hallId: string, to: string): Promise<number> {
    const { me, them } = this.nearby(socket, hallId, to);
    if (them.dnd) throw fail.forbidden('they asked not to be disturbed', 'doNotDisturb');
    const expiresAt = Number(
      await followStartScript.run(
        this.redis,
        [
          keys.followInvite(hallId, me.id, them.id),
          keys.followHost(hallId, me.id),
          keys.followers(hallId, me.id),
          keys.followHost(hallId, them.id),
          keys.followers(hallId, them.id),
        ],
        [PEOPLE.inviteTtlMs, PEOPLE.maxFollowers, me.id],
      ),
    );
    this.io.to(them.id).emit('follow:invite', { hallId, from: person(me), expiresAt });
    return expiresAt;
  }

  /** Accepts a host's invitation: from now on the caller follows the host. */
  async accept(socket: AppSocket, hallId: string, hostId: string): Promise<PersonRef> {
    const me = this.joinedTo(socket, hallId);
    if (hostId === me.id)
      throw fail.invalid('hostId: you cannot follow yourself', [{ path: 'hostId', code: 'custom', params: { reason: 'self' } }]);
    const host = this.presence.visitor(hallId, hostId);
    if (!host) throw fail.conflict('the host is not in this hall', 'notNearby');
    const added = await followAcceptScript.run(
      this.redis,
      [
        keys.followInvite(hallId, hostId, me.id),
        keys.followers(hallId, hostId),
        keys.followHost(hallId, me.id),
        keys.followHost(hallId, hostId),
        keys.followers(hallId, me.id),
      ],
      [hostId, me.id, PEOPLE.maxFollowers, GROUP_TTL_MS],
    );
    if (Number(added) === 1) this.io.to(hostId).emit('follow:joined', { hallId, follower: person(me) });
    return person(host);
  }

  /** Leaves one's host, or ends one's group; refused when the caller is in no group. */
  async stop(socket: AppSocket, hallId: string): Promise<{ role: 'follower' | 'host'; ended: string[] }> {
    const me = this.joinedTo(socket, hallId);
    const ended = await this.end(hallId, me.id, 'stopped');
    if (!ended) throw fail.conflict('you neither follow nor lead anyone', 'notLeading');
    return ended;
  }

  /** Ends whatever group the visitor is in because they left the hall (or disconnected). */
  async left(hallId: string, visitorId: string): Promise<void> {
    await this.end(hallId, visitorId, 'left');
  }

  private async end(
    hallId: string,
    visitorId: string,
    why: FollowEndReason,
  ): Promise<{ role: 'follower' | 'host'; ended: string[] } | null> {
    const out = (await followStopScript.run(
      this.redis,
      [keys.followHost(hallId, visitorId), keys.followers(hallId, visitorId)],
      [visitorId, keys.followHostPrefix(hallId), keys.followersPrefix(hallId)],
    )) as string[];
    const [role, ...others] = out;
    if (role === 'follower') {
      const hostId = others[0] as string;
      const end = { hallId, hostId, followerId: visitorId, reason: why };
      this.io.to([hostId, visitorId]).emit('follow:end', end);
      return { role, ended: [hostId] };
    }
    if (role === 'host') {
      const reason: FollowEndReason = why === 'stopped' ? 'ended' : why;
      for (const followerId of others)
        this.io.to([followerId, visitorId]).emit('follow:end', { hallId, hostId: visitorId, followerId, reason });
      return { role, ended: others };
    }
    return null;
  }

  /** The caller's pose in the hall they name; refused unless they joined that hall. */
  private joinedTo(socket: AppSocket, hallId: string) {
    const me = this.presence.hallOf(socket.id) === hallId ? this.presence.visitor(hallId, socket.id) : undefined;
    if (!me) throw fail.conflict('join the hall first (hall:join)', 'notJoined');
    return me;
  }

  /** The caller and the visitor they name, refused unless both are in the hall within {@link PEOPLE.nearbyMetres}. */
  private nearby(socket: AppSocket, hallId: string, to: string) {
    const me = this.joinedTo(socket, hallId);
    if (to === me.id) throw fail.invalid('to: that is you', [{ path: 'to', code: 'custom', params: { reason: 'self' } }]);
    const them = this.presence.visitor(hallId, to);
    if (!them || Math.hypot(them.x - me.x, them.z - me.z) > PEOPLE.nearbyMetres) {
      throw fail.conflict('they are not near you in this hall', 'notNearby');
    }
    this.logger.trace({ hallId, from: me.id, to }, 'people: nearby');
    return { me, them };
  }
}

const person = (p: { id: string; name: string | null; org: string | null }): PersonRef => ({ id: p.id, name: p.name, org: p.org });
