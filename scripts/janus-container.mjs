// The compose `janus` service: writes the same Janus config `npm start` generates (VideoRoom + WebSocket only,
// signed tokens and admin key = JANUS_ADMIN_SECRET), listening on the container's network, then runs Janus.
//   JANUS_ADMIN_SECRET  required, ≥ 16 characters (the app nodes get the same value)
//   JANUS_RTP_PORTS     the UDP media range (default 20000-20199; publish the same range)
//   JANUS_REC_DIR       where recordings go (default /recordings, the volume the app nodes mount too)
//   JANUS_NAT_1_1       the public IP viewers reach the published range at; unset = the container's own address
//   JANUS_WS_PORT       the WebSocket API port on the private network (default 8188)
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib.mjs';

const { ensureJanus, writeJanusConfig } = await import(join(root, 'server/dist/sfu/localJanus.js'));
const secret = process.env.JANUS_ADMIN_SECRET;
if (!secret || secret.length < 16) {
  console.error('JANUS_ADMIN_SECRET (at least 16 characters) is required');
  process.exit(2);
}
const nat = process.env.JANUS_NAT_1_1 ?? '';
if (nat && !/^[0-9A-Fa-f.:]+(,[0-9A-Fa-f.:]+)*$/.test(nat)) {
  console.error('JANUS_NAT_1_1 must be an IP address (or a comma-separated list of them)');
  process.exit(2);
}
const { janus, libDir } = ensureJanus();
const dir = '/tmp/janus-config';
const config = writeJanusConfig({
  dir,
  libDir,
  wsPort: Number(process.env.JANUS_WS_PORT ?? 8188),
  wsIp: '0.0.0.0',
  adminSecret: secret,
  rtpPorts: process.env.JANUS_RTP_PORTS ?? '20000-20199',
  recordingsDir: process.env.JANUS_REC_DIR ?? '/recordings',
  nat1to1: nat || undefined,
});
const child = spawn(janus, ['-C', config, '-F', dir, '-o'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
