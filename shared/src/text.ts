import { z } from 'zod';

// C0/C1 control characters except tab and newline; zero-width and bidi overrides that can spoof text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Removes control characters (keeps tab and newline) so stored text renders as plain text. */
export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, '');
}

/** A trimmed single-purpose text field of bounded length, with control characters stripped. */
export function boundedText(max: number, min = 1) {
  return z
    .string({ error: 'must be a string' })
    .max(max * 2, `must be at most ${max} characters`)
    .transform((s) => stripControlChars(s).trim())
    .pipe(
      z
        .string()
        .min(min, min === 1 ? 'must not be empty' : `must be at least ${min} characters`)
        .max(max, `must be at most ${max} characters`),
    );
}

/** An optional bounded text field; empty becomes undefined. */
export function optionalText(max: number) {
  return z
    .string({ error: 'must be a string' })
    .max(max * 2, `must be at most ${max} characters`)
    .transform((s) => stripControlChars(s).trim())
    .pipe(z.string().max(max, `must be at most ${max} characters`))
    .optional();
}
