import type { Meeting, MeetingJoinAnswer } from '@pavilion/shared';
import { useEffect, useState } from 'react';
import { ApiError, onConnected, onConnectionState, onServer, socketRequest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';

/** The room as the page sees it: entering, in (with the join ack), or refused. */
export type MeetingRoomState =
  | { status: 'joining'; answer: MeetingJoinAnswer | null }
  | { status: 'in'; answer: MeetingJoinAnswer }
  | { status: 'error'; code: string; answer: null };

/** The chat room of a meeting. */
export const meetingChatRoom = (meetingId: string) => `meeting:${meetingId}`;

/**
 * Enters a meeting's private room (and again after every reconnect), keeps the meeting current from
 * `meeting:updated`, opens its chat from the join ack, and leaves when the page goes away.
 */
export function useMeetingRoom(meetingId: string) {
  const [state, setState] = useState<MeetingRoomState>({ status: 'joining', answer: null });
  /** Bumps each time the other party's socket enters, or we enter again (the video asks for the other camera again). */
  const [peerArrivals, setPeerArrivals] = useState(0);
  const openChatRoom = useAppStore((s) => s.openChatRoom);
  const closeChatRoom = useAppStore((s) => s.closeChatRoom);

  useEffect(() => {
    const room = meetingChatRoom(meetingId);
    let alive = true;
    const enter = () => {
      socketRequest('meeting:join', { meetingId })
        .then((answer) => {
          if (!alive) return;
          setState({ status: 'in', answer });
          // After a reconnect every peer id is stale: ask for the other camera again.
          setPeerArrivals((n) => n + 1);
          void openChatRoom(room, answer.messages);
        })
        .catch((error: unknown) => {
          if (alive) setState({ status: 'error', code: error instanceof ApiError ? error.code : 'INTERNAL', answer: null });
        });
    };
    const setMeeting = (meeting: Meeting) =>
      setState((s) =>
        s.answer && meeting.seq >= s.answer.meeting.seq ? ({ ...s, answer: { ...s.answer, meeting } } as MeetingRoomState) : s,
      );
    const offs = [
      onConnected(enter),
      onConnectionState((c) => {
        if (c !== 'online') setState((s) => (s.answer ? { status: 'joining', answer: s.answer } : s));
      }),
      onServer('meeting:updated', ({ meeting }) => {
        if (meeting.id === meetingId) setMeeting(meeting);
      }),
      onServer('meeting:peer', (p) => {
        if (p.meetingId === meetingId) setPeerArrivals((n) => n + 1);
      }),
    ];
    return () => {
      alive = false;
      for (const off of offs) off();
      socketRequest('meeting:leave', { meetingId }).catch(() => {});
      closeChatRoom(room);
    };
  }, [meetingId, openChatRoom, closeChatRoom]);

  return { state, peerArrivals };
}
