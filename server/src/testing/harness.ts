import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AckAnswer, ClientToServerEvents, ServerToClientEvents } from '@pavilion/shared';
import { type Logger, pino } from 'pino';
import { io as ioClient, type Socket } from 'socket.io-client';
import { type Application, createApplication } from '../app.js';
import type { ScryptCost } from '../features/auth/password.js';
import { LocalFileStore } from '../files/fileStore.js';
import type { TrustProxySetting } from '../http/clientAddress.js';
import { closeRedis, connectRedis, type Redis } from '../redis/client.js';
import { type LocalRedis, startLocalRedis } from '../redis/localRedis.js';
import { JanusPool } from '../sfu/janusPool.js';
import { type LocalJanus, startLocalJanus } from '../sfu/localJanus.js';

/** Starts a server in a fresh temporary directory (`prefix` and a random tail); stopping it removes the directory. */
async function inTempDir<T extends { stop(): Promise<void> }>(
  prefix: string,
  start: (dir: string) => Promise<T>,
): Promise<T & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const server = await start(dir);
  const stop = server.stop;
  return Object.assign(server, {
    dir,
    stop: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  });
}

/** A throwaway redis-server for one test file: its own port, nothing on disk. */
export function startTestRedis(): Promise<LocalRedis & { dir: string }> {
  return inTempDir('pavilion-test-redis-', (dir) => startLocalRedis({ dir, persistent: false }));
}

/** The cheap scrypt cost test nodes hash with unless told otherwise (production uses 2^17). */
export const TEST_PASSWORD_COST: ScryptCost = { N: 2 ** 14, r: 8, p: 1 };

/** A node of the real application on 127.0.0.1 and a free port. */
export interface TestNode {
  app: Application;
  url: string;
  close(): Promise<void>;
}

/** How a test node is configured; every limit is off unless given. */
export interface TestNodeOptions {
  registerPerHour?: number;
  loginPerIpPer5Min?: number;
  freeLoginFailures?: number;
  maxLoginDelayS?: number;
  clientDist?: string;
  socketsPerIp?: number;
  searchPerIpPerMin?: number;
  recommendationsPerUserPerMin?: number;
  trustProxy?: TrustProxySetting;
  allowedOrigins?: string[];
  metricsToken?: string;
  /** Where the node logs (silent by default). */
  logger?: Logger;
  offersPerNegotiationPerHour?: number;
  offersPerUserPerMinute?: number;
  /** Bid attempts per bidder per auction per 10 s (default unlimited). */
  bidAttemptsPer10s?: number;
  /** Unanswered questions per user per session, and questions per user per minute (default unlimited). */
  openQuestionsPerUser?: number;
  questionsPerMinute?: number;
  passwordCost?: ScryptCost;
  /** Above this many visitors around a cell, its neighbours' moves come at the reduced rate. */
  presenceFullRateNeighbours?: number;
  /** Janus servers for live video (none: peer to peer). */
  janus?: JanusPool | null;
  /** The file store's directory (nodes of one test cluster share one); a fresh temporary one if not given. */
  filesDir?: string;
}

/**
 * A throwaway Janus for one test file (its own config, secret, port and recordings folder), started like
 * `npm start` starts one. It fails — never skips — when Janus cannot be had: the SFU tests must run.
 */
export function startTestJanus(): Promise<LocalJanus & { dir: string }> {
  return inTempDir('pavilion-test-janus-', (dir) => startLocalJanus({ dir, rtpPorts: '21000-21999' }));
}

