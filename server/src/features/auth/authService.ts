import { createHash, randomBytes } from 'node:crypto';
import type { Organization, RegisterBody, Role, User } from '@pavilion/shared';
import { AppError, fail } from '../../errors/appError.js';
import { AppEvents } from '../../events/appEvents.js';
import { newId } from '../../ids.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import { RateLimit } from '../../redis/rateLimiter.js';
import { DEFAULT_PASSWORD_COST, decoyHash, hashPassword, needsRehash, type ScryptCost, verifyPassword } from './password.js';

const registerScript = LuaScript.fromFile('./register.lua', import.meta.url);
const loginGateScript = LuaScript.fromFile('./loginGate.lua', import.meta.url);
const setPasswordScript = LuaScript.fromFile('./setPassword.lua', import.meta.url);

/** Session lifetime: 30 days. */
export const SESSION_TTL_S = 30 * 24 * 3600;

/** A signed-in principal as the server sees it. */
export interface Principal {
  id: string;
  displayName: string;
  role: Role;
  email: string;
  orgId: string | null;
}

/** Limits on account creation and login. */
export interface AuthLimits {
  /** Accounts one IP may create per hour (0 = unlimited). */
  registerPerHour: number;
  /** Login attempts one IP may make per 5 minutes (0 = unlimited). */
  loginPerIpPer5Min: number;
  /**
   * Sign-in attempts on one account from one address before each further one waits 2^(n - this)
   * seconds (0 = no delays). Counted per (account, address), so strangers elsewhere never lock the owner out.
   */
  freeFailuresPerAccountAndIp: number;
  /** The longest such wait, in seconds. */
  maxFailureDelayS: number;
}

/** How long a record of failed attempts outlives its last delay: quiet for this long and the count starts over. */
const FAILURE_MEMORY_MS = 15 * 60_000;

/** Which sessions just ended, for whoever holds their open connections (the composition root wires sockets). */
export type SessionRevocation =
  | { kind: 'session'; sessionTag: string; reason: 'logout' }
  | { kind: 'otherSessions'; userId: string; keepSessionTag: string | null; reason: 'password' };

/** Accounts, passwords and sessions. */
export class AuthService {
  private readonly registerLimit: RateLimit;
  private readonly loginIpLimit: RateLimit;

  /** `passwordCost` is scrypt's; lower than the default only for tests and throwaway demo data. */
  constructor(
    private readonly redis: Redis,
    private readonly limits: AuthLimits,
    private readonly passwordCost: ScryptCost = DEFAULT_PASSWORD_COST,
    /** Hears `sessionsRevoked` after sessions end. */
    private readonly events: AppEvents = new AppEvents(),
  ) {
    this.registerLimit = RateLimit.cluster(redis, 'register-ip', { points: limits.registerPerHour, durationMs: 3_600_000 });
    this.loginIpLimit = RateLimit.cluster(redis, 'login-ip', { points: limits.loginPerIpPer5Min, durationMs: 300_000 });
  }

  async register(body: RegisterBody, ip: string): Promise<{ user: User; token: string }> {
    await this.registerLimit.consume(ip);
    const passwordHash = await hashPassword(body.password, this.passwordCost);
    const user = await this.createAccount({
      email: body.email,
      displayName: body.displayName,
      role: body.role,
      passwordHash,
      shareContact: body.shareContact ?? false,
      organization: body.organization ? { id: newId('org'), ...body.organization, verified: false } : undefined,
    });
    const token = await this.createSession(user.id);
    return { user: await this.publicUser(user), token };
  }

  /** Writes one account (and its organization) atomically; CONFLICT when the email is taken. */
  async createAccount(a: {
    id?: string;
    email: string;
    displayName: string;
    role: Role;
    passwordHash: string;
    shareContact: boolean;
    organization?: { id: string; name: string; kind: string; region: string; country: string; verified: boolean };
  }): Promise<Principal> {
    const id = a.id ?? newId('u');
    const org = a.organization;
    await registerScript.run(
      this.redis,
      [keys.userByEmail(a.email), keys.user(id), keys.org(org?.id ?? '-'), keys.orgMembers(org?.id ?? '-'), keys.orgs, keys.organizers],
      [
        id,
        a.email,
        a.displayName,
        a.role,
        a.passwordHash,
        Date.now(),
        a.shareContact ? 1 : 0,
        org?.id ?? '',
        org?.name ?? '',
        org?.kind ?? '',
        org?.region ?? '',
        org?.country ?? '',
        org?.verified ? 1 : 0,
      ],
    );
    return { id, email: a.email, displayName: a.displayName, role: a.role, orgId: org?.id ?? null };
  }

