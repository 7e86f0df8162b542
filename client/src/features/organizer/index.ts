/** The organizer's nav link the app shell shows (the console is a route, loaded lazily). Other features and the app import this feature only from here (checked by `npm run lint`). */
export { OrganizerNavLink } from './OrganizerNavLink';
export { organizerKeys } from './organizerApi';
