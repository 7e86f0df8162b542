import { fileURLToPath } from 'node:url';
import { checkFeatureBundle } from '../negotiations/checkFeatureBundle';
import { statsResources } from './i18n';

test('the statistics bundle is complete in en, zh-CN and zh-HK and has every key its screens use', () => {
  checkFeatureBundle(statsResources as unknown as Parameters<typeof checkFeatureBundle>[0], fileURLToPath(new URL('.', import.meta.url)));
});
