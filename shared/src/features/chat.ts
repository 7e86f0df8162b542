import { z } from 'zod';
import { ClientKey, Id } from '../ids.js';
import { boundedText } from '../text.js';

/** A chat room name: `booth:<id>`, `session:<id>`, `negotiation:<id>` or `meeting:<id>`. */
export const ChatRoom = z
  .string({ error: 'must be a string' })
  .regex(/^(booth|session|negotiation|meeting):[A-Za-z0-9_-]{1,64}$/, 'must be booth:<id>, session:<id>, negotiation:<id> or meeting:<id>');
/** `chat:send` */
export const ChatSend = z.strictObject({ room: ChatRoom, text: boundedText(2000), clientMsgId: ClientKey });
/** `chat:history` */
export const ChatHistory = z.strictObject({
  room: ChatRoom,
  before: z
    .string()
    .regex(/^\d{1,20}-\d{1,20}$/, 'must be a message id')
    .optional(),
  after: z
    .string()
    .regex(/^\d{1,20}-\d{1,20}$/, 'must be a message id')
    .optional(),
  limit: z.number().int().min(1).max(200).optional(),
});
/** `chat:delete` */
export const ChatDelete = z.strictObject({ room: ChatRoom, messageId: z.string().regex(/^\d{1,20}-\d{1,20}$/, 'must be a message id') });
/** `chat:mute` */
export const ChatMute = z.strictObject({ room: ChatRoom, userId: Id, minutes: z.number().int().min(1).max(10080) });
/** `chat:typing` */
export const ChatTyping = z.strictObject({ room: ChatRoom });
