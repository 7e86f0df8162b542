import type { Booth, Exhibit } from '../catalog.js';

/** Exhibits one briefcase holds at most. */
export const MAX_FAVOURITE_EXHIBITS = 200;
/** Booths one briefcase holds at most. */
export const MAX_FAVOURITE_BOOTHS = 100;

/** A saved exhibit. */
export interface FavouriteExhibit {
  exhibit: Exhibit;
  savedAt: number;
}

/** A saved booth. */
export interface FavouriteBooth {
  booth: Booth;
  savedAt: number;
}

/** Answer of `GET /api/favourites`: saved exhibits (`items`) and booths, most recently saved first. */
export interface FavouritesAnswer {
  items: FavouriteExhibit[];
  booths: FavouriteBooth[];
}

/** Answer of `PUT /api/favourites/:exhibitId` and `PUT /api/favourites/booths/:boothId`. */
export interface FavouriteSaved {
  savedAt: number;
}
