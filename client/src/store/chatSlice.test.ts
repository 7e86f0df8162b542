import type { BoothEnterAnswer, ChatMessage, User } from '@pavilion/shared';
import { ApiError } from '../net/ApiError';
import { createAppStore } from './appStore';
import { boothChatRoom, CHAT_PAGE, emptyRoom, mergeMessages, removeMessage, typingNames } from './chatRoom';
import { MAX_SEND_ATTEMPTS } from './chatSlice';
import type { StoreDeps } from './deps';

const ROOM = boothChatRoom('b1');
const me: User = { id: 'u-me', displayName: 'Me', role: 'visitor' };

const clock = 1_700_000_000_000;
function msg(n: number, over: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `${clock + n}-0`,
    room: ROOM,
    userId: 'u-ada',
    userName: 'Ada',
    authorRole: 'visitor',
    text: `m${n}`,
    at: clock + n,
    clientMsgId: `c${n}`,
    ...over,
  };
}

type Call = { event: string; payload: Record<string, unknown> };

/**
 * A scripted stand-in for the socket half of the gateway: records every request and answers with
 * `answer(event, payload)`; `connected` can be flipped to simulate a drop.
 */
function scriptedSocket(answer: (event: string, payload: Record<string, unknown>, call: number) => Promise<unknown>) {
  const calls: Call[] = [];
  const typing: string[] = [];
  const link = { connected: true };
  const socket: StoreDeps['socket'] = {
    request: ((event: string, payload: Record<string, unknown>) => {
      calls.push({ event, payload });
      return answer(event, payload, calls.filter((c) => c.event === event).length);
    }) as StoreDeps['socket']['request'],
    sendTyping: (room) => typing.push(room),
    isConnected: () => link.connected,
  };
  return { socket, calls, typing, link };
}

const noRest = {} as StoreDeps['rest'];

function enterAnswer(messages: ChatMessage[], occupants = 2): BoothEnterAnswer & { serverTime: number } {
  return { booth: {} as BoothEnterAnswer['booth'], exhibits: [], messages, liveSession: null, occupants, serverTime: clock };
}

/** Resolves after every queued microtask and promise chain has run. */
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('chat room rules', () => {
  test('merging keeps each message once, in id order, whatever order pages and live messages arrive in', () => {
    let r = mergeMessages(emptyRoom(ROOM), [msg(3), msg(1)]);
    r = mergeMessages(r, [msg(2), msg(3)]);
    r = mergeMessages(r, [msg(4)]);
    expect(r.messages.map((m) => m.text)).toEqual(['m1', 'm2', 'm3', 'm4']);
  });

  test('messages of another room are not mixed in', () => {
    const r = mergeMessages(emptyRoom(ROOM), [msg(1, { room: 'booth:b2' })]);
    expect(r.messages).toHaveLength(0);
  });

  test('a deleted message never comes back, even from a history page fetched before the deletion', () => {
    let r = mergeMessages(emptyRoom(ROOM), [msg(1), msg(2)]);
    r = removeMessage(r, msg(1).id);
    r = mergeMessages(r, [msg(1), msg(2)]);
    expect(r.messages.map((m) => m.text)).toEqual(['m2']);
  });

  test('a message from someone typing ends their typing hint; hints expire after 3 s', () => {
    let r = emptyRoom(ROOM);
    r = { ...r, typing: { 'u-ada': { name: 'Ada', until: 5000 }, 'u-bo': { name: 'Bo', until: 5000 } } };
    expect(typingNames(r, 4000)).toEqual(['Ada', 'Bo']);
    r = mergeMessages(r, [msg(1)]);
    expect(typingNames(r, 4000)).toEqual(['Bo']);
    expect(typingNames(r, 5000)).toEqual([]);
  });
});

