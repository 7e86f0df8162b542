import {
  AccessReason,
  AuctionReason,
  AuthReason,
  CatalogReason,
  ChatReason,
  DealReason,
  FieldReason,
  MatchmakingReason,
  MeetingReason,
  NegotiationReason,
  NotFoundReason,
  SessionReason,
} from '@pavilion/shared';
import i18next from 'i18next';
import { LANGUAGES } from '../../i18n/languages';
import { localeResources } from '../../i18n/localeFiles';
import { ApiError } from '../../net/ApiError';
import { apiErrorText, fieldIssues, issuesLine, issueText } from './apiErrorText';

beforeAll(async () => {
  await i18next.init({
    lng: 'en',
    fallbackLng: false,
    resources: localeResources(),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
});
afterEach(async () => {
  await i18next.changeLanguage('en');
});

const ruleReasons = [
  AccessReason,
  AuthReason,
  CatalogReason,
  ChatReason,
  SessionReason,
  NegotiationReason,
  AuctionReason,
  MeetingReason,
  MatchmakingReason,
  DealReason,
].flatMap((vocabulary) => Object.values(vocabulary));

describe('error text by code, reason and issue', () => {
  test('every reason word of the contract has its own sentence in every language', () => {
    for (const lng of LANGUAGES) {
      for (const reason of ruleReasons)
        expect([lng, reason, i18next.exists(`common:errors.reasons.${reason}`, { lng })]).toEqual([lng, reason, true]);
      for (const reason of Object.values(NotFoundReason))
        expect([lng, reason, i18next.exists(`common:errors.notFound.${reason}`, { lng })]).toEqual([lng, reason, true]);
      for (const reason of Object.values(FieldReason))
        expect([lng, reason, i18next.exists(`common:errors.field.${reason}`, { lng })]).toEqual([lng, reason, true]);
    }
  });

  test('a refusal reads by its reason, never by the server’s English message', async () => {
    const sold = new ApiError('CONFLICT', 'exhibit is sold (ex1)', 409, undefined, 'sold');
    expect(apiErrorText(sold)).toBe('This exhibit is already sold.');
    await i18next.changeLanguage('zh-CN');
    expect(apiErrorText(sold)).toBe('该展品已售出。');
    expect(apiErrorText(new ApiError('NOT_FOUND', 'no such hall', 404, undefined, 'hall'))).toBe('该展馆不存在。');
    expect(apiErrorText(new ApiError('CONFLICT', 'something new', 409))).not.toMatch(/something/);
  });

  test('an INVALID_INPUT reads as its first issue, from zod’s code and the rule’s parameters', () => {
    const error = new ApiError('INVALID_INPUT', 'body.password: must be at least 8 characters', 400, {
      issues: [{ path: 'body.password', code: 'too_small', params: { origin: 'string', minimum: 8, inclusive: true } }],
    });
    expect(apiErrorText(error)).toBe('Not accepted: Must be at least 8 characters.');
    expect(issueText({ code: 'custom', params: { reason: 'belowStartPrice' } })).toBe('Must not be below the start price.');
    expect(issueText({ code: 'custom' })).toBe('Not accepted.');
    expect(issueText({ code: 'invalid_type', params: { expected: 'string', received: 'undefined' } })).toBe('Required.');
  });

  test('issues are keyed by field without the REST body prefix, first issue per field, and lined up under the form’s labels', () => {
    const error = new ApiError('INVALID_INPUT', 'x', 400, {
      issues: [
        { path: 'body.askingPrice.amount', code: 'custom', params: { reason: 'notPositive' } },
        { path: 'body.askingPrice.amount', code: 'too_big', params: { origin: 'number', maximum: 5 } },
        { path: 'body.title', code: 'too_small', params: { origin: 'string', minimum: 3 } },
      ],
    });
    expect(fieldIssues(error).map((f) => f.path)).toEqual(['askingPrice.amount', 'title']);
    expect(issuesLine(error.issues.slice(0, 1), (path) => (path.startsWith('askingPrice') ? 'Asking price' : undefined))).toBe(
      'Asking price: Must be greater than zero.',
    );
    expect(fieldIssues(new ApiError('CONFLICT', 'x', 409))).toEqual([]);
  });
});
