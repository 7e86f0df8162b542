import { climbToRoot, sha256Hex } from './merkleProof';

describe('climbing a Merkle proof in the browser', () => {
  test('sha256 of "abc" is the published test vector', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('a two-leaf tree: each record climbs to sha256(left + right); a changed record does not', async () => {
    const left = await sha256Hex('{"dealId":"d1"}');
    const right = await sha256Hex('{"dealId":"d2"}');
    const root = await sha256Hex(left + right);
    expect(await climbToRoot('{"dealId":"d1"}', [{ side: 'right', hash: right }])).toBe(root);
    expect(await climbToRoot('{"dealId":"d2"}', [{ side: 'left', hash: left }])).toBe(root);
    expect(await climbToRoot('{"dealId":"d3"}', [{ side: 'left', hash: left }])).not.toBe(root);
  });
});
