/** Auctions as other features show them: the badge and bid button on an exhibit, the exhibitor's create form, the countdown's split. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { AuctionBadge, BidButton } from './AuctionBadge';
export type { AuctionLists } from './auctionApi';
export { CreateAuctionForm } from './CreateAuctionForm';
export { splitRemaining } from './countdownFormat';
