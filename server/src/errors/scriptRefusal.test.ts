import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCode, ErrorReasons } from '@pavilion/shared';
import { AppError } from './appError.js';
import { fromScriptError } from './scriptRefusal.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

function luaFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? luaFiles(join(dir, e.name)) : e.name.endsWith('.lua') ? [join(dir, e.name)] : [],
  );
}

describe('script refusals', () => {
  test('every Lua refusal names a shared error code and a reason from the shared vocabularies', () => {
    const refusals = luaFiles(SRC).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/error_reply\(\s*(?:string\.format\()?['"]([^'"]*)/g)].map((m) => ({
        file,
        text: m[1] as string,
      })),
    );
    expect(refusals.length).toBeGreaterThan(50);
    const bad = refusals.filter(({ text }) => {
      const m = /^([A-Z_]+):([A-Za-z]*)/.exec(text);
      // A reason computed in Lua ('CONFLICT:' .. …) is checked by the feature's own tests.
      return !m || !(m[1]! in ErrorCode) || (m[2] !== '' && !ErrorReasons.has(m[2]!));
    });
    expect(bad).toEqual([]);
  });

  test('a refusal becomes an AppError with its code, reason, English message and details', () => {
    const err = fromScriptError(new Error('CONFLICT:boothExists your organization already has a booth {"boothId":"b1"}'));
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).toBody()).toEqual({
      code: 'CONFLICT',
      reason: 'boothExists',
      message: 'your organization already has a booth',
      details: { boothId: 'b1' },
    });
  });

  test('an INVALID_INPUT refusal names its fields as custom issues carrying the reason', () => {
    const err = fromScriptError(new Error('INVALID_INPUT:past startsAt: is in the past {"fields":["startsAt"]}')) as AppError;
    expect(err.toBody()).toEqual({
      code: 'INVALID_INPUT',
      message: 'startsAt: is in the past',
      details: { fields: ['startsAt'], issues: [{ path: 'startsAt', code: 'custom', params: { reason: 'past' } }] },
    });
  });

  test('any other error (a bug, Redis down) passes through unchanged', () => {
    const bug = new Error('ERR user_script:1: attempt to index a nil value');
    expect(fromScriptError(bug)).toBe(bug);
    expect(fromScriptError('CONFLICT:sold not an Error')).toBe('CONFLICT:sold not an Error');
  });
});
