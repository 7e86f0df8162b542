import { z } from 'zod';
import { Id } from '../ids.js';

/** Others as people in a hall: how near someone must be to wave at or invite them, and the limits. */
export const PEOPLE = {
  /** Waves and follow invitations reach only visitors this near (metres, by the server's view of poses). */
  nearbyMetres: 8,
  /** Followers one host may lead at once. */
  maxFollowers: 30,
  /** A follow invitation lapses after this long (ms). */
  inviteTtlMs: 60_000,
  /** Name tags (name, organization, do-not-disturb) are drawn only this near (metres). */
  tagMetres: 10,
} as const;

/** `hall:wave`: wave at a nearby visitor (by their presence id). */
export const HallWave = z.strictObject({ hallId: Id, to: Id });
/** `hall:dnd`: turn one's own do-not-disturb status on or off. */
export const HallDnd = z.strictObject({ hallId: Id, on: z.boolean() });
/** `follow:start`: invite a nearby visitor to follow you through the hall. */
export const FollowStart = z.strictObject({ hallId: Id, to: Id });
/** `follow:accept`: follow the host who invited you. */
export const FollowAccept = z.strictObject({ hallId: Id, hostId: Id });
/** `follow:stop`: a follower leaves their host, or a host ends the group. */
export const FollowStop = z.strictObject({ hallId: Id });

/** Someone as a wave or invitation names them: anonymous (`name: null`) for guests. */
export interface PersonRef {
  id: string;
  name: string | null;
  org: string | null;
}

/** Why a follow relation ended: the follower stopped, the host ended the group, or someone left the hall. */
export const FollowEndReason = { stopped: 'stopped', ended: 'ended', left: 'left' } as const;
/** One of {@link FollowEndReason}. */
export type FollowEndReason = (typeof FollowEndReason)[keyof typeof FollowEndReason];
