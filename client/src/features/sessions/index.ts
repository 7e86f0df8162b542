/** Live sessions as other features and the app shell use them. Other features and the app import this feature only from here (checked by `npm run lint`). */

export { BoothLiveLinks } from './BoothLiveLinks';
export { HostSessions } from './HostSessions';
export { LobbySessions } from './programme/LobbySessions';
export { ReminderToasts } from './programme/ReminderToasts';
export { sessionsApi } from './programme/sessionsApi';
