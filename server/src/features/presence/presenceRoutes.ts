import type { Router } from 'express';
import { requireUser } from '../../http/requestAuth.js';
import { parseId } from '../../http/validate.js';
import type { BoothRooms } from './boothRooms.js';

/** `GET /api/booths/:id/visitors`: who is in a booth now (its staff and organizers only). */
export function registerPresenceRoutes(router: Router, booths: BoothRooms): void {
  router.get('/booths/:id/visitors', async (req, res) => {
    const user = requireUser(req);
    res.json({ visitors: await booths.occupants(parseId(req.params.id), { orgId: user.orgId, role: user.role }) });
  });
}
