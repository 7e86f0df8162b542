/** A visitor as seen by nearby visitors in a hall. */
export interface VisitorPose {
  id: string;
  /** The signed-in visitor's display name; null for guests, who stay anonymous ("Visitor"). */
  name: string | null;
  /** The name of the visitor's organization, if they belong to one (null for guests and independent visitors). */
  org: string | null;
  /** Do not disturb: waves and follow invitations to this visitor are refused. */
  dnd: boolean;
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
