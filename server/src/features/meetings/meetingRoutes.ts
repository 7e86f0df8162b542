import { BookMeeting, PublishSlots, RescheduleMeeting, SlotsQuery } from '@pavilion/shared';
import type { Request, Router } from 'express';
import { requireUser } from '../../http/requestAuth.js';
import { parseId, parseInput } from '../../http/validate.js';
import type { Redis } from '../../redis/client.js';
import { redisNow } from '../../redis/clock.js';
import { meetingToIcs } from './meetingIcs.js';
import type { MeetingService } from './meetingService.js';

function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** Booth slots (`/api/booths/:id/slots…`) and meetings (`/api/meetings…`). */
export function registerMeetingRoutes(router: Router, meetings: MeetingService, redis: Redis): void {
  router.post('/booths/:id/slots', async (req, res) => {
    const user = requireUser(req);
    const boothId = parseId(req.params.id);
    const body = parseInput(PublishSlots, req.body, 'body');
    res.status(201).json({ slots: await meetings.publishSlots(user, boothId, body) });
  });

  router.get('/booths/:id/slots', async (req, res) => {
    const boothId = parseId(req.params.id);
    const q = parseInput(SlotsQuery, req.query, 'query');
    res.json({ slots: await meetings.slots(boothId, q.from, q.to) });
  });

  router.delete('/booths/:id/slots/:slotId', async (req, res) => {
    const user = requireUser(req);
    await meetings.withdrawSlot(user, parseId(req.params.id), parseId(req.params.slotId, 'slotId'));
    res.json({ ok: true });
  });

  router.post('/meetings', async (req, res) => {
    const user = requireUser(req);
    const body = parseInput(BookMeeting, req.body, 'body');
    res.status(201).json({ meeting: await meetings.book(user, body) });
  });

  router.get('/meetings', async (req, res) => {
    res.json({ items: await meetings.list(requireUser(req)) });
  });

  router.get('/meetings/:id', async (req, res) => {
    res.json({ meeting: await meetings.forParty(requireUser(req), parseId(req.params.id)) });
  });

  router.post('/meetings/:id/cancel', async (req, res) => {
    res.json({ meeting: await meetings.cancel(requireUser(req), parseId(req.params.id)) });
  });

  router.post('/meetings/:id/reschedule', async (req, res) => {
    const user = requireUser(req);
    const id = parseId(req.params.id);
    const { slotId } = parseInput(RescheduleMeeting, req.body, 'body');
    res.json({ meeting: await meetings.reschedule(user, id, slotId) });
  });

  router.get('/meetings/:id/ics', async (req, res) => {
    const meeting = await meetings.forParty(requireUser(req), parseId(req.params.id));
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="meeting-${meeting.id}.ics"`)
      .send(meetingToIcs(meeting, originOf(req), await redisNow(redis)));
  });
}
