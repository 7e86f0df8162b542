import type { ChatMessage } from '@pavilion/shared';
import { newClientKey } from '../../lib/clientKey';
import { dropPending, mergeChat, removeChatMessage, upsertPending } from './chatLog';

const room = 'negotiation:neg1';
const msg = (id: string, clientMsgId = id, r = room): ChatMessage => ({
  id,
  room: r,
  userId: 'u',
  userName: 'U',
  authorRole: 'visitor',
  text: id,
  at: 1,
  clientMsgId,
});

describe('the negotiation chat log', () => {
  test('messages arrive once each, in stream order, only from this room', () => {
    let log = mergeChat({ messages: [], pending: [] }, room, [msg('2-0'), msg('1-0')]);
    log = mergeChat(log, room, [msg('2-0'), msg('3-0'), msg('4-0', 'x', 'booth:b1')]);
    expect(log.messages.map((m) => m.id)).toEqual(['1-0', '2-0', '3-0']);
  });
  test('our pending send is replaced by its confirmation (same clientMsgId), whichever arrives first', () => {
    let log = upsertPending({ messages: [], pending: [] }, { clientMsgId: 'c1', text: 'hi', status: 'sending' });
    log = upsertPending(log, { clientMsgId: 'c2', text: 'yo', status: 'sending' });
    log = upsertPending(log, { clientMsgId: 'c1', text: 'hi', status: 'failed', error: 'NETWORK' });
    expect(log.pending.map((p) => `${p.clientMsgId}:${p.status}`)).toEqual(['c1:failed', 'c2:sending']);
    log = mergeChat(log, room, [msg('5-0', 'c1')]);
    expect(log.pending.map((p) => p.clientMsgId)).toEqual(['c2']);
    expect(dropPending(log, 'c2').pending).toEqual([]);
    expect(removeChatMessage(log, '5-0').messages).toEqual([]);
  });
  test('client keys fit the contract’s ClientKey and are unique', () => {
    const a = newClientKey('offer');
    expect(a).toMatch(/^offer-[A-Za-z0-9_.:-]{1,58}$/);
    expect(newClientKey('offer')).not.toBe(a);
  });
});
