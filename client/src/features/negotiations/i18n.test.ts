import { fileURLToPath } from 'node:url';
import { checkFeatureBundle } from './checkFeatureBundle';
import { negotiationsResources } from './i18n';

test('the negotiations bundle is complete in en, zh-CN and zh-HK and has every key its screens use', () => {
  checkFeatureBundle(
    negotiationsResources as unknown as Parameters<typeof checkFeatureBundle>[0],
    fileURLToPath(new URL('.', import.meta.url)),
  );
});
