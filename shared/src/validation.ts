import type { z } from 'zod';

/**
 * A readable one-line summary of a zod failure that names each field, e.g. `askingPrice.amount: must not be negative`.
 * Parse with `{ reportInput: true }` so a missing field reads "is required".
 */
export function describeIssues(error: z.ZodError): { message: string; fields: string[] } {
  const parts: string[] = [];
  const fields: string[] = [];
  for (const issue of error.issues.slice(0, 5)) {
    const field = issue.path.map(String).join('.') || '(body)';
    fields.push(field);
    let msg = issue.message;
    if (issue.code === 'unrecognized_keys') msg = `unknown field(s) ${issue.keys.join(', ')}`;
    else if (issue.code === 'invalid_type' && 'input' in issue && issue.input === undefined) msg = 'is required';
    parts.push(`${field}: ${msg}`);
  }
  return { message: parts.join('; '), fields };
}

/** Parses with field-naming errors: `{ success, data }` or `{ success: false, message, fields }`. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { success: true; data: z.output<S> } | { success: false; message: string; fields: string[] } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, ...describeIssues(result.error) };
}
