import { zodResolver } from '@hookform/resolvers/zod';
import { issueOf, type ValidationIssue } from '@pavilion/shared';
import type { FieldPath, FieldValues, Resolver, UseFormSetError } from 'react-hook-form';
import { z } from 'zod';
import { fieldIssues } from './apiErrorText';

/** A refused form field: its name in the form and the sentence shown under it, in the app's language. */
export interface FieldProblem {
  field: string;
  text: string;
}

/** Turns a form's typed values into the request body, or says per field what is wrong. */
export type FormCheck<Values, Body> = (values: Values) => { ok: true; body: Body } | { ok: false; problems: FieldProblem[] };

/**
 * The react-hook-form resolver of a form whose typed values become a request body. Zod's resolver nests the
 * problems onto the fields (with their elements, so the first refused one takes the focus) and hands
 * `handleSubmit` the body; the texts are the form's own, never zod's English.
 */
export function checkResolver<Values extends FieldValues, Body>(check: FormCheck<Values, Body>): Resolver<Values, unknown, Body> {
  const schema = z.custom<Values>().transform((values, ctx) => {
    const result = check(values);
    if (result.ok) return result.body;
    for (const { field, text } of result.problems) ctx.addIssue({ code: 'custom', path: field.split('.'), message: text });
    return z.NEVER;
  });
  return zodResolver(schema) as Resolver<Values, unknown, Body>;
}

/**
 * A check by a shared body schema — the rules the server enforces: `toBody` shapes the typed values (trims, yuan to
 * fen, …), the schema judges, and each refused path lands on the field `fieldOf` names, as `textOf` words it.
 */
export function schemaCheck<Values, S extends z.ZodType>(
  schema: S,
  toBody: (values: Values) => unknown,
  fieldOf: (path: string) => string,
  textOf: (field: string, issue: ValidationIssue) => string,
): FormCheck<Values, z.output<S>> {
  return (values) => {
    const parsed = schema.safeParse(toBody(values));
    if (parsed.success) return { ok: true, body: parsed.data };
    return { ok: false, problems: problemsOf(parsed.error.issues.map(issueOf), fieldOf, textOf) };
  };
}

function problemsOf(
  issues: readonly ValidationIssue[],
  fieldOf: (path: string) => string,
  textOf: (field: string, issue: ValidationIssue) => string,
): FieldProblem[] {
  const problems = new Map<string, string>();
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (!problems.has(field)) problems.set(field, textOf(field, issue));
  }
  return [...problems].map(([field, text]) => ({ field, text }));
}

/**
 * The server's own field refusals (`details.issues` of an `INVALID_INPUT`) marked on the same fields, in the
 * same words, as the form's check marks them. Returns whether any field was refused.
 */
export function markRefusedFields<Values extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<Values>,
  fieldOf: (path: string) => string,
  textOf: (field: string, issue: ValidationIssue) => string,
): boolean {
  // A path the form has no field for (`fieldOf` gives '') is left to the form's own message.
  const problems = problemsOf(
    fieldIssues(error).map((f) => f.issue),
    (path) => fieldOf(path.replace(/^body\./, '')),
    textOf,
  ).filter((p) => p.field !== '');
  problems.forEach(({ field, text }, i) => {
    setError(field as FieldPath<Values>, { type: 'server', message: text }, { shouldFocus: i === 0 });
  });
  return problems.length > 0;
}
