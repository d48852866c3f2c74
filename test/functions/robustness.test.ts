/**
 * Every YS.* function on the inputs finance sheets really hold — blanks, 千分位, full-width digits,
 * 「—」, (负数), #REF! inside a range, 2-D ranges, very large ranges — gives a value or a Chinese
 * error, never an exception. The fast paths of argument reading give the Decimal parseAmount gives.
 */
import Decimal from 'decimal.js';
import { parseAmount } from '../../src/grid/number';
import { amountArg, amountOfCell, cellsOf } from '../../functions/pure/inputs';
import { amount } from '../../functions/pure/amount';
import { checkCount } from '../../functions/pure/check';
import { codeName } from '../../functions/pure/codename';
import { change, pct, pctText, rate, wan } from '../../functions/pure/percent';
import { sumCode } from '../../functions/pure/sumcode';
import { sectionText } from '../../functions/pure/text';
import { isFnError } from '../../functions/errors';
import { err, sampleAnalysis } from './helpers';

/** #REF! as the Excel runtime hands an error cell to a function. */
const REF = { type: 'Error', errorType: 'Ref', code: '#REF!' };

describe('argument reading', () => {
  test('the fast paths give exactly the Decimal parseAmount gives', () => {
    const samples: unknown[] = [0, -0, 5, -12.5, 0.1, 0.2 + 0.1, 1e21, 1e-7, 123456789.125, '0', '-5', '007', '12.50', '1,234.56', '-1,234,567.8', '1,23', '12,3456', '1.', '.5'];
    for (const v of samples) {
      const p = parseAmount(v as string | number);
      const a = amountOfCell(v, '金额');
      if (p.kind === 'number') expect([v, (a as Decimal).toString()]).toEqual([v, p.value.toString()]);
      else expect([v, isFnError(a)]).toEqual([v, true]);
    }
  });

  test('a range of 300,000 cells is read without overflowing the stack', () => {
    const wide = [Array.from({ length: 300_000 }, () => '1')];
    expect(cellsOf(wide)).toHaveLength(300_000);
    expect((amountArg(wide, '金额') as Decimal).toNumber()).toBe(300_000);
    expect(pct(wide, [[600_000]])).toBe(0.5);
  });
});

