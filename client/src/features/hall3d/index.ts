/** The hall's 3D layer as other features use it. `HallScene` itself is only loaded on demand ({@link loadHallScene}) so three.js stays in its own chunk. Other features and the app import this feature only from here (checked by `npm run lint`). */
export type { HallSceneProps } from './HallScene';
export { zoneOfBooth } from './hallGeometry';
export { hallRuntime, setHallStick, skipHallIntro } from './runtime';
export { useHallLiveSessions } from './useHallLiveSessions';

/** Loads the 3D scene (and three.js) on demand: the list view and a failed WebGL never download it. */
export const loadHallScene = () => import('./HallScene');
