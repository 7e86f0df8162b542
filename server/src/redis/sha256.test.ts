import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { useTestRedisClients } from '../testing/harness.js';
import { LuaScript, SHA256_LUA } from './luaScript.js';

/** The library and a body that hashes ARGV[1]. */
const hashScript = new LuaScript(
  'sha256',
  `${readFileSync(new URL(SHA256_LUA.file, SHA256_LUA.base), 'utf8')}\nreturn sha256_hex(ARGV[1])`,
);

describe('SHA-256 in Redis Lua', () => {
  const { client } = useTestRedisClients();

  test('sha256_hex agrees with Node’s SHA-256 on the FIPS examples, every padding boundary and multi-byte text', async () => {
    const redis = await client();
    const messages = [
      '',
      'abc',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmjklmnklmnomnopnopq',
      // Every length around one and two blocks (55/56 bytes is where the length spills into a second block).
      ...Array.from({ length: 140 }, (_, n) => 'x'.repeat(n)),
      'Claims 1–12 · 主辦方 · 🙂',
      randomBytes(600).toString('base64'),
      `0${'f'.repeat(63)}{"at":1700000000000,"by":"u_abc","payload":{"offerId":"off_1"},"seq":2,"type":"offer"}`,
    ];
    const got = await Promise.all(messages.map(async (m) => [m.length, await hashScript.run(redis, [], [m])]));
    expect(got).toEqual(messages.map((m) => [m.length, createHash('sha256').update(m, 'utf8').digest('hex')]));
  });
});
