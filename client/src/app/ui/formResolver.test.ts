import { RegisterBody } from '@pavilion/shared';
import type { ResolverOptions } from 'react-hook-form';
import { ApiError } from '../../net/ApiError';
import { checkResolver, markRefusedFields, schemaCheck } from './formResolver';

type Values = { name: string; country: string };
const options = { fields: {}, names: ['name', 'country'], shouldUseNativeValidation: false } as unknown as ResolverOptions<Values>;

// An exhibitor registration with the organization's fields flat, as a form holds them.
const check = schemaCheck(
  RegisterBody,
  ({ name, country }: Values) => ({
    email: 'a@b.example',
    password: 'long enough',
    displayName: 'Ada',
    role: 'exhibitor',
    organization: { name, kind: 'enterprise', region: 'HK', country: country.trim().toUpperCase() },
  }),
  (path) => ({ 'organization.name': 'name', 'organization.country': 'country' })[path] ?? '',
  (field, issue) => `${field}:${issue.code}`,
);
const resolver = checkResolver(check);

describe('a form checked with a shared schema', () => {
  test('typed values the schema accepts reach the submit as the parsed body', async () => {
    const result = await resolver({ name: 'Harbour IP', country: ' hk ' }, undefined, options);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ role: 'exhibitor', organization: { name: 'Harbour IP', country: 'HK' } });
  });

  test('each refused path lands on the form field it names, in the form’s words and never zod’s English', async () => {
    const result = await resolver({ name: 'X', country: 'cn' }, undefined, options);
    expect(result.values).toEqual({});
    expect(result.errors).toEqual({
      name: expect.objectContaining({ message: 'name:too_small' }),
      country: expect.objectContaining({ message: 'country:custom' }),
    });
  });

  test('the server’s refusals mark the same fields, the first one taking the focus; a path without a field is left alone', () => {
    const refusal = new ApiError('INVALID_INPUT', 'refused', 400, {
      issues: [
        { path: 'body.organization.country', code: 'custom', params: { reason: 'countryNotInRegion' } },
        { path: 'body.organization.name', code: 'too_small', params: { origin: 'string', minimum: 2 } },
        { path: 'body.role', code: 'invalid_value' },
      ],
    });
    const marked: [string, string | undefined, boolean | undefined][] = [];
    const refused = markRefusedFields<Values>(
      refusal,
      (field, error, opts) => marked.push([field, error.message, opts?.shouldFocus]),
      (path) => ({ 'organization.name': 'name', 'organization.country': 'country' })[path] ?? '',
      (field, issue) => `${field}:${issue.code}`,
    );
    expect(refused).toBe(true);
    expect(marked).toEqual([
      ['country', 'country:custom', true],
      ['name', 'name:too_small', false],
    ]);
  });

  test('a refusal that names no field marks nothing', () => {
    const marked: string[] = [];
    const conflict = new ApiError('CONFLICT', 'exists', 409);
    expect(markRefusedFields<Values>(conflict, (field) => marked.push(field), String, String)).toBe(false);
    expect(marked).toEqual([]);
  });
});
