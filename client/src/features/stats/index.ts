/** The headline stats the lobby shows. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { HeadlineStats } from './HeadlineStats';
export { HeroFigures } from './HeroFigures';
export { useLiveStats } from './useLiveStats';
