import { type Booth, slotFootprint } from '@pavilion/shared';

/** A booth at `slot` as the hall read returns it, for the store's tests (`over` changes any field). */
export function testBooth(slot: number, over: Partial<Booth> = {}): Booth {
  return {
    id: `b${slot}`,
    hallId: 'patents',
    orgId: `o${slot}`,
    orgName: `Org ${slot}`,
    orgKind: 'enterprise',
    region: 'GD',
    country: 'CN',
    verified: true,
    name: `Booth ${slot}`,
    slot,
    package: 'standard',
    ...slotFootprint(slot),
    exhibitCount: 1,
    typeCounts: { patent: 1, trademark: 0, copyright: 0 },
    live: false,
    createdAt: 0,
    ...over,
  };
}
