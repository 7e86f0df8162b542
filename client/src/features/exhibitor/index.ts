/** The deal/lead cells the organizer's ledger shares with the exhibitor's analytics. Other features and the app import this feature only from here (checked by `npm run lint`). */
// The ledger's deal/lead cells are styled by the analytics sheet.
import './analytics/analytics.css';

export { DealLeadCells } from './analytics/DealLeadCells';
