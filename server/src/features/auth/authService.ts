import { createHash, randomBytes } from 'node:crypto';
import type { Organization, RegisterBody, Role, User } from '@pavilion/shared';
import { AppError, fail, fromScriptError } from '../../http/appError.js';
import { newId } from '../../ids.js';
import type { Redis } from '../../redis/client.js';
import { keys } from '../../redis/keys.js';
import { LuaScript } from '../../redis/luaScript.js';
import { RedisRateLimiter } from '../../redis/rateLimiter.js';
import { decoyHash, hashPassword, verifyPassword } from './password.js';

const registerScript = LuaScript.fromFile('./register.lua', import.meta.url);

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
  /** Login attempts one IP may make per 5 minutes. */
  loginPerIpPer5Min: number;
  /** Failed logins on one account per 15 minutes before it is locked for the rest of the window. */
  failuresPerAccountPer15Min: number;
}

/** Accounts, passwords and sessions. */
export class AuthService {
  private readonly registerLimiter: RedisRateLimiter;
  private readonly loginIpLimiter: RedisRateLimiter;
  private readonly accountFailures: RedisRateLimiter;

  constructor(
    private readonly redis: Redis,
    limits: AuthLimits,
  ) {
    this.registerLimiter = new RedisRateLimiter(redis, 'register-ip', limits.registerPerHour, 3_600_000);
    this.loginIpLimiter = new RedisRateLimiter(redis, 'login-ip', limits.loginPerIpPer5Min, 300_000);
    this.accountFailures = new RedisRateLimiter(redis, 'login-fail', limits.failuresPerAccountPer15Min, 900_000);
  }

  async register(body: RegisterBody, ip: string): Promise<{ user: User; token: string }> {
    const limit = await this.registerLimiter.hit(ip);
    if (!limit.allowed) throw fail.rateLimited(limit.retryAfterMs);
    const passwordHash = await hashPassword(body.password);
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
    try {
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
    } catch (err) {
      throw fromScriptError(err);
    }
    return { id, email: a.email, displayName: a.displayName, role: a.role, orgId: org?.id ?? null };
  }

  async login(email: string, password: string, ip: string): Promise<{ user: User; token: string }> {
    const ipLimit = await this.loginIpLimiter.hit(ip);
    if (!ipLimit.allowed) throw fail.rateLimited(ipLimit.retryAfterMs);
    const failures = await this.accountFailures.count(email);
    if (this.accountFailures.limit > 0 && failures >= this.accountFailures.limit) {
      throw new AppError('RATE_LIMITED', 'too many failed sign-ins for this account; try again in 15 minutes');
    }
    const userId = await this.redis.get(keys.userByEmail(email));
    const stored = userId ? await this.redis.hGet(keys.user(userId), 'passwordHash') : null;
    const ok = await verifyPassword(password, stored ?? (await decoyHash()));
    if (!userId || !stored || !ok) {
      await this.accountFailures.hit(email);
      throw new AppError('UNAUTHENTICATED', 'wrong email or password');
    }
    await this.accountFailures.reset(email);
    const principal = await this.principal(userId);
    if (!principal) throw new AppError('UNAUTHENTICATED', 'wrong email or password');
    return { user: await this.publicUser(principal), token: await this.createSession(userId) };
  }

  /** Issues an opaque session token; Redis keeps only its SHA-256, so a leaked dump holds no live tokens. */
  async createSession(userId: string): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await this.redis.set(keys.session(tokenHash(token)), userId, { EX: SESSION_TTL_S });
    return token;
  }

  async revokeSession(token: string): Promise<void> {
    await this.redis.del(keys.session(tokenHash(token)));
  }

  /** The principal behind a token, or null when it is unknown, expired or revoked. */
  async authenticate(token: string | undefined | null): Promise<Principal | null> {
    if (!token || token.length > 200) return null;
    const userId = await this.redis.get(keys.session(tokenHash(token)));
    return userId ? this.principal(userId) : null;
  }

  async principal(userId: string): Promise<Principal | null> {
    const u = await this.redis.hGetAll(keys.user(userId));
    if (!u.id) return null;
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
   * made up (the caller prints it once), else null.
   */
  async ensureOrganizer(email: string, password: string | undefined): Promise<string | null> {
    const existing = await this.redis.get(keys.userByEmail(email));
    if (existing) return null;
    const generated = password ? null : randomBytes(9).toString('base64url');
    try {
      await this.createAccount({
        email,
        displayName: 'Expo Organizer',
        role: 'organizer',
        passwordHash: await hashPassword(password ?? (generated as string)),
        shareContact: false,
      });
    } catch (err) {
      // Another node created it at the same moment.
      if (err instanceof AppError && err.code === 'CONFLICT') return null;
      throw err;
    }
    return generated;
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
