/** Others as people in the 3D hall: the People panel (nearby people, waves, do-not-disturb, follow-me). */
export { PeoplePanel } from './PeoplePanel';
