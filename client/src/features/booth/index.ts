/** The booth panel the hall views open. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { BoothPanel } from './BoothPanel';
