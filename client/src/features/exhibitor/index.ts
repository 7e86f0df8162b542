/** The deal/lead cells the organizer's ledger shares with the exhibitor's analytics. Other features and the app import this feature only from here (checked by `npm run lint`). */

export { analyticsKeys } from './analytics/analyticsApi';
export { DealLeadCells } from './analytics/DealLeadCells';
export { exhibitorKeys } from './exhibitorKeys';
