/** The briefcase: the star other features put on exhibits and booths. Other features and the app import this feature only from here (checked by `npm run lint`). */

export { FavouriteButton } from './FavouriteButton';
export { favouriteKeys } from './favouritesApi';
