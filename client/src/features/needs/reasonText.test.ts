import i18next, { type TFunction } from 'i18next';
import { localeResources } from '../../i18n/localeFiles';
import { reasonsLine } from './reasonText';

describe('recommendation reasons as text', () => {
  beforeAll(async () => {
    await i18next.init({ lng: 'en', fallbackLng: false, resources: localeResources(), interpolation: { escapeValue: false } });
  });

  test('class, keyword and trade mode read like the expo writes them', () => {
    const t = i18next.getFixedT('en', ['needs', 'common']) as TFunction<['needs', 'common']>;
    const line = reasonsLine(
      [
        { kind: 'class', value: 'H01M' },
        { kind: 'keyword', value: 'solid-state' },
        { kind: 'tradeMode', value: 'exclusive' },
      ],
      t,
      'en',
    );
    expect(line).toBe('IPC H01M · ‘solid-state’ · Exclusive licence');
  });

  test('Nice and Locarno classes, territory, budget and behaviour each have their words', () => {
    const t = i18next.getFixedT('en', ['needs', 'common']) as TFunction<['needs', 'common']>;
    expect(
      reasonsLine(
        [
          { kind: 'class', value: '9' },
          { kind: 'class', value: 'LOC 2' },
          { kind: 'territory', value: 'CN' },
          { kind: 'budget', value: 'within' },
          { kind: 'visited', value: 'Lingnan Labs' },
          { kind: 'favourited', value: 'H01M' },
        ],
        t,
        'en',
      ),
    ).toBe('Nice 9 · Locarno 2 · in China · within budget · you visited Lingnan Labs · like what you saved (IPC H01M)');
    const hk = i18next.getFixedT('zh-HK', ['needs', 'common']) as TFunction<['needs', 'common']>;
    expect(
      reasonsLine(
        [
          { kind: 'keyword', value: '電池' },
          { kind: 'class', value: '9' },
        ],
        hk,
        'zh-HK',
      ),
    ).toBe('「電池」 · 尼斯 9');
  });
});
