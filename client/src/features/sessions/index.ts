/** Live sessions as other features and the app shell use them. Other features and the app import this feature only from here (checked by `npm run lint`). */

export { BoothLiveLinks } from './BoothLiveLinks';
export { HostSessions } from './HostSessions';
export type { SubscriptionEvent } from './media/MediaTransport';
export { P2pTransport } from './media/P2pTransport';
export type { IncomingSignal, OutgoingSignal, RtcSignalling } from './media/signalling';
export { LobbySessions } from './programme/LobbySessions';
export { ReminderToasts } from './programme/ReminderToasts';
export { sessionsApi } from './programme/sessionsApi';
