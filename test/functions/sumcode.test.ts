import { isFnError } from '../../functions/errors';
import { codeDigits, joinCodeParts, rowCodes, sumCode } from '../../functions/pure/sumcode';

describe('code cells', () => {
  test('leading digits of joined codes in any dress', () => {
    expect(codeDigits('2010301')).toBe('2010301');
    expect(codeDigits(2010301)).toBe('2010301');
    expect(codeDigits('[201]')).toBe('201');
    expect(codeDigits('【20103】一般行政管理事务')).toBe('20103');
    expect(codeDigits('201 一般公共服务支出')).toBe('201');
    expect(codeDigits('２０１')).toBe('201');
    expect(codeDigits('合计')).toBeNull();
    expect(codeDigits(null)).toBeNull();
    expect(codeDigits(1.5)).toBeNull();
  });
  test('split 类/款/项 parts joined, numbers that lost their leading zero padded', () => {
    expect(joinCodeParts(['201', '03', '01'])).toBe('2010301');
    expect(joinCodeParts(['201', '3', '1'])).toBe('2010301');
    expect(joinCodeParts(['201', '20103', '2010301'])).toBe('2010301');
    expect(joinCodeParts(['301', '01'])).toBe('30101');
  });
  test('a 款/项 row leaving 类 blank inherits it from the row above', () => {
    const codes = [
      ['201', null, null],
      [null, 3, null],
      [null, null, 1],
      [null, '04', null],
      ['合计', null, null],
    ];
    expect(rowCodes(codes)).toEqual(['201', '20103', '2010301', '20104', null]);
  });
});

describe('YS.SUMCODE', () => {
  const joined = [['201'], ['20103'], ['2010301'], ['2010302'], ['208'], ['2080501'], ['合计']];
  const amounts = [[300], [250], [200], [50], [70], [70], [370]];

  test('adds detail lines only: subtotals are not counted twice', () => {
    expect(sumCode(joined, amounts, 201)).toBe(250);
    expect(sumCode(joined, amounts, '20103')).toBe(250);
    expect(sumCode(joined, amounts, '2010302')).toBe(50);
    expect(sumCode(joined, amounts, '208')).toBe(70);
    expect(sumCode(joined, amounts, '2')).toBe(320);
    expect(sumCode(joined, amounts, '213')).toBe(0);
  });
  test('a wrong subtotal in the sheet does not hide in the result', () => {
    const wrong = [[999], [999], [200], [50], [70], [70], [370]];
    expect(sumCode(joined, wrong, 201)).toBe(250);
  });
  test('a table with only 项 lines is summed as is', () => {
    expect(sumCode([[2010301], [2010302], [2010401]], [['1.10'], ['2.20'], ['—']], '20103')).toBe(3.3);
    expect(sumCode([[2010301], [2010302]], [[0.1], [0.2]], 201)).toBe(0.3); // exact, not 0.30000000000000004
  });
  test('split code columns with numeric 款/项', () => {
    const split = [
      ['201', null, null],
      ['201', 3, null],
      ['201', 3, 1],
      ['201', 3, 2],
      ['201', 4, 1],
    ];
    expect(sumCode(split, [[10], [8], [5], [3], [2]], '201')).toBe(10);
    expect(sumCode(split, [[10], [8], [5], [3], [2]], '20103')).toBe(8);
    expect(sumCode(split, [[10], [8], [5], [3], [2]], '20104')).toBe(2);
  });
  test('bad input', () => {
    const rows = sumCode([['201'], ['202']], [[1]], '201');
    expect(isFnError(rows) && rows.message).toMatch(/行数应相同/);
    const pre = sumCode([['201']], [[1]], '类');
    expect(isFnError(pre) && pre.code).toBe('#VALUE!');
    const amt = sumCode([['201'], ['202']], [['abc'], [1]], '201');
    expect(isFnError(amt) && amt.message).toBe('第 1 行（201）的金额「abc」不是数字');
    // text in an amount cell of a line outside the prefix does not matter
    expect(sumCode([['201'], ['202']], [['abc'], [1]], '202')).toBe(1);
  });
});
