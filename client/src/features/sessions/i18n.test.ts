import { fileURLToPath } from 'node:url';
import { checkFeatureBundle } from '../negotiations/checkFeatureBundle';
import { sessionsResources } from './i18n';

test('the sessions bundle is complete in en, zh-CN and zh-HK and has every key its screens use', () => {
  checkFeatureBundle(
    sessionsResources as unknown as Parameters<typeof checkFeatureBundle>[0],
    fileURLToPath(new URL('.', import.meta.url)),
  );
});
