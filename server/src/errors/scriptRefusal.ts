import { ErrorCode, type ErrorDetails, type ErrorReason, type ValidationIssue } from '@pavilion/shared';
import { AppError } from './appError.js';

/**
 * A Lua script refuses with `redis.error_reply('CODE:reason english text {json details}')`: the code from
 * {@link ErrorCode}, the reason from the feature's vocabulary in `shared/src/errors.ts`, the text for logs.
 * An `INVALID_INPUT` refusal names its fields in `{"fields":[…]}`; its reason becomes each field's issue.
 */
const REFUSAL = new RegExp(`^(${Object.values(ErrorCode).join('|')})(?::([A-Za-z]+))? ?(.*)$`, 's');

/** The AppError a script's refusal stands for; any other error (a bug, Redis down) unchanged. */
export function fromScriptError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const m = REFUSAL.exec(err.message);
  if (!m) return err;
  const code = m[1] as ErrorCode;
  const reason = m[2] as ErrorReason | undefined;
  let message = m[3] ?? '';
  let details: ErrorDetails | undefined;
  const json = message.indexOf(' {');
  if (json >= 0) {
    try {
      details = JSON.parse(message.slice(json + 1)) as ErrorDetails;
      message = message.slice(0, json);
    } catch {
      /* a plain message that happens to contain " {" */
    }
  }
  message ||= reason ?? code.toLowerCase();
  if (code === ErrorCode.INVALID_INPUT && details?.fields) {
    const issues: ValidationIssue[] = details.fields.map((path) => ({ path, code: 'custom', ...(reason ? { params: { reason } } : {}) }));
    return new AppError(code, message, { details: { ...details, issues } });
  }
  return new AppError(code, message, { reason, details });
}
