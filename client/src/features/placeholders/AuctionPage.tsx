/** `/auctions/:id` (App.tsx lazy-loads this module): the bidding screen of the auctions feature. */
export { default } from '../auctions/AuctionPage';