/** Starts one application node against a Redis URL (limits off unless given). */
export async function startTestNode(redisUrl: string, opts: TestNodeOptions = {}): Promise<TestNode> {
  const ownFilesDir = opts.filesDir ? null : mkdtempSync(join(tmpdir(), 'pavilion-test-files-'));
  const app = await createApplication({
    redisUrl,
    files: await LocalFileStore.open(opts.filesDir ?? (ownFilesDir as string)),
    logger: opts.logger ?? pino({ level: 'silent' }),
    authLimits: {
      registerPerHour: opts.registerPerHour ?? 0,
      loginPerIpPer5Min: opts.loginPerIpPer5Min ?? 0,
      freeFailuresPerAccountAndIp: opts.freeLoginFailures ?? 0,
      maxFailureDelayS: opts.maxLoginDelayS ?? 900,
    },
    // Test suites register hundreds of accounts: production's cost would make them crawl.
    passwordCost: opts.passwordCost ?? TEST_PASSWORD_COST,
    clientDist: opts.clientDist,
    socketsPerIp: opts.socketsPerIp ?? 0,
    searchPerIpPerMin: opts.searchPerIpPerMin ?? 0,
    recommendationsPerUserPerMin: opts.recommendationsPerUserPerMin ?? 0,
    trustProxy: opts.trustProxy,
    allowedOrigins: opts.allowedOrigins,
    metricsToken: opts.metricsToken,
    negotiationLimits: {
      offersPerNegotiationPerHour: opts.offersPerNegotiationPerHour ?? 0,
      offersPerUserPerMinute: opts.offersPerUserPerMinute ?? 0,
    },
    bidLimits: { attemptsPerWindow: opts.bidAttemptsPer10s ?? 0, windowMs: 10_000 },
    questionLimits: { openPerUser: opts.openQuestionsPerUser ?? 0, perMinute: opts.questionsPerMinute ?? 0 },
    presence: { fullRateNeighbours: opts.presenceFullRateNeighbours },
    janus: opts.janus ?? null,
  });
  const port = await app.listen(0);
  const close = async () => {
    await app.close();
    await opts.janus?.close();
    if (ownFilesDir) rmSync(ownFilesDir, { recursive: true, force: true });
  };
  return { app, url: `http://127.0.0.1:${port}`, close };
}

/** Runs `body` against a throwaway Redis and one node on it, both closed afterwards whether `body` passes or fails. */
export async function withTestNode<T>(opts: TestNodeOptions, body: (node: TestNode, redis: LocalRedis) => Promise<T>): Promise<T> {
  const redis = await startTestRedis();
  try {
    const node = await startTestNode(redis.url, opts);
    try {
      return await body(node, redis);
    } finally {
      await node.close();
    }
  } finally {
    await redis.stop();
  }
}

/** A route of a node's Express app: its method and its full path as registered (`GET /api/deals/:id`). */
export interface AppRoute {
  method: string;
  path: string;
  /** Whether a request path (without its query) would be taken by this route. */
  matches(path: string): boolean;
}

/** What `appRoutes` reads of Express's router stack. */
interface RouterLayer {
  rawPath?: unknown;
  route?: { path: string | RegExp; methods: Record<string, boolean> };
  handle: { stack?: RouterLayer[] };
}

/**
 * Every route of a node's Express app, read from its router stack in the order Express tries them, routers
 * mounted with `use` included under their mount path. A mount this cannot read fails, rather than hiding routes.
 */
export function appRoutes(app: Application['httpApp']): AppRoute[] {
  const found: AppRoute[] = [];
  const walk = (stack: RouterLayer[], prefix: string) => {
    for (const layer of stack) {
      if (layer.route) {
        const { path, methods } = layer.route;
        const matches =
          typeof path === 'string'
            ? segmentMatcher(prefix + path)
            : (p: string) => p.startsWith(prefix) && path.test(p.slice(prefix.length) || '/');
        for (const [method, on] of Object.entries(methods)) {
          if (on && method !== '_all') found.push({ method: method.toUpperCase(), path: prefix + String(path), matches });
        }
      } else if (layer.handle.stack) {
        if (typeof layer.rawPath !== 'string')
          throw new Error(`a router is mounted at ${String(layer.rawPath)}, which appRoutes cannot read`);
        walk(layer.handle.stack, layer.rawPath === '/' ? prefix : prefix + layer.rawPath);
      }
    }
  };
  walk((app as unknown as { router: { stack: RouterLayer[] } }).router.stack, '');
  return found;
}

/** Matches a request path against a route path of plain segments and `:params` (one non-empty segment each). */
function segmentMatcher(route: string): (path: string) => boolean {
  const want = route.split('/');
  return (path) => {
    const got = path.replace(/\/+$/, '').split('/');
    if (route === '/') return path === '/';
    return got.length === want.length && want.every((w, i) => (w.startsWith(':') ? (got[i] ?? '') !== '' : w === got[i]));
  };
}