  async login(email: string, password: string, ip: string): Promise<{ user: User; token: string }> {
    const userId = (await this.checkPassword(email, password, ip))?.userId;
    if (!userId) throw fail.unauthenticated('wrong email or password', 'wrongCredentials');
    const principal = await this.principal(userId);
    if (!principal) throw fail.unauthenticated('wrong email or password', 'wrongCredentials');
    return { user: await this.publicUser(principal), token: await this.createSession(userId) };
  }

  /**
   * Sets a new password for a signed-in user who knows the current one, and ends every other session
   * of theirs (the caller's stays). FORBIDDEN when the current password is wrong: the caller is
   * signed in, so this is not an authentication failure.
   */
  async changePassword(
    user: Principal,
    sessionToken: string | null,
    currentPassword: string,
    newPassword: string,
    ip: string,
  ): Promise<void> {
    const checked = await this.checkPassword(user.email, currentPassword, ip);
    if (checked?.userId !== user.id) throw fail.forbidden('the current password is wrong', 'wrongPassword');
    const next = await hashPassword(newPassword, this.passwordCost);
    const callerSession = sessionToken ? keys.session(tokenHash(sessionToken)) : keys.session('-');
    await setPasswordScript.run(this.redis, [keys.user(user.id), callerSession], [checked.storedHash, next, 1, user.id]);
    this.events.emit('sessionsRevoked', {
      kind: 'otherSessions',
      userId: user.id,
      keepSessionTag: sessionToken ? sessionTag(sessionToken) : null,
      reason: 'password',
    });
  }

  /**
   * The account and the hash now stored for it when the password is right, else null; RATE_LIMITED
   * when the address is over its sign-in limit or must still wait after failures on this account.
   * Re-hashes a password stored with less work than the service's cost.
   */
  private async checkPassword(email: string, password: string, ip: string): Promise<{ userId: string; storedHash: string } | null> {
    await this.loginIpLimit.consume(ip);
    const gateKey = keys.loginFailures(email, ip);
    if (this.limits.freeFailuresPerAccountAndIp > 0) {
      const [allowed, waitMs] = (await loginGateScript.run(
        this.redis,
        [gateKey],
        [this.limits.freeFailuresPerAccountAndIp, this.limits.maxFailureDelayS * 1000, FAILURE_MEMORY_MS],
      )) as [number, number];
      if (allowed !== 1) {
        throw new AppError(
          'RATE_LIMITED',
          `too many failed sign-ins for this account from this address; retry in ${Math.ceil(waitMs / 1000)} s`,
          { reason: 'failedSignIns', details: { retryAfterMs: waitMs } },
        );
      }
    }
    const userId = await this.redis.get(keys.userByEmail(email));
    const stored = userId ? await this.redis.hGet(keys.user(userId), 'passwordHash') : null;
    const ok = await verifyPassword(password, stored ?? (await decoyHash(this.passwordCost)));
    if (!userId || !stored || !ok) return null;
    await this.redis.del(gateKey);
    if (!needsRehash(stored, this.passwordCost)) return { userId, storedHash: stored };
    const upgraded = await hashPassword(password, this.passwordCost);
    try {
      await setPasswordScript.run(this.redis, [keys.user(userId), keys.user(userId)], [stored, upgraded, 0, userId]);
      return { userId, storedHash: upgraded };
    } catch {
      // A password changed meanwhile wins; the upgrade simply waits for the next sign-in.
      return { userId, storedHash: stored };
    }
  }

  /** Issues an opaque session token; Redis keeps only its SHA-256, so a leaked dump holds no live tokens. */
  async createSession(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    // The session carries the user's session generation: a password change moves it on and so ends it.
    const generation = (await this.redis.hGet(keys.user(userId), 'sessionGen')) ?? '0';
    await this.redis.set(keys.session(tokenHash(token)), `${userId} ${generation}`, { EX: SESSION_TTL_S });
    return token;
  }

