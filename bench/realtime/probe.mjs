// A measuring probe inside a server under test, driven over the fork IPC channel by
// bench/realtime.bench.mjs. Loaded into Pavilion with `node --expose-gc --import <this> server/dist/main.js`
// (so the server's own code stays untouched) and imported by bench/bare-server.mjs.
//   heap  → full GC (twice), then process.memoryUsage()
//   mark  → starts a CPU / event-loop-delay window;  since → CPU % and loop delay since the mark
//   profileStart / profileStop {file} → V8 CPU profile of the window, written as .cpuprofile
//   snapshot {file} → a heap snapshot after a full GC (for finding what a socket costs)
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeHeapSnapshot } from 'node:v8';
import { startProfile, stopProfile } from './profiler.mjs';

if (typeof process.send === 'function') {
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  let markCpu = process.cpuUsage();
  let markAt = performance.now();

  const fullGc = async () => {
    if (typeof globalThis.gc !== 'function') return false;
    globalThis.gc();
    // Let finalizers and weak callbacks run, then collect what they released.
    await new Promise((r) => setTimeout(r, 200));
    globalThis.gc();
    return true;
  };

  const commands = {
    heap: async () => ({ gc: await fullGc(), ...process.memoryUsage() }),
    mark: () => {
      loopDelay.reset();
      markCpu = process.cpuUsage();
      markAt = performance.now();
      return {};
    },
    since: () => {
      const cpu = process.cpuUsage(markCpu);
      const wallMs = performance.now() - markAt;
      return {
        wallMs,
        cpuPercent: ((cpu.user + cpu.system) / 1000 / wallMs) * 100,
        loopDelayP50Ms: loopDelay.percentile(50) / 1e6,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        loopDelayMaxMs: loopDelay.max / 1e6,
      };
    },
    profileStart: async () => {
      await startProfile();
      return {};
    },
    profileStop: async ({ file }) => ({ file: await stopProfile(file) }),
    snapshot: async ({ file }) => {
      await fullGc();
      return { file: writeHeapSnapshot(file) };
    },
  };

  process.on('message', async (msg) => {
    if (!msg || typeof msg !== 'object' || msg.probe === undefined) return;
    try {
      const result = await commands[msg.cmd](msg.args ?? {});
      process.send({ probeReply: msg.probe, ok: true, result });
    } catch (err) {
      process.send({ probeReply: msg.probe, ok: false, error: String(err?.stack ?? err) });
    }
  });
  // The benchmark went away: so do we (graceful first, through the server's own SIGTERM handler).
  process.on('disconnect', () => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.exit(1), 12_000).unref();
  });
  // The IPC channel must not by itself keep a server alive that wants to exit.
  process.channel?.unref?.();
}
