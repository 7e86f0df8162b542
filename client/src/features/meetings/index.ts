/** Bookable 1:1 meetings as the app shell, booths and the exhibitor console use them. Other features and the app import this feature only from here (checked by `npm run lint`). */

export { BookMeeting } from './BookMeeting';
export { ExhibitorMeetings } from './ExhibitorMeetings';
export { MeetingsByStatus } from './MeetingsByStatus';
export { MeetingToasts } from './MeetingToasts';
