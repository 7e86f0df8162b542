// The baseline for bench/realtime.bench.mjs: a plain Socket.IO 4 server (same version and engine
// options as Pavilion) that only rebroadcasts, with no validation, no rate limits, no batching and no
// interest management:
//   join { room }                  → joins one room (ack)
//   move { x, z, heading }         → `move { id, x, z, heading }` to everyone else in the socket's room
//   chat { room, text, clientMsgId } → `chat { message: { id, room, text, clientMsgId, at } }` to the room (ack)
// With REDIS_URL it joins its peers through @socket.io/redis-adapter (the two-node baseline).
// Reports itself on GET /heap (heap after a full GC when started with --expose-gc) and, when forked,
// through bench/realtime/probe.mjs. Listens on 127.0.0.1:PORT (0 = any free port) and prints
// `{"port":…}` on stdout when ready.
import { createServer } from 'node:http';
import { Server } from 'socket.io';
import './realtime/probe.mjs';

const port = Number(process.env.PORT ?? 0);
let messageSeq = 0;

const http = createServer(async (req, res) => {
  if (req.url === '/heap') {
    if (typeof globalThis.gc === 'function') globalThis.gc();
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ sockets: io.engine.clientsCount, ...process.memoryUsage() }));
  } else if (req.url === '/health') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ status: 'ok', sockets: io.engine.clientsCount }));
  } else {
    res.statusCode = 404;
    res.end();
  }
});

const io = new Server(http, { serveClient: false, maxHttpBufferSize: 16 * 1024, pingInterval: 10_000, pingTimeout: 8_000 });

const redisClients = [];
if (process.env.REDIS_URL) {
  const { createClient } = await import('redis');
  const { createAdapter } = await import('@socket.io/redis-adapter');
  const pub = createClient({ url: process.env.REDIS_URL });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  redisClients.push(pub, sub);
  io.adapter(createAdapter(pub, sub, { key: 'bare-bench' }));
}

io.on('connection', (socket) => {
  socket.on('join', (payload, ack) => {
    const room = String(payload?.room ?? '');
    socket.data.room = room;
    socket.join(room);
    if (typeof ack === 'function') ack({ ok: true, serverTime: Date.now() });
  });
  socket.on('move', (m) => {
    if (!socket.data.room || !m) return;
    socket.to(socket.data.room).emit('move', { id: socket.id, x: m.x, z: m.z, heading: m.heading });
  });
  socket.on('chat', (payload, ack) => {
    const at = Date.now();
    messageSeq += 1;
    const message = { id: `${at}-${messageSeq}`, room: payload.room, text: payload.text, clientMsgId: payload.clientMsgId, at };
    io.to(payload.room).emit('chat', { message });
    if (typeof ack === 'function') ack({ ok: true, serverTime: at, message });
  });
});

http.listen(port, '127.0.0.1', () => {
  const ready = { port: http.address().port };
  console.log(JSON.stringify(ready));
  process.send?.({ ready });
});

const shutdown = async () => {
  setTimeout(() => process.exit(0), 3_000).unref();
  io.close();
  await Promise.allSettled(redisClients.map((c) => c.quit()));
  process.exit(0);
};
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
