/** `/negotiations/:id` (App.tsx lazy-loads this module): the negotiation screen of the negotiations feature. */
export { default } from '../negotiations/NegotiationPage';
