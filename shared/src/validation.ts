import type { z } from 'zod';
import type { ValidationIssue } from './errors.js';

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

/** How many issues an error reports: enough to fix a form, too few to make a refusal large. */
const REPORTED_ISSUES = 5;

/**
 * The issues of a zod failure as {@link ValidationIssue}s: zod's code and the rule's parameters, with the path
 * dotted (`''` for the value itself). The input is never copied — only its type name, for a wrong type.
 */
export function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.slice(0, REPORTED_ISSUES).map(issueOf);
}

/** One zod issue as a {@link ValidationIssue} (a form marks every refused field, not only the reported few). */
export function issueOf(issue: z.core.$ZodIssue): ValidationIssue {
  const path = issue.path.map(String).join('.');
  const params = paramsOf(issue);
  return params ? { path, code: issue.code, params } : { path, code: issue.code };
}

function paramsOf(issue: z.core.$ZodIssue): Record<string, unknown> | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return { expected: issue.expected, received: typeNameOf(issue.input) };
    case 'too_small':
      return defined({ origin: issue.origin, minimum: Number(issue.minimum), inclusive: issue.inclusive, exact: issue.exact });
    case 'too_big':
      return defined({ origin: issue.origin, maximum: Number(issue.maximum), inclusive: issue.inclusive, exact: issue.exact });
    case 'invalid_format': {
      const { prefix, suffix, includes } = issue as { prefix?: string; suffix?: string; includes?: string };
      return defined({ format: issue.format, prefix, suffix, includes });
    }
    case 'not_multiple_of':
      return { divisor: issue.divisor };
    case 'unrecognized_keys':
      return { keys: issue.keys.slice(0, REPORTED_ISSUES).map((k) => k.slice(0, 64)) };
    case 'invalid_value':
      return { values: issue.values.map((v) => (v === null || ['string', 'number', 'boolean'].includes(typeof v) ? v : String(v))) };
    case 'invalid_key':
    case 'invalid_element':
      return { origin: issue.origin };
    case 'custom':
      return issue.params && Object.keys(issue.params).length > 0 ? { ...issue.params } : undefined;
    default:
      return undefined;
  }
}

function typeNameOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function defined(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined));
}

/** Parses with field-naming errors: `{ success, data }` or `{ success: false, message, fields, issues }`. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { success: true; data: z.output<S> } | { success: false; message: string; fields: string[]; issues: ValidationIssue[] } {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, ...describeIssues(result.error), issues: issuesOf(result.error) };
}
