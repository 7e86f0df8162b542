import { createHmac } from 'node:crypto';
import { loadConfig } from '../config.js';
import { iceServersFor, turnCredential } from './iceServers.js';

describe('TURN credentials (coturn use-auth-secret)', () => {
  test('the credential is base64(HMAC-SHA1(secret, "<expiry>:<user>")): a known vector', () => {
    // Computed outside the code under test: printf '1767225600:u_alice' | openssl dgst -sha1 -hmac north-hall-turn-secret -binary | base64
    expect(turnCredential('north-hall-turn-secret', 'u_alice', 1_767_225_600)).toEqual({
      username: '1767225600:u_alice',
      credential: '9l06hje49UgQSsQuy03kKMziedg=',
    });
  });

  test('the credential matches node:crypto’s HMAC-SHA1 of the username for any user and expiry', () => {
    for (const [secret, user, exp] of [
      ['s3cret-s3cret-s3cret', 'u_9f8e7d', 1_800_000_000],
      ['another secret with spaces', 'guest-AbC_dEf-123', 1_700_000_123],
    ] as const) {
      const { username, credential } = turnCredential(secret, user, exp);
      expect(username).toBe(`${exp}:${user}`);
      expect(credential).toBe(createHmac('sha1', secret).update(`${exp}:${user}`).digest('base64'));
    }
  });

  test('a user part cannot carry a second ":" into the username', () => {
    expect(turnCredential('s3cret-s3cret-s3cret', 'a:b', 100).username).toBe('100:a_b');
  });

  test('each participant gets the TURN URLs with a credential of its own expiring ttl seconds after the join; STUN is kept', () => {
    let now = 1_767_225_600_500;
    const forUser = iceServersFor(
      ['stun:stun.example.org:3478'],
      { urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'], secret: 'north-hall-turn-secret', ttlS: 3600 },
      () => now,
    );
    const alice = forUser('u_alice');
    expect(alice).toEqual([
      { urls: ['stun:stun.example.org:3478'] },
      {
        urls: ['turn:turn.example.org:3478?transport=udp', 'turns:turn.example.org:5349'],
        username: '1767229200:u_alice',
        credential: createHmac('sha1', 'north-hall-turn-secret').update('1767229200:u_alice').digest('base64'),
      },
    ]);
    now += 60_000;
    expect(forUser('u_alice')[1]?.username).toBe('1767229260:u_alice');
    expect(forUser('u_bob')[1]?.username).toBe('1767229260:u_bob');
  });

  test('without TURN only the STUN URLs are handed out, without credentials', () => {
    expect(iceServersFor(['stun:a.example:3478'], null)('u_alice')).toEqual([{ urls: ['stun:a.example:3478'] }]);
    expect(iceServersFor([], null)('u_alice')).toEqual([]);
  });

  test('TURN_URLS needs TURN_SECRET; TURN_TTL_S defaults to an hour; URLs must be turn: or turns:', () => {
    expect(() => loadConfig({ TURN_URLS: 'turn:t.example:3478' })).toThrow(/TURN_SECRET/);
    const c = loadConfig({ TURN_URLS: 'turn:t.example:3478, turns:t.example:5349', TURN_SECRET: 'sixteen-chars-min' });
    expect(c.TURN_URLS).toEqual(['turn:t.example:3478', 'turns:t.example:5349']);
    expect(c.TURN_TTL_S).toBe(3600);
    expect(() => loadConfig({ TURN_URLS: 'stun:t.example:3478', TURN_SECRET: 'sixteen-chars-min' })).toThrow(/TURN_URLS/);
    expect(() => loadConfig({ TURN_URLS: 'turn:t.example:3478', TURN_SECRET: 'short' })).toThrow(/TURN_SECRET/);
    expect(() => loadConfig({ TURN_TTL_S: '10' })).toThrow(/TURN_TTL_S/);
  });
});