describe('chat slice', () => {
  async function storeInBooth(answer: Parameters<typeof scriptedSocket>[0], latest: ChatMessage[] = []) {
    const io = scriptedSocket((event, payload, n) =>
      event === 'booth:enter' ? Promise.resolve(enterAnswer(latest)) : answer(event, payload, n),
    );
    const store = createAppStore({ rest: noRest, socket: io.socket });
    store.setState({ user: me });
    store.getState().enterBoothRoom('b1');
    await settle();
    return { store, io };
  }

  test('entering a booth shows its latest messages and how many people are in it', async () => {
    const { store } = await storeInBooth(() => Promise.reject(new Error('unused')), [msg(1), msg(2)]);
    const s = store.getState();
    expect(s.boothRoom).toMatchObject({ boothId: 'b1', status: 'in' });
    expect(s.occupancy.b1?.count).toBe(2);
    expect(s.chatRooms[ROOM]?.messages.map((m) => m.text)).toEqual(['m1', 'm2']);
    expect(s.chatRooms[ROOM]?.hasOlder).toBe(false);
  });

  test('a full first page means older messages may exist; paging back asks for those before the oldest', async () => {
    const page = Array.from({ length: CHAT_PAGE }, (_, i) => msg(100 + i));
    const { store, io } = await storeInBooth(() => Promise.resolve({ messages: [msg(5), msg(6)], serverTime: clock }), page);
    expect(store.getState().chatRooms[ROOM]?.hasOlder).toBe(true);
    await store.getState().loadOlderChat(ROOM);
    expect(io.calls.at(-1)).toEqual({ event: 'chat:history', payload: { room: ROOM, before: msg(100).id, limit: CHAT_PAGE } });
    const r = store.getState().chatRooms[ROOM];
    expect(r?.messages[0]?.text).toBe('m5');
    expect(r?.hasOlder).toBe(false); // a short page: the beginning of the room
  });

  test('a sent message shows at once as pending and is replaced by the confirmed one (matched by clientMsgId)', async () => {
    let release: (v: unknown) => void = () => undefined;
    const { store, io } = await storeInBooth(() => new Promise((r) => (release = r)));
    const sending = store.getState().sendChatMessage(ROOM, 'hello');
    const pending = store.getState().chatRooms[ROOM]?.pending ?? [];
    expect(pending).toMatchObject([{ text: 'hello', status: 'sending' }]);
    const clientMsgId = pending[0]?.clientMsgId as string;
    expect(io.calls.at(-1)?.payload).toEqual({ room: ROOM, text: 'hello', clientMsgId });
    release({ message: msg(1, { userId: me.id, text: 'hello', clientMsgId }), serverTime: clock });
    await sending;
    const r = store.getState().chatRooms[ROOM];
    expect(r?.pending).toEqual([]);
    expect(r?.messages.map((m) => m.text)).toEqual(['hello']);
  });

  test('the broadcast of our own message arriving before its ack confirms it once, not twice', async () => {
    let release: (v: unknown) => void = () => undefined;
    const { store } = await storeInBooth(() => new Promise((r) => (release = r)));
    const sending = store.getState().sendChatMessage(ROOM, 'hi');
    const clientMsgId = store.getState().chatRooms[ROOM]?.pending[0]?.clientMsgId as string;
    const confirmed = msg(1, { userId: me.id, text: 'hi', clientMsgId });
    store.getState().receiveChatMessage(confirmed);
    expect(store.getState().chatRooms[ROOM]?.pending).toEqual([]);
    release({ message: confirmed, serverTime: clock });
    await sending;
    expect(store.getState().chatRooms[ROOM]?.messages).toHaveLength(1);
  });

  test('a send that times out is sent again with the same clientMsgId (the server dedupes)', async () => {
    const { store, io } = await storeInBooth((_e, payload, n) =>
      n === 1
        ? Promise.reject(new ApiError('NETWORK', 'no answer'))
        : Promise.resolve({
            message: msg(1, { userId: me.id, text: 'once', clientMsgId: payload.clientMsgId as string }),
            serverTime: clock,
          }),
    );
    await store.getState().sendChatMessage(ROOM, 'once');
    const sends = io.calls.filter((c) => c.event === 'chat:send');
    expect(sends).toHaveLength(2);
    expect(sends[1]?.payload.clientMsgId).toBe(sends[0]?.payload.clientMsgId);
    expect(store.getState().chatRooms[ROOM]?.messages.map((m) => m.text)).toEqual(['once']);
  });

  test(`after ${MAX_SEND_ATTEMPTS} timeouts the message is marked failed; a manual retry reuses its clientMsgId`, async () => {
    let up = false;
    const { store, io } = await storeInBooth((_e, payload) =>
      up
        ? Promise.resolve({ message: msg(1, { userId: me.id, clientMsgId: payload.clientMsgId as string }), serverTime: clock })
        : Promise.reject(new ApiError('NETWORK', 'no answer')),
    );
    await store.getState().sendChatMessage(ROOM, 'hello?');
    const p = store.getState().chatRooms[ROOM]?.pending[0];
    expect(p).toMatchObject({ status: 'failed', error: { code: 'NETWORK' }, attempts: MAX_SEND_ATTEMPTS });
    up = true;
    await store.getState().retryChatMessage(ROOM, p?.clientMsgId as string);
    const ids = new Set(io.calls.filter((c) => c.event === 'chat:send').map((c) => c.payload.clientMsgId));
    expect(ids.size).toBe(1);
    expect(store.getState().chatRooms[ROOM]?.pending).toEqual([]);
  });

  test('RATE_LIMITED, FORBIDDEN (muted) and UNAUTHENTICATED are shown on the message, not retried', async () => {
    for (const [code, details] of [
      ['RATE_LIMITED', { retryAfterMs: 4200 }],
      ['FORBIDDEN', { retryAfterMs: 540_000 }],
      ['UNAUTHENTICATED', undefined],
    ] as const) {
      const { store, io } = await storeInBooth(() => Promise.reject(new ApiError(code, 'no', 0, details)));
      await store.getState().sendChatMessage(ROOM, 'x');
      expect(io.calls.filter((c) => c.event === 'chat:send')).toHaveLength(1);
      expect(store.getState().chatRooms[ROOM]?.pending[0]).toMatchObject({ status: 'failed', error: { code, ...(details ?? {}) } });
    }
  });

  test('a message written while offline waits, and goes out with its clientMsgId after the room is entered again', async () => {
    const { store, io } = await storeInBooth((_e, payload) =>
      Promise.resolve({ message: msg(9, { userId: me.id, clientMsgId: payload.clientMsgId as string }), serverTime: clock }),
    );
    io.link.connected = false;
    store.getState().connectionLost();
    expect(store.getState().boothRoom?.status).toBe('rejoining');
    await store.getState().sendChatMessage(ROOM, 'while away');
    expect(store.getState().chatRooms[ROOM]?.pending[0]?.status).toBe('queued');
    expect(io.calls.filter((c) => c.event === 'chat:send')).toHaveLength(0);
    io.link.connected = true;
    store.getState().rejoinRooms();
    await settle();
    await settle();
    const enters = io.calls.filter((c) => c.event === 'booth:enter');
    expect(enters).toHaveLength(2);
    // The send went out only after the second booth:enter (the server refuses posts from outside the booth).
    const order = io.calls.map((c) => c.event);
    expect(order.lastIndexOf('chat:send')).toBeGreaterThan(order.lastIndexOf('booth:enter'));
    expect(store.getState().chatRooms[ROOM]?.pending).toEqual([]);
  });

  test('after a reconnect everything since our last message is fetched with chat:history { after }, so nothing is lost', async () => {
    const missed = [msg(3), msg(4)];
    const io = scriptedSocket((event, payload) => {
      if (event === 'booth:enter') {
        // The first entry sees m1..m2; after the drop the latest page starts later than where we were.
        const first = io.calls.filter((c) => c.event === 'booth:enter').length === 1;
        return Promise.resolve(enterAnswer(first ? [msg(1), msg(2)] : [msg(4), msg(5)]));
      }
      if (event === 'chat:history')
        return Promise.resolve({ messages: payload.after === msg(2).id ? [...missed, msg(5)] : [], serverTime: clock });
      return Promise.reject(new Error(`unexpected ${event}`));
    });
    const store = createAppStore({ rest: noRest, socket: io.socket });
    store.getState().enterBoothRoom('b1');
    await settle();
    io.link.connected = false;
    store.getState().connectionLost();
    io.link.connected = true;
    store.getState().rejoinRooms();
    await settle();
    await settle();
    expect(io.calls.find((c) => c.event === 'chat:history')?.payload).toEqual({ room: ROOM, after: msg(2).id, limit: 200 });
    expect(store.getState().chatRooms[ROOM]?.messages.map((m) => m.text)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
  });

  test('typing hints go out at most once per 2 s, and only for signed-in people', async () => {
    const { store, io } = await storeInBooth(() => Promise.reject(new Error('unused')));
    const realNow = Date.now;
    let t = 10_000;
    Date.now = () => t;
    try {
      store.getState().notifyTyping(ROOM);
      store.getState().notifyTyping(ROOM);
      t = 11_999;
      store.getState().notifyTyping(ROOM);
      t = 12_000;
      store.getState().notifyTyping(ROOM);
      expect(io.typing).toEqual([ROOM, ROOM]);
      store.setState({ user: null });
      t = 20_000;
      store.getState().notifyTyping(ROOM);
      expect(io.typing).toHaveLength(2);
    } finally {
      Date.now = realNow;
    }
  });

  test('someone else typing shows for 3 s; our own typing (another tab) does not', async () => {
    const { store } = await storeInBooth(() => Promise.reject(new Error('unused')));
    store.getState().receiveChatTyping(ROOM, 'u-ada', 'Ada');
    store.getState().receiveChatTyping(ROOM, me.id, me.displayName);
    const r = store.getState().chatRooms[ROOM];
    expect(typingNames(r, Date.now())).toEqual(['Ada']);
    expect(typingNames(r, Date.now() + 3001)).toEqual([]);
  });
});

describe('booth room', () => {
  test('leaving while the enter is still unanswered waits for it: enter, leave, enter — never a leave overtaking an enter', async () => {
    const io = scriptedSocket((event) =>
      event === 'booth:enter' ? new Promise((r) => setTimeout(() => r(enterAnswer([])), 5)) : Promise.resolve({ serverTime: clock }),
    );
    const store = createAppStore({ rest: noRest, socket: io.socket });
    store.getState().enterBoothRoom('b1');
    await settle(); // b1's enter is on the wire, its answer not back yet
    store.getState().leaveBoothRoom('b1');
    store.getState().enterBoothRoom('b2');
    await new Promise((r) => setTimeout(r, 30));
    expect(io.calls.map((c) => `${c.event} ${c.payload.boothId}`)).toEqual(['booth:enter b1', 'booth:leave b1', 'booth:enter b2']);
    expect(store.getState().boothRoom).toMatchObject({ boothId: 'b2', status: 'in' });
    expect(store.getState().chatRooms[ROOM]).toBeUndefined();
  });

  test('a booth closed before its enter went out is never entered at all (a React double mount costs nothing)', async () => {
    const io = scriptedSocket(() => Promise.resolve(enterAnswer([])));
    const store = createAppStore({ rest: noRest, socket: io.socket });
    store.getState().enterBoothRoom('b1');
    store.getState().leaveBoothRoom('b1');
    store.getState().enterBoothRoom('b1');
    await settle();
    expect(io.calls.map((c) => `${c.event} ${c.payload.boothId}`)).toEqual(['booth:enter b1']);
  });

  test('opening another booth leaves the first one', async () => {
    const io = scriptedSocket((event) =>
      event === 'booth:enter' ? Promise.resolve(enterAnswer([])) : Promise.resolve({ serverTime: clock }),
    );
    const store = createAppStore({ rest: noRest, socket: io.socket });
    store.getState().enterBoothRoom('b1');
    await settle();
    store.getState().enterBoothRoom('b2');
    await settle();
    expect(io.calls.map((c) => `${c.event} ${c.payload.boothId}`)).toEqual(['booth:enter b1', 'booth:leave b1', 'booth:enter b2']);
  });

  test('a booth opened while offline is entered when the connection comes up', async () => {
    const io = scriptedSocket(() => Promise.resolve(enterAnswer([msg(1)])));
    io.link.connected = false;
    const store = createAppStore({ rest: noRest, socket: io.socket });
    store.getState().enterBoothRoom('b1');
    await settle();
    expect(io.calls).toHaveLength(0);
    expect(store.getState().boothRoom?.status).toBe('entering');
    io.link.connected = true;
    store.getState().rejoinRooms();
    await settle();
    expect(store.getState().boothRoom?.status).toBe('in');
    expect(store.getState().chatRooms[ROOM]?.messages).toHaveLength(1);
  });

  test('occupancy reports replace the count and bump a sequence, so an equal count still refreshes a lead list', () => {
    const store = createAppStore({ rest: noRest, socket: scriptedSocket(() => Promise.reject(new Error('x'))).socket });
    store.getState().applyOccupancy('b1', 3);
    store.getState().applyOccupancy('b1', 3);
    expect(store.getState().occupancy.b1).toEqual({ count: 3, seq: 2 });
  });

  test('a booth that cannot be entered shows the error code instead of spinning', async () => {
    const io = scriptedSocket(() => Promise.reject(new ApiError('NOT_FOUND', 'booth not found')));
    const store = createAppStore({ rest: noRest, socket: io.socket });
    store.getState().enterBoothRoom('nope');
    await settle();
    expect(store.getState().boothRoom).toMatchObject({ boothId: 'nope', status: 'error', error: 'NOT_FOUND' });
  });
});