describe('each function on finance-sheet input', () => {
  const a = sampleAnalysis();
  test('千分位, full-width digits, 「—」 and (负数) read as the tables print them', () => {
    expect(pct([['1,234.50']], [['２,４６９．００']])).toBe(0.5);
    expect(pctText([['（1,234.50）']], [['2,469']])).toBe('-50.00%');
    expect(change([['１２３．４５']], [['—']])).toBe('增加123.45万元');
    expect(change([['(5.00)']], [['-']])).toBe('减少5.00万元');
    expect(rate([['2,000']], [['１,０００']])).toBe(1);
    expect(wan([['1,234,567']], [['２']])).toEqual([[123.46]]);
    expect(sumCode([['２０１０３０１'], ['[208]']], [['1,000.5'], ['（2）']], '201')).toBe(1000.5);
    expect(codeName([['２０１']])).toBe('一般公共服务支出');
  });

  test('blanks: amounts count 0, optional arguments take their default, names and codes say what is missing', () => {
    expect(pct([[null]], [[100]])).toBe(0);
    expect(pct([[1]], [[3]], null)).toBe(0.3333);
    expect(change([['']], [[1]], undefined, '')).toBe('减少1.00万元，下降100.00%');
    expect(wan([[null, 12350], ['', '—']])).toEqual([['', 1.24], ['', 0]]);
    expect(err(codeName([[null, '']])).message).toBe('科目编码为空');
    expect(err(rate([[1]], [[null]])).code).toBe('#N/A');
    expect(err(amount(a, [['']], '收入总计')).message).toBe('表名为空：请写表名，如「收支总表」');
    expect(err(sectionText(a, null)).code).toBe('#VALUE!');
    expect(checkCount(a, [['']])).toBe(2);
  });

  test('#REF! inside a range names the argument (and the row in YS.SUMCODE)', () => {
    const msg = '单元格引用无效（#REF!），可能删除了被引用的行列';
    expect(err(pct([[1], [REF]], [[2]])).message).toBe(`部分数：${msg}`);
    expect(err(change([[1]], [[2], ['#REF!']])).message).toBe(`上年数：${msg}`);
    expect(err(rate([[REF, 1]], [[2]])).message).toBe(`本年数：${msg}`);
    expect(wan([[100], [REF]])).toEqual([[0.01], [expect.objectContaining({ code: '#VALUE!', message: `元金额：${msg}` })]]);
    expect(err(sumCode([['201'], ['2010301']], [[1], [REF]], '201')).message).toBe(`第 2 行（2010301）的金额：${msg}`);
    // A broken code cell is an error too, not a row silently left out of the sum.
    expect(err(sumCode([['2010301'], [REF]], [[1], [2]], '201')).message).toBe(`科目编码第 2 行：${msg}`);
    expect(err(codeName([['201', REF]])).message).toBe(`科目编码：${msg}`);
    expect(err(amount(a, [[REF]], '收入总计')).message).toBe(`表名：${msg}`);
    expect(err(checkCount(a, REF)).message).toBe(`级别：${msg}`);
    // The other shapes an error cell can take in the runtimes: an error type name, an ErrorCode name.
    expect(err(pct([[{ type: 'Error', errorType: 'Ref' }]], [[1]])).message).toBe(`部分数：${msg}`);
    expect(err(pct([[{ code: 'invalidReference' }]], [[1]])).message).toBe(`部分数：${msg}`);
    expect(err(pct([[{ errorType: 'Div0' }]], [[1]])).message).toBe('部分数：除数为零（#DIV/0!）');
  });

  test('2-D ranges: amounts are summed like SUM, names and options must be one cell', () => {
    expect(pct([[1, 2], [3, '4']], [[20]])).toBe(0.5);
    expect(change([[1, 2], [3, 4]], [[5, 5]])).toBe('持平');
    expect(sumCode([['201', '03', '01'], ['208', '05', '01']], [[1, 2], [3, 4]], '201')).toBe(3);
    for (const r of [
      change([[1]], [[2]], [['万元', '元']]),
      pct([[1]], [[2]], [[1, 2]]),
      amount(a, [['收支总表', 'x']], '收入总计'),
      amount(a, '收支总表', [['收入总计'], ['x']]),
      checkCount(a, [['错误', '提示']]),
      sectionText(a, [['收入预算', 'x']]),
      sumCode([['201']], [[1]], [['201', '208']]),
      codeName('201', [[2016, 2024]]),
    ]) {
      expect(err(r).message).toMatch(/应为单个单元格或(?:文字|数字)，而不是区域$/);
    }
  });

  test('YS.SUMCODE over 100,000 rows (joined and split codes) and YS.CODENAME on a huge range', () => {
    const n = 100_000;
    const codes = Array.from({ length: n }, (_, i) => [i % 2 ? '2010301' : '2080501']);
    const amounts = Array.from({ length: n }, () => ['1,000.01']);
    expect(sumCode(codes, amounts, '201')).toBe(50_000_500);
    expect(sumCode(codes.map(([c]) => [c.slice(0, 3), c.slice(3, 5), c.slice(5)]), amounts, '20805')).toBe(50_000_500);
    expect(err(sumCode(codes, amounts.slice(1), '201')).message).toBe('科目编码区域有 100000 行，金额区域有 99999 行，行数应相同');
    expect(err(codeName([Array.from({ length: 100_000 }, () => '201')])).message).toBe('科目编码应为一个单元格，或类、款、项分列的 4 个以内单元格，收到 100000 个');
  });
});
