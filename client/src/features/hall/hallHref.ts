/** The hall page opened on one of its booths (`/hall/:id?booth=`): the 3D view walks there, the list view opens it. */
export function boothInHallHref(hallId: string, boothId: string): string {
  return `/hall/${encodeURIComponent(hallId)}?booth=${encodeURIComponent(boothId)}`;
}
