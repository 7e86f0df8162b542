import { z } from 'zod';
import { FieldReason } from './errors.js';

// C0/C1 control characters except tab and newline; every Unicode format character (\p{Cf}: zero-width
// spaces and joiners, bidi overrides and isolates, soft hyphens, tags) and the line/paragraph
// separators, all of which can make one name or message render as another.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const INVISIBLE_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029\p{Cf}]/gu;

/** Removes control and format characters (keeps tab and newline) so stored text renders as plain text. */
export function stripControlChars(text: string): string {
  return text.replace(INVISIBLE_CHARS, '');
}

/** The one transform every free-text field goes through: invisible characters out, then trimmed. */
export const cleanText = (s: string) => stripControlChars(s).trim();

/** A trimmed single-purpose text field of bounded length, with control characters stripped. */
export function boundedText(max: number, min = 1) {
  return z
    .string({ error: 'must be a string' })
    .max(max * 2, `must be at most ${max} characters`)
    .transform(cleanText)
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
    .transform(cleanText)
    .pipe(z.string().max(max, `must be at most ${max} characters`))
    .optional();
}

// Names that would pass a person off as the expo itself or its staff; only the organizer account may
// carry them. Compared after NFKC (full-width and compatibility forms fold), case-insensitively: Latin
// ones as whole words ("Admin Team" is refused, "Badminton Club" is not), Chinese ones anywhere.
const RESERVED_WORDS = new Set(['organizer', 'organiser', 'pavilion', 'admin', 'moderator']);
const RESERVED_CJK = ['主办方', '主辦方', '管理员', '管理員'];

/** Whether a display name impersonates the organizer. */
export function isReservedName(name: string): boolean {
  const folded = stripControlChars(name).normalize('NFKC').toLowerCase();
  if (RESERVED_CJK.some((reserved) => folded.replace(/\s+/g, '').includes(reserved))) return true;
  return folded.split(/[^\p{L}\p{N}]+/u).some((word) => RESERVED_WORDS.has(word));
}

/** A person's display name: bounded text that does not impersonate the organizer. */
export function displayNameText(max = 60) {
  return boundedText(max).refine((name) => !isReservedName(name), {
    message: 'is reserved for the expo organizer',
    params: { reason: FieldReason.reservedName },
  });
}
