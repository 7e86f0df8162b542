import type { Logger } from 'pino';
import type { Redis } from '../redis/client.js';
import { LuaScript } from '../redis/luaScript.js';

const touchScript = LuaScript.fromFile('./rosterTouch.lua', import.meta.url);
const sweepScript = LuaScript.fromFile('./rosterSweep.lua', import.meta.url);

/** How long a member outlives its node: every node refreshes its members, and anyone sweeps the stale ones. */
export const ROSTER = {
  /** Each node refreshes its members in Redis this often; members not refreshed for `expireMs` are removed. */
  refreshMs: 1_000,
  expireMs: 5_000,
  sweepMs: 1_000,
} as const;

/** Where one roster keeps its members, and how it tells its owner that a dead node's members expired. */
export interface RosterSpec<T> {
  /** Names the roster in logs. */
  name: string;
  /** The hash of a scope's members on every node (member → stored value). */
  entries: (scope: string) => string;
  /** The zset of when each member was last refreshed (Redis clock). */
  seen: (scope: string) => string;
  /**
   * Which scopes the sweeper looks at: `activeSet`, a set the roster keeps of the scopes with members;
   * or `allScopes`, a list the owner already has (every hall).
   */
  sweeps: { activeSet: string } | { allScopes: () => Promise<string[]> };
  /** The value stored for a member (read back by `stored`). */
  store: (value: T) => string;
  /** Members whose node stopped refreshing them were removed (exactly one node hears of each). */
  onExpired: (scope: string, gone: string[]) => Promise<void> | void;
}

/**
 * Who is here, on which node, until when: the one liveness mechanism behind hall presence, booth
 * occupants and session viewers. Each node keeps its own members (with any local value) and refreshes
 * them in Redis; any node sweeps the members a dead node left behind, once, in a script.
 */
export class Roster<T> {
  /** scope → member → this node's value. */
  private readonly local = new Map<string, Map<string, T>>();
  /** scope → members whose value changed since the last refresh. */
  private readonly dirty = new Map<string, Set<string>>();
  private readonly timers: NodeJS.Timeout[] = [];
  /** Set by stop(): a sweep still in flight then announces nothing (the Redis clients are closing). */
  private stopped = false;

  constructor(
    private readonly redis: Redis,
    private readonly logger: Logger,
    private readonly spec: RosterSpec<T>,
  ) {
    const every = (ms: number, f: () => Promise<void>) => {
      const t = setInterval(() => f().catch((err: Error) => this.logger.debug({ err: err.message }, `${spec.name} tick failed`)), ms);
      t.unref();
      this.timers.push(t);
    };
    every(ROSTER.refreshMs, () => this.refresh());
    every(ROSTER.sweepMs, () => this.sweep());
  }

  /** Adds (or replaces) a member on this node and stores it; true when it was not a member here yet. */
  async track(scope: string, member: string, value: T): Promise<boolean> {
    let mine = this.local.get(scope);
    if (!mine) {
      mine = new Map();
      this.local.set(scope, mine);
    }
    const added = !mine.has(member);
    mine.set(member, value);
    this.dirty.get(scope)?.delete(member);
    await Promise.all([
      touchScript.run(this.redis, [this.spec.entries(scope), this.spec.seen(scope)], [member, '--', member, this.spec.store(value)]),
      'activeSet' in this.spec.sweeps ? this.redis.sAdd(this.spec.sweeps.activeSet, scope) : null,
    ]);
    return added;
  }

  /** The member's value changed: it is stored again at the next refresh. */
  changed(scope: string, member: string): void {
    if (!this.local.get(scope)?.has(member)) return;
    let set = this.dirty.get(scope);
    if (!set) {
      set = new Set();
      this.dirty.set(scope, set);
    }
    set.add(member);
  }

  /** Removes a member of this node; its value, or undefined when it was not one. */
  async untrack(scope: string, member: string): Promise<T | undefined> {
    const mine = this.local.get(scope);
    const value = mine?.get(member);
    if (!mine || value === undefined) return undefined;
    mine.delete(member);
    this.dirty.get(scope)?.delete(member);
    if (mine.size === 0) {
      this.local.delete(scope);
      this.dirty.delete(scope);
    }
    await Promise.all([this.redis.hDel(this.spec.entries(scope), member), this.redis.zRem(this.spec.seen(scope), member)]);
    return value;
  }

  /** This node's members of a scope. */
  members(scope: string): ReadonlyMap<string, T> {
    return this.local.get(scope) ?? new Map();
  }

  /** Whether the member is in the scope on this node. */
  has(scope: string, member: string): boolean {
    return this.local.get(scope)?.has(member) ?? false;
  }

  /** The scopes a member is in on this node (for leaving all of them on disconnect). */
  scopesOf(member: string): string[] {
    return [...this.local].filter(([, m]) => m.has(member)).map(([scope]) => scope);
  }

  /** Members on every node. */
  async count(scope: string): Promise<number> {
    return this.redis.hLen(this.spec.entries(scope));
  }

  /** Whether the member is in the scope on any node. */
  async isMember(scope: string, member: string): Promise<boolean> {
    return Boolean(await this.redis.hExists(this.spec.entries(scope), member));
  }

  /** The stored values of every node's members. */
  async stored(scope: string): Promise<string[]> {
    return Object.values(await this.redis.hGetAll(this.spec.entries(scope)));
  }

  stop(): void {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
  }

  private async refresh(): Promise<void> {
    for (const [scope, mine] of this.local) {
      const changed: string[] = [];
      for (const member of this.dirty.get(scope) ?? []) {
        const value = mine.get(member);
        if (value !== undefined) changed.push(member, this.spec.store(value));
      }
      this.dirty.delete(scope);
      if ('activeSet' in this.spec.sweeps) await this.redis.sAdd(this.spec.sweeps.activeSet, scope);
      await touchScript.run(this.redis, [this.spec.entries(scope), this.spec.seen(scope)], [...mine.keys(), '--', ...changed]);
    }
  }

  // Every scope, not only those with members here: the members of a node that died may be anywhere.
  private async sweep(): Promise<void> {
    const sweeps = this.spec.sweeps;
    const scopes = 'activeSet' in sweeps ? await this.redis.sMembers(sweeps.activeSet) : await sweeps.allScopes();
    for (const scope of scopes) {
      const gone = (await sweepScript.run(this.redis, [this.spec.entries(scope), this.spec.seen(scope)], [ROSTER.expireMs])) as string[];
      if ('activeSet' in sweeps && (await this.count(scope)) === 0) await this.redis.sRem(sweeps.activeSet, scope);
      if (gone.length > 0 && !this.stopped) await this.spec.onExpired(scope, gone);
    }
  }
}
