import type { LiveSession, SpotlightCard } from '@pavilion/shared';
import { toExhibit } from '../catalog/catalogService.js';

/** What the session scripts announce (fanout kind `session:updated`): the public snapshot, and to whom. */
export interface AnnouncedSession {
  session: SessionSnapshot;
  /** `all`: the hall, the booth, the viewers and the programme; `viewers`: a viewer count, for viewers and the programme. */
  to: 'all' | 'viewers';
}
/** The public fields of a session hash as the scripts read them (`public_session` in sessionLib.lua), as strings. */
export type SessionSnapshot = Record<string, string>;

/** The card of an exhibit hash, as a spotlight shows it. */
export function spotlightCard(r: Record<string, string> | null): SpotlightCard | null {
  if (!r?.id) return null;
  const e = toExhibit(r);
  return {
    id: e.id,
    boothId: e.boothId,
    type: e.type,
    title: e.title,
    registrationNumber: e.registrationNumber,
    askingPrice: e.askingPrice,
    tradeModes: e.tradeModes,
  };
}

/** The card kept in the session when its exhibit was spotlighted (raw exhibit fields, as updateLive.lua stores it). */
export function storedCard(json: string): SpotlightCard | null {
  return spotlightCard(JSON.parse(json) as Record<string, string>);
}

/** A session as a script announced or returned it (`public_session`: strings, the viewer count included). */
export function fromSnapshot(s: SessionSnapshot): LiveSession {
  return toSession(s, Number(s.viewers ?? 0), s.spotlightCard ? storedCard(s.spotlightCard) : null);
}

export function fromSnapshotJson(json: string): LiveSession {
  return fromSnapshot(JSON.parse(json) as SessionSnapshot);
}

/** A session hash as the API shows it. */
export function toSession(r: Record<string, string>, viewers: number, spotlight: SpotlightCard | null): LiveSession {
  const s: LiveSession = {
    id: r.id ?? '',
    boothId: r.boothId ?? '',
    hallId: r.hallId ?? '',
    orgId: r.orgId ?? '',
    boothName: r.boothName ?? '',
    orgName: r.orgName ?? '',
    title: r.title ?? '',
    hostId: r.hostId ?? '',
    hostName: r.hostName ?? '',
    status: (r.status ?? 'scheduled') as LiveSession['status'],
    startsAt: Number(r.startsAt ?? 0),
    spotlight,
    viewers,
    broadcasting: r.broadcasting === '1',
    transport: r.transport === 'sfu' ? 'sfu' : 'p2p',
    recorded: r.record === '1',
    // Sessions made before audiences existed were open to everyone.
    audience: r.audience === 'registered' ? 'registered' : 'public',
    recording: r.recordingUrl
      ? {
          url: r.recordingUrl,
          durationMs: Number(r.recordingDurationMs ?? 0),
          startedAt: Number(r.recordingStartedAt ?? r.startedAt ?? 0),
        }
      : null,
    seq: Number(r.seq ?? 0),
  };
  if (r.description) s.description = r.description;
  if (r.startedAt) s.startedAt = Number(r.startedAt);
  if (r.endedAt) s.endedAt = Number(r.endedAt);
  if (r.spotlightExhibitId) s.spotlightExhibitId = r.spotlightExhibitId;
  return s;
}
