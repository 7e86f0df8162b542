/** The chat panel booths and sessions embed, and the message box a negotiation's chat shares. Other features and the app import this feature only from here (checked by `npm run lint`). */
export { ChatPanel } from './ChatPanel';
export { MessageComposer } from './MessageComposer';
