import { z } from 'zod';
import { FieldReason } from '../errors.js';

/** Classes per need. */
export const MAX_NEED_CLASSES = 12;

// IPC from section down to group (`H`, `H01`, `H01M`, `H01M 10/052`), a Nice class (1–45) or a Locarno
// class or subclass (`12`, `12-08`).
const IPC = /^[A-H](\d{2}([A-Z]( \d{1,4}\/\d{2,6})?)?)?$/;
const NICE = /^([1-9]|[1-3]\d|4[0-5])$/;
const LOCARNO = /^(0[1-9]|[1-2]\d|3[0-2])(-\d{2})?$/;

/** Whether a code is written as an IPC, Nice or Locarno class. */
export function isClassCode(code: string): boolean {
  return IPC.test(code) || NICE.test(code) || LOCARNO.test(code);
}

/** The classes a need names: upper-cased, single-spaced, each once. */
export const NeedClassList = z
  .array(
    z
      .string({ error: 'must be a class code' })
      .max(40, 'is too long for a class code')
      .transform((c) => c.trim().replace(/\s+/g, ' ').toUpperCase())
      .refine(isClassCode, {
        message: 'must be an IPC, Nice or Locarno class such as H01M, H01M 10/052, 35 or 12-08',
        params: { reason: FieldReason.unknownClass },
      }),
    { error: 'must be a list of class codes' },
  )
  .max(MAX_NEED_CLASSES, `at most ${MAX_NEED_CLASSES} classes`)
  .refine((c) => new Set(c).size === c.length, { message: 'must not repeat a class', params: { reason: FieldReason.repeated } });
