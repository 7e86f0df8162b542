import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { CreateExhibitBody } from '../catalog.js';
import {
  CLASS_SCHEMES,
  classAncestors,
  classScheme,
  isKnownClass,
  LOCARNO_CLASS_COUNT,
  NICE_CLASS_COUNT,
  normaliseClass,
} from './classCodes.js';
import { type ClassNode, childrenOf, classTitle } from './classification.js';
import { ClassCodeList } from './classSchemas.js';
import { classTitleIn } from './classTitles.js';

/** Every node of a scheme, walking the tree from the top. */
function allNodes(scheme: (typeof CLASS_SCHEMES)[number]): ClassNode[] {
  const out: ClassNode[] = [];
  const walk = (parent?: string) => {
    for (const node of childrenOf(scheme, parent)) {
      out.push(node);
      walk(node.code);
    }
  };
  walk();
  return out;
}

const CJK = /[\u4e00-\u9fff]/;

describe('classification', () => {
  test('every IPC section and class is present, and each level holds only real children', () => {
    const sections = childrenOf('ipc').map((n) => n.code);
    expect(sections).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    for (const section of sections) {
      const classes = childrenOf('ipc', section);
      expect(classes.length).toBeGreaterThan(5);
      for (const c of classes) {
        expect(c.code).toMatch(new RegExp(`^${section}[0-9]{2}$`));
        expect(c.title.en).not.toBe('');
        expect(c.title.zh).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(childrenOf('ipc', 'H01').map((n) => n.code)).toEqual(expect.arrayContaining(['H01L', 'H01M', 'H01Q']));
    expect(childrenOf('ipc', 'H01M')).toEqual([]);
  });

  test('Nice has classes 1 to 45 and Locarno 1 to 32, each titled in English and Chinese', () => {
    expect(childrenOf('nice').map((n) => n.code)).toEqual(Array.from({ length: 45 }, (_, i) => String(i + 1)));
    expect(childrenOf('locarno').map((n) => n.code)).toEqual(Array.from({ length: 32 }, (_, i) => `LOC ${i + 1}`));
    expect(classTitle('9', 'zh-CN')).toBe('科学仪器');
    expect(classTitle('LOC 26', 'en')).toBe('Lighting apparatus');
  });

  test('codes are normalised to one spelling per scheme', () => {
    expect(normaliseClass(' h01m ')).toBe('H01M');
    expect(normaliseClass('H01M10/052')).toBe('H01M 10/052');
    expect(normaliseClass('H01M 010/052')).toBe('H01M 10/052');
    expect(normaliseClass('NCL 09')).toBe('9');
    expect(normaliseClass('Nice 35')).toBe('35');
    expect(normaliseClass('loc 02')).toBe('LOC 2');
    expect(classScheme('H01')).toBe('ipc');
    expect(classScheme('35')).toBe('nice');
    expect(classScheme('LOC 2')).toBe('locarno');
  });

  test('codes that are not real classes are unknown', () => {
    for (const code of ['H01Z', 'I01', 'A00', '0', '46', 'LOC 33', 'H01M 10', 'Z99Z 1/00', '', 'battery']) {
      expect(isKnownClass(code)).toBe(false);
      expect(classScheme(code)).toBeNull();
    }
  });

  test('ancestors run from the section down, so a class filter matches by level and never by string prefix', () => {
    expect(classAncestors('H01M 10/052')).toEqual(['H', 'H01', 'H01M', 'H01M 10/052']);
    expect(classAncestors('H01')).toEqual(['H', 'H01']);
    expect(classAncestors('1')).toEqual(['1']);
    expect(classAncestors('12')).not.toContain('1');
  });

  test('an IPC group takes its subclass title in the asked language', () => {
    expect(classTitle('H01M 10/052', 'en')).toMatch(/batteries/);
    expect(classTitle('H01M 10/052', 'zh-CN')).toMatch(/电池/);
    expect(classTitle('H01M 10/052', 'zh-HK')).toMatch(/電池/);
    expect(classTitle('Q01', 'en')).toBeUndefined();
  });

  test('every entry of every scheme has a simplified and a traditional Chinese title, never the English one', () => {
    const counts = Object.fromEntries(CLASS_SCHEMES.map((scheme) => [scheme, allNodes(scheme).length]));
    expect(counts).toEqual({ ipc: 8 + 132 + 650, nice: 45, locarno: 32 });
    for (const scheme of CLASS_SCHEMES) {
      for (const { code, title } of allNodes(scheme)) {
        expect([code, CJK.test(title.zh), CJK.test(title.zhHant)]).toEqual([code, true, true]);
        expect([code, title.zh]).not.toEqual([code, title.en]);
        expect([code, title.zhHant]).not.toEqual([code, title.en]);
        // A change of script, not of wording: the two Chinese titles match character for character.
        expect([code, [...title.zhHant].length]).toEqual([code, [...title.zh].length]);
      }
    }
  });

  test('zh-HK, zh-TW and zh-Hant read traditional titles, zh-CN and zh simplified ones, other languages English', () => {
    expect(classTitle('B60C', 'zh-CN')).toBe('车辆轮胎；轮胎充气；轮胎更换；一般充气弹性体的气门连接；与轮胎有关的装置或部件');
    expect(classTitle('B60C', 'zh-HK')).toBe('車輛輪胎；輪胎充氣；輪胎更換；一般充氣彈性體的氣門連接；與輪胎有關的裝置或部件');
    expect(classTitle('LOC 10', 'zh-HK')).toBe('鐘、錶和其他計量儀器，檢測和信號儀器');
    expect(classTitle('9', 'zh-HK')).toBe('科學儀器');
    const h = childrenOf('ipc').find((n) => n.code === 'H')!.title;
    for (const lng of ['zh-HK', 'zh-hk', 'zh-TW', 'zh-MO', 'zh-Hant', 'zh-Hant-CN', 'zh_HK'])
      expect([lng, classTitleIn(h, lng)]).toEqual([lng, '電學']);
    for (const lng of ['zh-CN', 'zh', 'zh-SG', 'zh-Hans-HK']) expect([lng, classTitleIn(h, lng)]).toEqual([lng, '电学']);
    for (const lng of ['en', 'en-GB', 'fr', 'zhx', '']) expect([lng, classTitleIn(h, lng)]).toEqual([lng, 'Electricity']);
  });

  test('validation knows exactly the classes the titled data holds', () => {
    const titled = CLASS_SCHEMES.flatMap((scheme) => allNodes(scheme).map((n) => n.code));
    for (const code of titled) expect([code, normaliseClass(code)]).toEqual([code, code]);
    expect(allNodes('nice')).toHaveLength(NICE_CLASS_COUNT);
    expect(allNodes('locarno')).toHaveLength(LOCARNO_CLASS_COUNT);
    expect([normaliseClass(String(NICE_CLASS_COUNT + 1)), normaliseClass(`LOC ${LOCARNO_CLASS_COUNT + 1}`)]).toEqual([null, null]);
  });

  test('the committed traditional titles and IPC code list are exactly what the derivation script writes', () => {
    const script = fileURLToPath(new URL('../../scripts/classification-derive.mjs', import.meta.url));
    expect(() => execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' })).not.toThrow();
  });

  test('the exhibit schema refuses an unknown class naming the field, and stores canonical codes', () => {
    const base = {
      boothId: 'b1',
      type: 'patent',
      title: 'Solid-state battery cell',
      registrationNumber: 'ZL 2024 1 0000001.X',
      jurisdiction: 'CN',
      askingPrice: { amount: 100_000, currency: 'CNY' },
      tradeModes: ['assignment'],
    };
    const bad = CreateExhibitBody.safeParse({ ...base, classes: ['H01M', 'H99Q'] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['classes', 1]);
    expect(bad.error?.issues[0]?.params).toEqual({ reason: 'unknownClass' });
    const good = CreateExhibitBody.safeParse({ ...base, classes: ['h01m10/052', 'NCL 9'] });
    expect(good.data?.classes).toEqual(['H01M 10/052', '9']);
    expect(ClassCodeList.safeParse(['H01M', 'h01m']).success).toBe(false);
  });
});
