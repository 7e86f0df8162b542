import type { QueuedOrganization } from '@pavilion/shared';
import { EMPTY_QUEUE, matchingName, organizationFilter, queueReducer } from './verificationQueue';

const org = (id: string, name: string, verified: boolean): QueuedOrganization => ({
  id,
  name,
  region: 'GD',
  country: 'CN',
  kind: 'enterprise',
  verified,
});
const loaded = queueReducer(EMPTY_QUEUE, {
  type: 'loaded',
  items: [org('o1', 'Lingnan Optics', false), org('o2', 'Pearl River Bio', false)],
});
const verifiedOf = (s: typeof loaded) => Object.fromEntries(s.items.map((o) => [o.id, o.verified]));

describe('the verification queue', () => {
  test('verifying shows the organization verified at once, before the server answers', () => {
    const sent = queueReducer(loaded, { type: 'sent', orgId: 'o1', verified: true });
    expect(verifiedOf(sent)).toEqual({ o1: true, o2: false });
    expect(sent.pending).toEqual({ o1: true });
  });

  test('a confirmed change stays and is no longer pending', () => {
    const sent = queueReducer(loaded, { type: 'sent', orgId: 'o1', verified: true });
    const done = queueReducer(sent, { type: 'confirmed', orgId: 'o1' });
    expect(verifiedOf(done)).toEqual({ o1: true, o2: false });
    expect(done.pending).toEqual({});
    expect(done.failure).toBeNull();
  });

  test('a refused change puts the organization back as it was and names it', () => {
    const sent = queueReducer(loaded, { type: 'sent', orgId: 'o2', verified: true });
    const error = new Error('UNAVAILABLE');
    const failed = queueReducer(sent, { type: 'failed', orgId: 'o2', verified: true, error });
    expect(verifiedOf(failed)).toEqual({ o1: false, o2: false });
    expect(failed.pending).toEqual({});
    expect(failed.failure).toEqual({ orgId: 'o2', name: 'Pearl River Bio', error });
    // Trying again clears the message about that organization.
    expect(queueReducer(failed, { type: 'sent', orgId: 'o2', verified: true }).failure).toBeNull();
  });

  test('withdrawing a verification rolls back to verified when refused', () => {
    const start = queueReducer(EMPTY_QUEUE, { type: 'loaded', items: [org('o3', 'Macao Design', true)] });
    const sent = queueReducer(start, { type: 'sent', orgId: 'o3', verified: false });
    expect(verifiedOf(sent)).toEqual({ o3: false });
    expect(verifiedOf(queueReducer(sent, { type: 'failed', orgId: 'o3', verified: false, error: null }))).toEqual({ o3: true });
  });

  test('a list read while a change is in flight still shows the change', () => {
    const sent = queueReducer(loaded, { type: 'sent', orgId: 'o1', verified: true });
    const reread = queueReducer(sent, { type: 'loaded', items: [org('o1', 'Lingnan Optics', false), org('o2', 'Pearl River Bio', false)] });
    expect(verifiedOf(reread)).toEqual({ o1: true, o2: false });
  });

  test('the status and region selects become the server’s filter; "all" and "any region" send nothing', () => {
    expect(organizationFilter('unverified', '')).toEqual({ verified: false });
    expect(organizationFilter('verified', 'HK')).toEqual({ verified: true, region: 'HK' });
    expect(organizationFilter('all', '')).toEqual({});
  });

  test('the name search ignores case and full-width forms', () => {
    const items = [org('a', 'Shenzhen ABC Tech', false), org('b', '深圳光电', false)];
    expect(matchingName(items, 'abc').map((o) => o.id)).toEqual(['a']);
    expect(matchingName(items, 'ＡＢＣ').map((o) => o.id)).toEqual(['a']);
    expect(matchingName(items, '光电').map((o) => o.id)).toEqual(['b']);
    expect(matchingName(items, '  ')).toHaveLength(2);
  });
});