/**
 * Runs `body` against a throwaway Redis and `count` nodes on it (sharing one file store), all closed afterwards
 * whether `body` passes or fails: for one test of a rule that must hold across nodes, with options of its own.
 */
export async function withTestNodes<T>(
  count: number,
  opts: TestNodeOptions,
  body: (nodes: TestNode[], redis: LocalRedis) => Promise<T>,
): Promise<T> {
  const redis = await startTestRedis();
  const filesDir = opts.filesDir ?? mkdtempSync(join(tmpdir(), 'pavilion-test-files-'));
  const nodes: TestNode[] = [];
  try {
    for (let i = 0; i < count; i++) nodes.push(await startTestNode(redis.url, { ...opts, filesDir }));
    return await body(nodes, redis);
  } finally {
    for (const node of nodes) await node.close();
    await redis.stop();
    if (!opts.filesDir) rmSync(filesDir, { recursive: true, force: true });
  }
}

/** A JSON answer from the API. */
export interface ApiAnswer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the API with JSON (or a raw string body) and an optional bearer token. */
export async function api<T = any>(
  base: string,
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | undefined;
  if (opts.raw !== undefined) {
    body = opts.raw;
    headers['content-type'] ??= 'application/json';
  } else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(`${base}${path}`, { method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body: parsed as T, headers: res.headers };
}

let counter = 0;
/** Registers a fresh account and returns its token and user. */
export async function registerUser(
  base: string,
  kind: 'visitor' | 'exhibitor',
  overrides: Record<string, unknown> = {},
): Promise<{ token: string; user: any; email: string; password: string }> {
  counter += 1;
  const email = `${kind}-${Date.now()}-${counter}@test.pavilion`;
  const password = 'correct horse battery';
  const body: Record<string, unknown> = { email, password, displayName: `${kind} ${counter}`, role: kind, ...overrides };
  if (kind === 'exhibitor' && !('organization' in overrides)) {
    body.organization = { name: `Test Org ${counter}`, kind: 'enterprise', region: 'GD', country: 'CN' };
  }
  const res = await api(base, 'POST', '/api/auth/register', { body });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.token, user: res.body.user, email, password };
}

