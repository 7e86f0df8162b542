import { checkNeed, EMPTY_NEED, fieldOf, needBody, splitList, valuesOf } from './needForm';

describe('the need form', () => {
  test('lists split on Latin and Chinese commas; the budget turns yuan into fen', () => {
    expect(splitList('H01M, h01m 10/052，35、')).toEqual(['H01M', 'h01m 10/052', '35']);
    const body = needBody({
      ...EMPTY_NEED,
      title: 'Cells',
      classes: 'H01M',
      keywords: 'battery, solid-state',
      budgetMax: '50,000.5',
      territory: 'cn us',
    });
    expect(body).toEqual({
      title: 'Cells',
      classes: ['H01M'],
      keywords: ['battery', 'solid-state'],
      types: [],
      tradeModes: [],
      visibility: 'public',
      territory: ['CN', 'US'],
      budget: { max: { amount: 5_000_050, currency: 'CNY' } },
    });
  });

  test('the shared schema judges the form: unknown classes, a budget that is not a number and a reversed range are refused on their fields', () => {
    const bad = checkNeed({ ...EMPTY_NEED, title: 'Cells', classes: 'H01M, Z99', budgetMin: 'lots', budgetMax: '' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect([...bad.issues.keys()].sort()).toEqual(['budgetMin', 'classes']);
    const reversed = checkNeed({ ...EMPTY_NEED, title: 'Cells', classes: 'H01M', budgetMin: '10', budgetMax: '5' });
    expect(!reversed.ok && reversed.issues.get('budgetMin')?.params?.reason).toBe('aboveMaximum');
    const good = checkNeed({ ...EMPTY_NEED, title: 'Cells', classes: 'h01m 10/52' });
    expect(good.ok && good.body.classes).toEqual(['H01M 10/52']);
  });

  test('refused paths of the server land on the field they belong to', () => {
    expect(fieldOf('body.classes.1')).toBe('classes');
    expect(fieldOf('body.budget.max.currency')).toBe('budgetMax');
    expect(fieldOf('budget.min')).toBe('budgetMin');
    expect(fieldOf('body.keywords.0')).toBe('keywords');
  });

  test('an existing need fills the form back', () => {
    const values = valuesOf({
      id: 'n1',
      title: 'Cells',
      classes: ['H01M'],
      keywords: ['battery'],
      types: ['patent'],
      tradeModes: ['exclusive'],
      territory: ['CN'],
      budget: { max: { amount: 5_000_000, currency: 'CNY' } },
      visibility: 'private',
      createdAt: 0,
      updatedAt: 0,
      answers: [],
    });
    expect(values).toMatchObject({ classes: 'H01M', territory: 'CN', budgetMax: '50000', budgetMin: '', visibility: 'private' });
  });
});
