/** What the 3D scene asks of the hall: whether WebGL runs in software. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { isSoftwareRenderer } from './webgl';