/** Registers a fresh exhibitor and opens its booth in `hallId`; the booth's id comes back with the account. */
export async function registerExhibitorWithBooth(
  base: string,
  hallId: string,
  boothName: string,
): Promise<{ token: string; user: any; email: string; password: string; boothId: string }> {
  const exhibitor = await registerUser(base, 'exhibitor');
  const res = await api(base, 'POST', '/api/booths', { token: exhibitor.token, body: { hallId, name: boothName } });
  if (res.status !== 201) throw new Error(`booth failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { ...exhibitor, boothId: res.body.booth.id };
}

/**
 * Makes sure the organizer's account `email` exists (through `node`'s services, as `npm start` does from its settings)
 * and signs it in on `on`: its token and user.
 */
export async function signInOrganizer(
  node: TestNode,
  on: TestNode = node,
  email = 'organizer@test.pavilion',
): Promise<{ token: string; user: any }> {
  const password = 'organizer-password';
  await node.app.services.auth.ensureOrganizer(email, password);
  const res = await api(on.url, 'POST', '/api/auth/login', { body: { email, password } });
  if (res.status !== 200) throw new Error(`organizer login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** An amount of yuan (in fen) as the API takes money. */
export const cny = (amount: number) => ({ amount, currency: 'CNY' });

/** Lists an exhibit in a booth as its exhibitor; fields not given are a Chinese patent for assignment at 10,000 yuan. */
export async function createExhibit(
  base: string,
  token: string,
  fields: { boothId: string; title: string; registrationNumber: string } & Record<string, unknown>,
): Promise<any> {
  const body = {
    type: 'patent',
    jurisdiction: 'CN',
    askingPrice: cny(1_000_000),
    tradeModes: ['assignment'],
    ...fields,
  };
  const res = await api(base, 'POST', '/api/exhibits', { token, body });
  if (res.status !== 201) throw new Error(`exhibit failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.exhibit;
}

/** A fresh exhibitor with a booth in `hallId` and one exhibit in it (`fields` as for `createExhibit`, without the booth). */
export async function exhibitorWithExhibit(
  base: string,
  hallId: string,
  boothName: string,
  fields: { title: string; registrationNumber: string } & Record<string, unknown>,
): Promise<{ token: string; user: any; email: string; password: string; boothId: string; exhibit: any }> {
  const exhibitor = await registerExhibitorWithBooth(base, hallId, boothName);
  return { ...exhibitor, exhibit: await createExhibit(base, exhibitor.token, { boothId: exhibitor.boothId, ...fields }) };
}

/** A typed socket.io client. */
export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects a websocket-only client (with `headers` on its handshake, e.g. a cookie), resolved once connected. */
export function connectSocket(base: string, token?: string, headers?: Record<string, string>): Promise<TestSocket> {
  const socket: TestSocket = ioClient(base, {
    transports: ['websocket'],
    auth: token ? { token } : {},
    extraHeaders: headers,
    reconnection: false,
    forceNew: true,
  });
  return new Promise((res, rej) => {
    socket.once('connect', () => res(socket));
    socket.once('connect_error', (err) => rej(err));
  });
}

/** Emits an event and resolves with its ack. */
export function emitAck<T extends object = any>(socket: TestSocket, event: string, payload: unknown): Promise<AckAnswer<T>> {
  return new Promise((res, rej) => {
    const timer = setTimeout(() => rej(new Error(`no ack for ${event}`)), 5000);
    (socket.emit as (...a: unknown[]) => void)(event, payload, (answer: AckAnswer<T>) => {
      clearTimeout(timer);
      res(answer);
    });
  });
}

/** Emits an event and resolves with its accepted answer; a refusal fails the test with the server's code and message. */
export async function emitOk<T = any>(socket: TestSocket, event: string, payload: unknown): Promise<T> {
  const ack = await emitAck<T & object>(socket, event, payload);
  if (!ack.ok) throw new Error(`${event} failed: ${ack.error.code} ${ack.error.message}`);
  return ack as unknown as T;
}

/** Resolves with the next payload of a server event that satisfies `match` (rejects after a timeout). */
export function nextEvent<T = any>(socket: TestSocket, event: string, match: (p: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
  const s = socket as unknown as { on: (e: string, f: (p: T) => void) => void; off: (e: string, f: (p: T) => void) => void };
  return new Promise((res, rej) => {
    const listener = (p: T) => {
      if (!match(p)) return;
      clearTimeout(timer);
      s.off(event, listener);
      res(p);
    };
    const timer = setTimeout(() => {
      s.off(event, listener);
      rej(new Error(`no matching ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    s.on(event, listener);
  });
}

/** A throwaway Redis, application nodes on it and the sockets opened to them, for one test file. */
export interface TestCluster {
  /**
   * The nodes, in start order. They are handles made before the nodes start, so they can be destructured in the
   * describe body (`const { nodes: [a, b] } = useTestCluster({ nodes: 2 })`) and used inside tests and hooks.
   */
  readonly nodes: readonly TestNode[];
  /** The first node: the only one of a one-node cluster. */
  readonly node: TestNode;
  /** The URL of the cluster's Redis, for a test that starts (and closes) a node of its own on it. */
  readonly redisUrl: string;
  /** The cluster's Janus (`sfu: true`), for tests that call it directly. */
  readonly janus: LocalJanus;
  /** The file store directory every node of the cluster shares. */
  readonly filesDir: string;
  /** Connects a socket to `node` (as the user of `token`, or a guest); it is disconnected after the file. */
  connect(node: TestNode, token?: string, headers?: Record<string, string>): Promise<TestSocket>;
  /** Registers a fresh account on `node` and connects a socket for it there. */
  userWithSocket(
    node: TestNode,
    kind?: 'visitor' | 'exhibitor',
  ): Promise<{ token: string; user: any; email: string; password: string; socket: TestSocket }>;
}

/**
 * Starts a Redis and `nodes` application nodes on it (all with `nodeOptions`) before the file's tests, and after
 * them disconnects every socket the cluster opened, closes the nodes and stops the Redis; call in the describe body.
 */
export function useTestCluster({
  nodes: count = 1,
  sfu = false,
  ...nodeOptions
}: { nodes?: number; sfu?: boolean } & TestNodeOptions = {}): TestCluster {
  let redis: LocalRedis | undefined;
  let janus: (LocalJanus & { dir: string }) | undefined;
  let filesDir: string | undefined;
  const started: TestNode[] = [];
  const sockets: TestSocket[] = [];
  const running = (i: number): TestNode => {
    const node = started[i];
    if (!node) throw new Error('the test cluster is used outside its tests (its nodes start in beforeAll)');
    return node;
  };
  const nodes = Array.from(
    { length: count },
    (_, i): TestNode => ({
      get app() {
        return running(i).app;
      },
      get url() {
        return running(i).url;
      },
      close: () => running(i).close(),
    }),
  );
  beforeAll(async () => {
    redis = await startTestRedis();
    if (sfu) janus = await startTestJanus();
    filesDir = nodeOptions.filesDir ?? mkdtempSync(join(tmpdir(), 'pavilion-test-files-'));
    for (let i = 0; i < count; i++) {
      const pool = janus
        ? new JanusPool([janus.url], janus.adminSecret, pino({ level: 'silent' }), {
            janusDir: janus.recordingsDir,
            localDir: janus.recordingsDir,
          })
        : null;
      started.push(await startTestNode(redis.url, { ...nodeOptions, filesDir, janus: pool }));
    }
  });
  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    for (const node of started) await node.close();
    await janus?.stop();
    await redis?.stop();
    if (filesDir && !nodeOptions.filesDir) rmSync(filesDir, { recursive: true, force: true });
  });
  const connect = async (node: TestNode, token?: string, headers?: Record<string, string>) => {
    const socket = await connectSocket(node.url, token, headers);
    sockets.push(socket);
    return socket;
  };
  return {
    nodes,
    node: nodes[0] as TestNode,
    get redisUrl() {
      if (!redis) throw new Error('the test cluster is used outside its tests (its Redis starts in beforeAll)');
      return redis.url;
    },
    get janus() {
      if (!janus) throw new Error('the test cluster has no Janus (useTestCluster({ sfu: true })) or is used outside its tests');
      return janus;
    },
    get filesDir() {
      if (!filesDir) throw new Error('the test cluster is used outside its tests (its file store opens in beforeAll)');
      return filesDir;
    },
    connect,
    userWithSocket: async (node, kind = 'visitor') => {
      const u = await registerUser(node.url, kind);
      return { ...u, socket: await connect(node, u.token) };
    },
  };
}

