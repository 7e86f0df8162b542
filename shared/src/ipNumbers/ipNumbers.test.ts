import { CreateExhibitBody } from '../catalog.js';
import { checkRegistrationNumber, cnPatentApplicationNumber, cnPatentCheckDigit } from './ipNumbers.js';

const valid = (type: 'patent' | 'trademark' | 'copyright', jurisdiction: string, n: string) =>
  checkRegistrationNumber(type, jurisdiction, n).ok;
const problem = (type: 'patent' | 'trademark' | 'copyright', jurisdiction: string, n: string) => {
  const r = checkRegistrationNumber(type, jurisdiction, n);
  return r.ok ? null : r.problem;
};

describe('Chinese patent application numbers', () => {
  // Published numbers whose check digits are quoted in explanations of the rule (2017 12-digit; 1997 8-digit form).
  test('a published 12-digit number passes with its check digit, with or without ZL/CN', () => {
    expect(cnPatentCheckDigit('201710601862')).toBe('3');
    expect(valid('patent', 'CN', '201710601862.3')).toBe(true);
    expect(valid('patent', 'CN', 'ZL201710601862.3')).toBe(true);
    expect(valid('patent', 'CN', 'CN 201710601862.3')).toBe(true);
    expect(valid('patent', 'CN', 'ZL 2017 1060 1862.3')).toBe(true);
  });

  test('a published pre-2004 8-digit number passes with its check digit (weights 2 to 9)', () => {
    expect(cnPatentCheckDigit('97101765')).toBe('4');
    expect(valid('patent', 'CN', '97101765.4')).toBe(true);
    expect(valid('patent', 'CN', 'ZL97101765.4')).toBe(true);
  });

  test('a remainder of 10 is written X', () => {
    const serial = Array.from({ length: 200 }, (_, i) => i).find((i) => cnPatentApplicationNumber(2020, 1, i).endsWith('X'));
    expect(serial).toBeDefined();
    const n = cnPatentApplicationNumber(2020, 1, serial as number);
    expect(valid('patent', 'CN', n)).toBe(true);
    expect(valid('patent', 'CN', n.replace(/X$/, '0'))).toBe(false);
  });

  test('a wrong check digit is refused as a check-digit problem', () => {
    expect(problem('patent', 'CN', '201710601862.4')).toBe('checkDigit');
    expect(problem('patent', 'CN', 'ZL201710601862.X')).toBe('checkDigit');
    expect(problem('patent', 'CN', '97101765.5')).toBe('checkDigit');
    // 200410042375 has check digit 0 by the rule, so `.3` is refused.
    expect(cnPatentCheckDigit('200410042375')).toBe('0');
    expect(problem('patent', 'CN', '200410042375.3')).toBe('checkDigit');
  });

  test('a wrong type digit, length or year is refused as a format problem', () => {
    expect(problem('patent', 'CN', '201740601862.3')).toBe('registrationFormat'); // type digit 4
    expect(problem('patent', 'CN', '20171060186.3')).toBe('registrationFormat');
    expect(problem('patent', 'CN', '199810601862.3')).toBe('registrationFormat'); // 12-digit form began in 2003
    expect(problem('patent', 'CN', '70101765.4')).toBe('registrationFormat'); // before 1985
    expect(problem('patent', 'CN', 'CN 2026 0001')).toBe('registrationFormat');
  });

  test('generated numbers carry their check digit', () => {
    expect(cnPatentApplicationNumber(2017, 1, 601862)).toBe('201710601862.3');
  });
});

describe('other Chinese and regional registers', () => {
  test('trademarks: 6 to 8 digits, with TM or 第…号', () => {
    for (const n of ['TM 41234567', '41234567', '第7654321号', '123456']) expect(valid('trademark', 'CN', n)).toBe(true);
    for (const n of ['TM 1', '123456789', 'T41234567']) expect(valid('trademark', 'CN', n)).toBe(false);
  });

  test('copyrights: 国作登字, provincial, 软著登字 and SR forms', () => {
    for (const n of [
      '国作登字-2020-A-00123456',
      '粤作登字-2019-F-00012345',
      'GZDZ-2020-F-00123456',
      '软著登字第1234567号',
      '2019SR0123456',
    ])
      expect(valid('copyright', 'CN', n)).toBe(true);
    for (const n of ['国作登字-2020-A-123', '软著登字第12号', 'GZDZ-1980-A-00123456']) expect(valid('copyright', 'CN', n)).toBe(false);
  });

  test('US, EP, WO, HK and MO forms', () => {
    expect(valid('patent', 'US', 'US 10,123,456 B2')).toBe(true);
    expect(valid('patent', 'US', 'D912,345')).toBe(true);
    expect(valid('patent', 'US', '16/123,456')).toBe(true);
    expect(valid('trademark', 'US', 'Reg. No. 4,123,456')).toBe(true);
    expect(valid('copyright', 'US', 'TX 8-123-456')).toBe(true);
    expect(valid('patent', 'EP', 'EP3 123 456 B1')).toBe(true);
    expect(valid('patent', 'EP', 'EP 17123456.7')).toBe(true);
    expect(valid('patent', 'WO', 'WO/2020/123456')).toBe(true);
    expect(valid('patent', 'WO', 'PCT/CN2020/123456')).toBe(true);
    expect(valid('trademark', 'WO', 'IR 1234567')).toBe(true);
    expect(valid('patent', 'HK', 'HK1234567')).toBe(true);
    expect(valid('trademark', 'HK', '302123456')).toBe(true);
    expect(valid('patent', 'MO', 'I/001234')).toBe(true);
    expect(valid('trademark', 'MO', 'N/123456')).toBe(true);
    expect(valid('trademark', 'EU', 'EUTM 018123456')).toBe(true);

    expect(valid('patent', 'US', 'ZL201710601862.3')).toBe(false);
    expect(valid('patent', 'WO', 'PCT/CN20/123456')).toBe(false);
    expect(valid('trademark', 'MO', 'I/001234')).toBe(false);
    expect(valid('copyright', 'HK', 'HK123')).toBe(false);
    expect(valid('trademark', 'EP', 'EP1234567')).toBe(false);
  });

  test('other offices: letters, digits and office punctuation only', () => {
    expect(valid('patent', 'JP', 'JP6123456B2')).toBe(true);
    expect(valid('patent', 'JP', 'JP<6123456>')).toBe(false);
  });
});

describe('the exhibit schema', () => {
  const body = {
    boothId: 'b1',
    type: 'patent',
    title: 'A widget',
    registrationNumber: 'ZL201710601862.3',
    jurisdiction: 'CN',
    askingPrice: { amount: 100, currency: 'CNY' },
    tradeModes: ['assignment'],
  };

  test('names registrationNumber when the check digit is wrong', () => {
    const r = CreateExhibitBody.safeParse({ ...body, registrationNumber: 'ZL201710601862.9' });
    expect(r.success).toBe(false);
    const issue = r.error?.issues[0];
    expect(issue?.path).toEqual(['registrationNumber']);
    expect((issue as { params?: { reason?: string } }).params?.reason).toBe('checkDigit');
  });

  test('accepts a valid number and refuses a state that does not fit the type', () => {
    expect(CreateExhibitBody.safeParse(body).success).toBe(true);
    const r = CreateExhibitBody.safeParse({ ...body, legalStatus: { state: 'registered' } });
    expect(r.error?.issues[0]?.path).toEqual(['legalStatus', 'state']);
  });
});
