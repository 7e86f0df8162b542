import type { Meeting, MeetingSlot, PublishedSlot } from '@pavilion/shared';
import type { RequestOptions } from '../../net/gateway';
import { request } from '../../net/rest';

const meeting = (id: string) => `/meetings/${encodeURIComponent(id)}`;
const slotsOf = (boothId: string) => `/booths/${encodeURIComponent(boothId)}/slots`;

/** A slot to publish, as the server takes it: ISO 8601 times with the publisher's offset. */
export interface SlotToPublish {
  startsAt: string;
  endsAt: string;
  staffId?: string;
}

/** The meetings routes of the REST API. */
export const meetingsApi = {
  slots: (boothId: string, from: number, to: number, opts?: RequestOptions) =>
    // Whole milliseconds: the client's clock estimate is fractional, the server takes integers.
    request<{ slots: MeetingSlot[] }>('GET', `${slotsOf(boothId)}?from=${Math.floor(from)}&to=${Math.ceil(to)}`, undefined, opts),
  publish: (boothId: string, slots: SlotToPublish[]) => request<{ slots: PublishedSlot[] }>('POST', slotsOf(boothId), { slots }),
  withdraw: (boothId: string, slotId: string) => request<{ ok: true }>('DELETE', `${slotsOf(boothId)}/${encodeURIComponent(slotId)}`),
  list: (opts?: RequestOptions) => request<{ items: Meeting[] }>('GET', '/meetings', undefined, opts),
  get: (id: string, opts?: RequestOptions) => request<{ meeting: Meeting }>('GET', meeting(id), undefined, opts),
  book: (body: { slotId: string; exhibitId?: string; note?: string }) => request<{ meeting: Meeting }>('POST', '/meetings', body),
  cancel: (id: string) => request<{ meeting: Meeting }>('POST', `${meeting(id)}/cancel`, {}),
  reschedule: (id: string, slotId: string) => request<{ meeting: Meeting }>('POST', `${meeting(id)}/reschedule`, { slotId }),
  icsUrl: (id: string) => `/api${meeting(id)}/ics`,
};

/** The meetings feature's reads in the query cache. */
export const meetingKeys = {
  all: ['meetings'] as const,
  mine: ['meetings', 'mine'] as const,
  one: (id: string) => ['meetings', 'one', id] as const,
  slots: (boothId: string) => ['meetings', 'slots', boothId] as const,
};
