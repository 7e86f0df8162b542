import { boothIdsIn, readModerationDetail, roomRef } from './moderationEntry';

describe('the moderation log', () => {
  test('a deletion names the author and keeps how the message began; a mute names the person and how long', () => {
    expect(
      readModerationDetail('delete', { messageId: '1732-0', userId: 'u_1', userName: 'Ada Wong', excerpt: 'Buy cheap <b>now</b>' }),
    ).toEqual({
      kind: 'delete',
      messageId: '1732-0',
      userId: 'u_1',
      user: 'Ada Wong',
      excerpt: 'Buy cheap <b>now</b>',
    });
    expect(readModerationDetail('mute', { userId: 'u_1', userName: 'Ada Wong', minutes: 30 })).toEqual({
      kind: 'mute',
      userId: 'u_1',
      user: 'Ada Wong',
      minutes: 30,
    });
  });

  test('a person whose name is unknown is shown by id; a deletion logged without author or excerpt still reads as one', () => {
    expect(readModerationDetail('mute', { userId: 'u_2', userName: '', minutes: 5 })).toMatchObject({ kind: 'mute', user: 'u_2' });
    expect(readModerationDetail('delete', { messageId: '1732-0' })).toEqual({
      kind: 'delete',
      messageId: '1732-0',
      userId: '',
      user: '',
      excerpt: '',
    });
  });

  test('a detail of an unexpected shape is shown as it was logged, never dropped', () => {
    expect(readModerationDetail('mute', { userId: 'u_1' })).toEqual({ kind: 'other', text: '{"userId":"u_1"}' });
    expect(readModerationDetail('ban', 'spam')).toEqual({ kind: 'other', text: '"spam"' });
    expect(readModerationDetail('delete', null)).toEqual({ kind: 'other', text: '' });
  });

  test('booth, live session and negotiation rooms link to their pages', () => {
    expect(roomRef('booth:b-s12')).toEqual({ kind: 'booth', id: 'b-s12', href: '/booth/b-s12' });
    expect(roomRef('negotiation:ng_x')).toEqual({ kind: 'negotiation', id: 'ng_x', href: '/negotiations/ng_x' });
    expect(roomRef('session:s1')).toEqual({ kind: 'session', id: 's1', href: '/sessions/s1' });
    expect(roomRef('lobby')).toEqual({ kind: 'other', id: 'lobby', href: null });
  });

  test('each booth whose room is in the log is named once', () => {
    expect(boothIdsIn(['booth:b1', 'session:s1', 'booth:b2', 'booth:b1', 'lobby'])).toEqual(['b1', 'b2']);
  });
});
