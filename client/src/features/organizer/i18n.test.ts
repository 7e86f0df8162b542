import { fileURLToPath } from 'node:url';
import { checkFeatureBundle } from '../negotiations/checkFeatureBundle';
import { organizerResources } from './i18n';

test('the organizer console bundle is complete in en, zh-CN and zh-HK and has every key its screens use', () => {
  checkFeatureBundle(
    organizerResources as unknown as Parameters<typeof checkFeatureBundle>[0],
    fileURLToPath(new URL('.', import.meta.url)),
  );
});