  /** Ends one session (sign-out) and tells its open connections. */
  async revokeSession(token: string): Promise<void> {
    await this.redis.del(keys.session(tokenHash(token)));
    this.events.emit('sessionsRevoked', { kind: 'session', sessionTag: sessionTag(token), reason: 'logout' });
  }

  /** The principal behind a token, or null when it is unknown, expired or revoked. */
  async authenticate(token: string | undefined | null): Promise<Principal | null> {
    if (!token || token.length > 200) return null;
    const session = await this.redis.get(keys.session(tokenHash(token)));
    if (!session) return null;
    // Sessions issued before generations existed carry none: they belong to generation 0.
    const [userId = '', generation = '0'] = session.split(' ');
    return this.principal(userId, generation);
  }

  /** The account, or null; with `sessionGeneration`, null also when a password change has ended that generation. */
  async principal(userId: string, sessionGeneration?: string): Promise<Principal | null> {
    const u = await this.redis.hGetAll(keys.user(userId));
    if (!u.id) return null;
    if (sessionGeneration !== undefined && sessionGeneration !== (u.sessionGen ?? '0')) return null;
    return {
      id: u.id,
      displayName: u.displayName ?? '',
      role: (u.role ?? 'visitor') as Role,
      email: u.email ?? '',
      orgId: u.orgId || null,
    };
  }

  /** The user as clients see it (with the organization's name for exhibitors). */
  async publicUser(p: Principal): Promise<User> {
    const user: User = { id: p.id, displayName: p.displayName, role: p.role, email: p.email };
    if (p.orgId) {
      user.orgId = p.orgId;
      const [name, boothId] = await this.redis.hmGet(keys.org(p.orgId), ['name', 'boothId']);
      if (name) user.orgName = name;
      if (boothId) user.boothId = boothId;
    }
    return user;
  }

  async organization(orgId: string): Promise<Organization | null> {
    const o = await this.redis.hGetAll(keys.org(orgId));
    if (!o.id) return null;
    return toOrganization(o);
  }

  /**
   * Makes sure the organizer account exists. Returns the generated password when one had to be
   * made up (the caller shows it once), else null. Throws when the email belongs to someone who is
   * not the organizer: starting anyway would leave the expo without one, or hand that person the role.
   */
  async ensureOrganizer(email: string, password: string | undefined): Promise<string | null> {
    if (await this.assertOrganizerEmail(email)) return null;
    const generated = password ? null : randomBytes(9).toString('base64url');
    try {
      await this.createAccount({
        email,
        displayName: 'Expo Organizer',
        role: 'organizer',
        passwordHash: await hashPassword(password ?? (generated as string), this.passwordCost),
        shareContact: false,
      });
    } catch (err) {
      // Another node created it at the same moment (or someone registered the email just now).
      if (err instanceof AppError && err.code === 'CONFLICT' && (await this.assertOrganizerEmail(email))) return null;
      throw err;
    }
    return generated;
  }

  /** True when the email is the organizer's account, false when it is free; throws when anyone else has it. */
  private async assertOrganizerEmail(email: string): Promise<boolean> {
    const existing = await this.redis.get(keys.userByEmail(email));
    if (!existing) return false;
    const role = await this.redis.hGet(keys.user(existing), 'role');
    if (role === 'organizer') return true;
    throw new Error(
      `ORGANIZER_EMAIL ${email} belongs to an existing ${role ?? 'unknown'} account (${existing}), not to an organizer; ` +
        'set ORGANIZER_EMAIL to another address',
    );
  }
}

/** An organization hash read from Redis, as clients see it. */
export function toOrganization(o: Record<string, string>): Organization {
  return {
    id: o.id ?? '',
    name: o.name ?? '',
    kind: (o.kind ?? 'enterprise') as Organization['kind'],
    region: (o.region ?? 'MAINLAND') as Organization['region'],
    country: o.country ?? '',
    verified: o.verified === '1',
    createdAt: Number(o.createdAt ?? 0),
  };
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/**
 * A short public name for a session, for grouping its open connections: derived from the token's
 * hash, so it reveals neither the token nor the Redis key.
 */
export function sessionTag(token: string): string {
  return createHash('sha256').update(`tag:${token}`).digest('base64url').slice(0, 22);
}
