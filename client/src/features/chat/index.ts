/** The chat panel booths and sessions embed. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { ChatPanel } from './ChatPanel';
