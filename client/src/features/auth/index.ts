/** Sign-in as the app shell shows it (the pages themselves are routes, loaded lazily by the router). Other features and the app import this feature only from here (checked by `npm run lint`). */
export { AccountMenu } from './AccountMenu';
export { SignedOutNotice } from './SignedOutNotice';
export { SignInPrompt, SignInRequired } from './SignInRequired';
