import { ChatDelete, ChatHistory, ChatMute, ChatSend, ChatTyping } from '@pavilion/shared';
import { fail } from '../../errors/appError.js';
import type { SocketRegistrar } from '../../realtime/eventTable.js';
import type { AppSocket } from '../../realtime/types.js';
import { authorRoleIn, type ChatActor, type ChatService } from './chatService.js';

function actor(socket: AppSocket): ChatActor {
  return { socket, userId: socket.data.userId, orgId: socket.data.orgId, role: socket.data.role };
}

/** `chat:send`, `chat:history`, `chat:delete`, `chat:mute`, `chat:typing`. */
export function chatHandlers(chat: ChatService): SocketRegistrar {
  return (t, io) => {
    t.on('chat:send', ChatSend, 'user', async ({ room, text, clientMsgId }, { socket }) => {
      const { policy, id } = chat.policy(room);
      const who = actor(socket);
      await policy.assertCanPost(id, who);
      const { message, duplicate } = await chat.send(
        room,
        { id: socket.data.userId as string, name: socket.data.displayName, role: await authorRoleIn(policy, id, who) },
        text,
        clientMsgId,
      );
      // A resend is answered with the original and not broadcast again.
      if (!duplicate) {
        io.to(room).emit('chat:message', { message });
        await policy.afterPost?.(id, message);
      }
      return { message };
    });

    t.on('chat:history', ChatHistory, 'anyone', async ({ room, before, after, limit }, { socket }) => {
      const { policy, id } = chat.policy(room);
      await policy.assertCanRead(id, actor(socket));
      if (policy.joinOnRead) await socket.join(room);
      return { messages: await chat.history(room, { before, after, limit }) };
    });

    t.on('chat:delete', ChatDelete, 'user', async ({ room, messageId }, { socket }) => {
      const { policy, id } = chat.policy(room);
      if (!(await policy.isModerator(id, actor(socket))))
        throw fail.forbidden("only this room's staff or an organizer may delete messages", 'notModerator');
      if (!(await chat.delete(room, messageId, socket.data.userId as string))) throw fail.notFound('message');
      io.to(room).emit('chat:deleted', { room, messageId });
      return {};
    });

    t.on('chat:mute', ChatMute, 'user', async ({ room, userId, minutes }, { socket }) => {
      const { policy, id } = chat.policy(room);
      if (!(await policy.isModerator(id, actor(socket))))
        throw fail.forbidden("only this room's staff or an organizer may mute people", 'notModerator');
      if (userId === socket.data.userId)
        throw fail.invalid('userId: you cannot mute yourself', [{ path: 'userId', code: 'custom', params: { reason: 'self' } }]);
      await chat.mute(room, userId, minutes, socket.data.userId as string);
      return {};
    });

    t.on('chat:typing', ChatTyping, 'user', ({ room }, { socket }) => {
      if (!socket.rooms.has(room)) throw fail.forbidden('join the room first', 'notJoined');
      socket.to(room).volatile.emit('chat:typing', { room, userId: socket.data.userId as string, userName: socket.data.displayName });
      return {};
    });
  };
}
