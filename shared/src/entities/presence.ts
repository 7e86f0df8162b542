/** A visitor as seen by nearby visitors in a hall. */
export interface VisitorPose {
  id: string;
  name: string;
  x: number;
  z: number;
  heading: number;
}

/** Someone in a booth now, as its exhibitors see them (`GET /api/booths/:id/visitors`). */
export interface BoothVisitor {
  socketId: string;
  userId: string | null;
  name: string;
  orgName: string | null;
  /** Server clock, epoch ms. */
  enteredAt: number;
}
