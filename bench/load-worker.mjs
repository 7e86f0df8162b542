// The load generator of `timedGets`, in a worker thread: the clients' fetches, parsing and timing run on their own
// event loop, so the node under test (in the bench's main thread) is charged only its own work.
import { parentPort, workerData } from 'node:worker_threads';

const { urls, concurrency, headers } = workerData;
const lat = [];
let next = 0;
let errors = 0;
let notModified = 0;
const client = async () => {
  while (next < urls.length) {
    const url = urls[next];
    next += 1;
    const t = performance.now();
    try {
      const res = await fetch(url, { headers });
      await res.arrayBuffer();
      if (res.status === 304) notModified += 1;
      else if (!res.ok) errors += 1;
    } catch {
      errors += 1;
    }
    lat.push(performance.now() - t);
  }
};
const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, client));
parentPort.postMessage({ lat, seconds: (performance.now() - t0) / 1000, errors, notModified });
