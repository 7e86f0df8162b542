/** Deals after agreement as other features use them: the escrow agent's confirmations and the queue's read. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { dealKeys, dealsApi } from './dealsApi';
export { EscrowActions } from './SettlementPanel';
export { useDealFeed } from './useDeal';
