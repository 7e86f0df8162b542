import { presenterText } from './sessionText';

test('a presenter is named by booth and organization, once when both have the same name', () => {
  expect(presenterText({ boothName: 'Ansen IP', orgName: 'Chongqing Ansen Technology Transfer Center Co., Ltd.' })).toBe(
    'Ansen IP · Chongqing Ansen Technology Transfer Center Co., Ltd.',
  );
  expect(presenterText({ boothName: 'Hong Kong Polytechnic', orgName: 'Hong Kong Polytechnic ' })).toBe('Hong Kong Polytechnic');
});
