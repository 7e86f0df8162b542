import { brandColour, monogram } from './brand';

describe('a booth brand generated from the organization', () => {
  test('the colour is stable for a name and differs between names', () => {
    expect(brandColour('Lingnan Labs', 'GD')).toBe(brandColour('Lingnan Labs', 'GD'));
    expect(brandColour('Lingnan Labs', 'GD')).toMatch(/^#[0-9a-f]{6}$/);
    const colours = new Set(
      ['Alpha Robotics', 'Beta Materials', 'Gamma Bio', 'Delta Optics', 'Epsilon Media'].map((n) => brandColour(n, 'GD')),
    );
    expect(colours.size).toBeGreaterThanOrEqual(4);
  });

  test('the region sets the tone: the same name in two regions gets two colours', () => {
    expect(brandColour('Harbour Tech', 'HK')).not.toBe(brandColour('Harbour Tech', 'MAINLAND'));
  });

  test('white text stays readable on every generated colour (it is never light)', () => {
    for (const name of ['A', 'Zhiqi Advanced Materials', 'Fengrun Electric Vehicle', 'Macau Design Studio', 'Nordic Licensing AB']) {
      const hex = brandColour(name, 'OVERSEAS');
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
      const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      expect(luminance).toBeLessThan(0.45);
    }
  });

  test('monograms: two initials of the words that name the organization; CJK names by their first characters', () => {
    expect(monogram('Shanghai Science and Technology Innovation Park')).toBe('SS');
    expect(monogram('Zhiqi Advanced Materials (Hefei) Co., Ltd.')).toBe('ZA');
    expect(monogram('The Ltd')).toBe('T');
    expect(monogram('深圳光启创新')).toBe('深圳');
    expect(monogram('  ')).toBe('?');
  });
});
