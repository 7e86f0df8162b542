import { CandidateQueue, type CandidateSink } from './candidateQueue';

/** A connection that, like a real one, refuses candidates without a remote description. */
function fakeSink(opts: { reject?: string } = {}) {
  const added: string[] = [];
  let remote = false;
  const sink: CandidateSink & { added: string[]; setRemote(): void } = {
    added,
    setRemote: () => {
      remote = true;
    },
    addIceCandidate: async (c) => {
      await Promise.resolve();
      if (!remote) throw new Error('no remote description');
      if (c.candidate === opts.reject) throw new Error('bad candidate');
      added.push(c.candidate ?? '');
    },
  };
  return sink;
}

const cand = (n: number): RTCIceCandidateInit => ({ candidate: `candidate:${n}`, sdpMid: '0', sdpMLineIndex: 0 });

test('candidates that arrive before the remote description wait, then go in in arrival order', async () => {
  const queue = new CandidateQueue();
  const sink = fakeSink();
  await queue.add(cand(1));
  await queue.add(cand(2));
  expect(sink.added).toEqual([]);
  expect(queue.waiting).toBe(2);
  sink.setRemote();
  await queue.open(sink);
  expect(sink.added).toEqual(['candidate:1', 'candidate:2']);
  expect(queue.waiting).toBe(0);
});

test('candidates after the remote description is set go straight in', async () => {
  const queue = new CandidateQueue();
  const sink = fakeSink();
  sink.setRemote();
  await queue.open(sink);
  await queue.add(cand(3));
  expect(sink.added).toEqual(['candidate:3']);
});

test('candidates arriving while the kept ones are added keep their place in line', async () => {
  const queue = new CandidateQueue();
  const sink = fakeSink();
  await queue.add(cand(1));
  await queue.add(cand(2));
  sink.setRemote();
  const opening = queue.open(sink);
  const late = queue.add(cand(3));
  await Promise.all([opening, late]);
  expect(sink.added).toEqual(['candidate:1', 'candidate:2', 'candidate:3']);
});

test('a candidate the connection refuses does not stop the ones after it', async () => {
  const queue = new CandidateQueue();
  const sink = fakeSink({ reject: 'candidate:1' });
  const quiet = console.debug;
  console.debug = () => {};
  await queue.add(cand(1));
  await queue.add(cand(2));
  sink.setRemote();
  await queue.open(sink);
  expect(sink.added).toEqual(['candidate:2']);
  console.debug = quiet;
});

test('a cleared queue forgets what it kept (the connection was closed)', async () => {
  const queue = new CandidateQueue();
  const sink = fakeSink();
  await queue.add(cand(1));
  queue.clear();
  sink.setRemote();
  await queue.open(sink);
  expect(sink.added).toEqual([]);
});
