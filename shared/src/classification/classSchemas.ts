import { z } from 'zod';
import { FieldReason } from '../errors.js';
import { MAX_CLASSES, normaliseClass } from './classCodes.js';

// The wire schemas of class codes, apart from the code arithmetic (classCodes.ts) that pages showing classes use.

/**
 * One real IPC, Nice or Locarno class, read in any accepted spelling and kept in its canonical one
 * (see {@link normaliseClass}); anything else is refused as `unknownClass`.
 */
export const ClassCode = z
  .string({ error: 'must be a string' })
  .max(24, 'must be at most 24 characters')
  .transform((raw, ctx) => {
    const canonical = normaliseClass(raw);
    if (canonical === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be a real IPC, Nice or Locarno class such as H01M, H01M 10/052, 9 or LOC 2',
        params: { reason: FieldReason.unknownClass },
      });
      return z.NEVER;
    }
    return canonical;
  });

/** A list of real classes without repeats (after normalising), at most {@link MAX_CLASSES}. */
export const ClassCodeList = z
  .array(ClassCode, { error: 'must be a list of classes' })
  .max(MAX_CLASSES, `at most ${MAX_CLASSES} classes`)
  .refine((list) => new Set(list).size === list.length, {
    message: 'must not repeat a class',
    params: { reason: FieldReason.repeated },
  });
