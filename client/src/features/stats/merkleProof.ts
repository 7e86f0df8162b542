import type { MerkleStep } from '@pavilion/shared';

/** SHA-256 of a UTF-8 string as lowercase hex, by the browser's own Web Crypto (never the server's word). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The root a record climbs to along its proof: leaf = sha256(record); a sibling on the left gives
 * sha256(sibling + node), one on the right sha256(node + sibling), over the hex strings.
 */
export async function climbToRoot(record: string, proof: readonly MerkleStep[]): Promise<string> {
  let node = await sha256Hex(record);
  for (const step of proof) node = await sha256Hex(step.side === 'left' ? step.hash + node : node + step.hash);
  return node;
}
