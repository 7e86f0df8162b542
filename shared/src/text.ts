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

// Names that would pass a person, an organization or a booth off as the expo itself or its staff; only the
// organizer account may carry them. Compared after NFKC (full-width and compatibility forms fold) and case folding:
// - these words anywhere as a whole word ("Admin Team" is refused, "Badminton Club" is not), also spelt out
//   letter by letter ("P a v i l i o n");
const RESERVED_WORDS = new Set([
  'organizer',
  'organiser',
  'organizers',
  'organisers',
  'pavilion',
  'admin',
  'administrator',
  'moderator',
  'official',
]);
// - these anywhere, spaces ignored;
const RESERVED_CJK = ['主办方', '主辦方', '管理员', '管理員', '官方'];
// - a name made of nothing but these and the words above, spaces and punctuation ignored ("System", "Support
//   team", "展会 客服"): alone they read as the platform speaking, while "Control System Ltd" or "系统集成有限公司"
//   is an ordinary name.
const RESERVED_ALONE = [
  'system',
  'support',
  'staff',
  'team',
  'help',
  'helpdesk',
  'desk',
  'service',
  'services',
  'customer',
  'notice',
  'security',
  'expo',
  'the',
  '系统',
  '系統',
  '客服',
  '工作人员',
  '工作人員',
  '展会',
  '展會',
  '展位',
];
const RESERVED_TOKENS = [...RESERVED_WORDS, ...RESERVED_CJK, ...RESERVED_ALONE];

/** Whether `squashed` is a run of reserved tokens and nothing else. */
function onlyReservedTokens(squashed: string): boolean {
  // ends[i]: the first i characters split into reserved tokens.
  const ends = [true];
  for (let i = 1; i <= squashed.length; i++) {
    ends[i] = RESERVED_TOKENS.some((t) => t.length <= i && ends[i - t.length] === true && squashed.startsWith(t, i - t.length));
  }
  return squashed.length > 0 && ends[squashed.length] === true;
}

/** Whether a name (a person's, an organization's or a booth's) passes itself off as the expo or its staff. */
export function isReservedName(name: string): boolean {
  const folded = stripControlChars(name).normalize('NFKC').toLowerCase();
  if (RESERVED_CJK.some((reserved) => folded.replace(/\s+/g, '').includes(reserved))) return true;
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (onlyReservedTokens(words.join(''))) return true;
  // Runs of single letters are read as one word: "P a v i l i o n Ltd" → "pavilion", "ltd".
  const joined: string[] = [];
  let run = '';
  for (const word of words) {
    if ([...word].length === 1) run += word;
    else {
      if (run) joined.push(run);
      run = '';
      joined.push(word);
    }
  }
  if (run) joined.push(run);
  return [...words, ...joined].some((word) => RESERVED_WORDS.has(word));
}

/** Bounded text that is not a name reserved for the expo (see {@link isReservedName}). */
export function nameText(max: number, min = 1) {
  return boundedText(max, min).refine((name) => !isReservedName(name), {
    message: 'is reserved for the expo organizer',
    params: { reason: FieldReason.reservedName },
  });
}

/** A person's display name: bounded text that does not impersonate the organizer. */
export function displayNameText(max = 60) {
  return nameText(max);
}
