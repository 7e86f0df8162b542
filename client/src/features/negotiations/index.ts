/** Negotiations as other features use them: the negotiate button, the exhibitor's inbox, the datetime-local input format. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { NegotiateButton } from './NegotiateButton';
export { NegotiationInbox } from './NegotiationInbox';
export { toLocalInputValue } from './offerDraft';
