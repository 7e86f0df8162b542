/** The expo-wide search: the header and lobby search box and the classification tree. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { ClassTree } from './ClassTree';
export { HeaderSearch } from './HeaderSearch';
