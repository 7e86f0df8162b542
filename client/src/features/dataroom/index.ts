/** The data room on an exhibit: documents, the NDA, uploads and the access log. Other features import this feature only from here (checked by `npm run lint`). */
export { DataRoom } from './DataRoom';
