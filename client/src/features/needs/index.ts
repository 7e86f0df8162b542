/** Buyers' needs and recommendations. Other features and the app import this feature only from here (checked by `npm run lint`). */

export { MatchingNeeds } from './MatchingNeeds';
export { NeedsMatchTag } from './NeedsMatchTag';
export { needsKeys } from './needsApi';
export { useMatchingBooths } from './useMatchingBooths';
