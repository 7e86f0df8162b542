/** The exhibit search the hall views embed. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { ExhibitSearch } from './ExhibitSearch';