/** An exhibitor with a booth and a socket: a test file's seller (or booth staff). */
export type TestSeller = Awaited<ReturnType<typeof registerExhibitorWithBooth>> & { socket: TestSocket };

/**
 * Two nodes on one Redis (`nodeOptions` as for {@link useTestCluster}) and a seller: before the file's tests, an exhibitor
 * registered on the first node opens the booth `booth` in `hallId` and connects a socket to node `socketOn` (the second
 * unless told). `seller` is the same object throughout, filled in by then; call in the describe body.
 */
export function useSellerCluster(
  { hallId, booth, socketOn = 1 }: { hallId: string; booth: string; socketOn?: 0 | 1 },
  nodeOptions: TestNodeOptions = {},
): { cluster: TestCluster; a: TestNode; b: TestNode; seller: TestSeller } {
  const cluster = useTestCluster({ nodes: 2, ...nodeOptions });
  const [a, b] = cluster.nodes as [TestNode, TestNode];
  const seller = {} as TestSeller;
  beforeAll(async () => {
    const s = await registerExhibitorWithBooth(a.url, hallId, booth);
    Object.assign(seller, s, { socket: await cluster.connect(socketOn === 0 ? a : b, s.token) });
  });
  return { cluster, a, b, seller };
}

/** One Redis for a test file and plain clients of it (`client()` connects another), closed after it; call in the describe body. */
export function useTestRedisClients(): { client: () => Promise<Redis> } {
  let redis: LocalRedis | undefined;
  const clients: Redis[] = [];
  beforeAll(async () => {
    redis = await startTestRedis();
  });
  afterAll(async () => {
    await Promise.all(clients.map(closeRedis));
    await redis?.stop();
  });
  return {
    client: async () => {
      const c = await connectRedis({ url: (redis as LocalRedis).url });
      clients.push(c);
      return c;
    },
  };
}
