import { createHash } from 'node:crypto';
import { type AuditEntry, canonicalAfterAt, canonicalJson, chainHash, GENESIS_HASH, verifyChain } from './auditChain.js';

function chain(n: number): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const body = {
      seq: i,
      type: 'offer' as const,
      at: 1_700_000_000_000 + i,
      by: 'u1',
      payload: { price: { currency: 'CNY', amount: i * 100 } },
    };
    const hash = chainHash(prev, body);
    out.push({ ...body, hash, prevHash: prev });
    prev = hash;
  }
  return out;
}

describe('audit hash chain', () => {
  test('canonical JSON sorts keys at every level, so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[2,{"y":2,"z":1}]},"b":1}');
  });

  test('an entry stamped with its time by a script hashes as the documented chain hash', () => {
    const body = { seq: 3, type: 'offer' as const, at: 1_700_000_000_123, by: 'u_1', payload: { z: [1, { b: 2, a: 'é' }], a: null } };
    const { at, ...rest } = body;
    // What the script hashes: prevHash, then '{"at":' and its own time, then the rest the node wrote.
    const scripted = createHash('sha256')
      .update(`${'f'.repeat(64)}{"at":${at}${canonicalAfterAt(rest)}`)
      .digest('hex');
    expect(scripted).toBe(chainHash('f'.repeat(64), body));
  });

  test('an untouched chain verifies', () => {
    expect(verifyChain(chain(5))).toBe(true);
  });

  test('changing any entry, reordering or dropping one makes the chain invalid', () => {
    const edited = chain(5);
    (edited[2] as AuditEntry).payload = { price: { currency: 'CNY', amount: 1 } };
    expect(verifyChain(edited)).toBe(false);
    const swapped = chain(5);
    [swapped[1], swapped[2]] = [swapped[2] as AuditEntry, swapped[1] as AuditEntry];
    expect(verifyChain(swapped)).toBe(false);
    expect(verifyChain(chain(5).filter((e) => e.seq !== 3))).toBe(false);
  });
});
