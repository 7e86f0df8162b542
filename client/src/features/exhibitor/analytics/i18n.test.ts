import { fileURLToPath } from 'node:url';
import { checkFeatureBundle } from '../../negotiations/checkFeatureBundle';
import { exhibitorAnalyticsResources } from './i18n';

test('the booth analytics bundle is complete in en, zh-CN and zh-HK and has every key its screens use', () => {
  checkFeatureBundle(
    exhibitorAnalyticsResources as unknown as Parameters<typeof checkFeatureBundle>[0],
    fileURLToPath(new URL('.', import.meta.url)),
  );
});
