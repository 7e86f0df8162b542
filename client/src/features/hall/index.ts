/** What the 3D scene asks of the hall: whether WebGL runs in software; and the address of a booth in its hall. Other features and the app import this feature only from here (checked by `npm run lint`). */

export { boothInHallHref } from './hallHref';
export { isSoftwareRenderer } from './webgl';
