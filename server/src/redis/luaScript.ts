import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fromScriptError } from '../errors/scriptRefusal.js';
import type { Redis } from './client.js';

/** A `.lua` file, relative to the module URL `base`. */
export interface LuaFile {
  file: string;
  base: string;
}

/** A library for scripts that hash what they write: `sha256_hex(message)` (Redis Lua has only SHA-1). */
export const SHA256_LUA: LuaFile = { file: './sha256.lua', base: import.meta.url };

/**
 * A Lua script loaded once per Redis and called by SHA (EVALSHA). After a Redis restart the script
 * cache is empty: NOSCRIPT falls back to EVAL, which also reloads it. A script's refusal
 * (`error_reply('CODE:reason …')`) is thrown as the AppError it stands for.
 */
export class LuaScript {
  readonly sha: string;

  constructor(
    readonly name: string,
    readonly source: string,
  ) {
    this.sha = createHash('sha1').update(source).digest('hex');
  }

  /** Reads a `.lua` file that sits beside the calling module (pass `import.meta.url`). */
  static fromFile(file: string, base: string): LuaScript {
    const url = new URL(file, base);
    return new LuaScript(file, readFileSync(url, 'utf8'));
  }

  /**
   * A script made of library files (e.g. the ledger's `record_deal`) followed by a body, so one
   * feature's atomic step can include another feature's invariant-keeping writes.
   */
  static compose(name: string, parts: LuaFile[]): LuaScript {
    return new LuaScript(name, parts.map((p) => readFileSync(new URL(p.file, p.base), 'utf8')).join('\n'));
  }

  /**
   * The scripts of one feature: `script(name, ...libraries)` composes the libraries it names, then the feature's
   * `common` ones (its own library last), then the body `<name>.lua` beside the module of `base`.
   */
  static family(base: string, common: LuaFile[]): (name: string, ...libraries: LuaFile[]) => LuaScript {
    return (name, ...libraries) => LuaScript.compose(name, [...libraries, ...common, { file: `./${name}.lua`, base }]);
  }

  async run(redis: Redis, keys: string[], args: (string | number)[]): Promise<unknown> {
    const options = { keys, arguments: args.map(String) };
    try {
      return await redis.evalSha(this.sha, options);
    } catch (err) {
      if (!(err instanceof Error && err.message.startsWith('NOSCRIPT'))) throw fromScriptError(err);
    }
    try {
      return await redis.eval(this.source, options);
    } catch (err) {
      throw fromScriptError(err);
    }
  }
}
