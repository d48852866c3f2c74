import { err } from './helpers';
import { change, pct, pctText, rate, wan } from '../../functions/pure/percent';

describe('YS.PCT', () => {
  test('占比 as a percent number, rounded half-up to 2 percent decimals', () => {
    expect(pct(65, 100)).toBe(0.65);
    expect(pct(1, 3)).toBe(0.3333);
    expect(pct(2, 3)).toBe(0.6667);
    expect(pct(1, 3, 0)).toBe(0.33);
    expect(pct(1, 8, 1)).toBe(0.125); // 12.5% exactly at 1 decimal
  });
  test('half-up at .005 of a percent, computed exactly', () => {
    // 1/800 = 0.125% → 0.13% (a float path gives 0.12 for some of these)
    expect(pct(1, 800)).toBe(0.0013);
    expect(pct('0.1', '0.3')).toBe(0.3333);
    expect(pct(0.1 + 0.2, 0.3)).toBe(1); // 0.30000000000000004 is Excel's stored value, 100.00%
  });
  test('numeric text, 千分位, full-width digits, blanks and ranges', () => {
    expect(pct('1,234.00', '2,468')).toBe(0.5);
    expect(pct('１２', '４８')).toBe(0.25);
    expect(pct([[10], [null], ['—'], [15]], 100)).toBe(0.25);
    expect(pct('(5)', 20)).toBe(-0.25);
  });
  test('bad input gives #VALUE!/#N/A with a Chinese message', () => {
    expect(err(pct(1, 0)).code).toBe('#N/A');
    expect(err(pct(1, 0)).message).toMatch(/总数为 0/);
    expect(err(pct(1, null)).code).toBe('#N/A');
    expect(err(pct('abc', 10)).code).toBe('#VALUE!');
    expect(err(pct('abc', 10)).message).toBe('部分数「abc」不是数字');
    expect(err(pct(true, 10)).message).toMatch(/逻辑值/);
    expect(err(pct('#REF!', 10)).message).toMatch(/引用无效/);
    expect(err(pct({ code: '#DIV/0!' }, 10)).message).toMatch(/除数为零/);
    expect(err(pct(1, 2, 1.5)).message).toMatch(/小数位数/);
    expect(err(pct(1, 2, -1)).code).toBe('#VALUE!');
    expect(err(pct(1, 2, 11)).code).toBe('#VALUE!');
  });
});

describe('YS.PCTTEXT', () => {
  test('prints like the 说明', () => {
    expect(pctText(65, 100)).toBe('65.00%');
    expect(pctText(1, 3)).toBe('33.33%');
    expect(pctText(1, 800)).toBe('0.13%');
    expect(pctText(1, 3, 1)).toBe('33.3%');
    expect(pctText('89.05', '137.05')).toBe('64.98%');
  });
  test('bad input', () => {
    expect(err(pctText(1, '—')).code).toBe('#N/A');
    expect(err(pctText('x', 1)).code).toBe('#VALUE!');
  });
});

describe('YS.CHANGE', () => {
  test('增加/减少/持平 with amount and rate, as the 说明 word it', () => {
    expect(change(6.63, 4.99)).toBe('增加1.64万元，增长32.87%');
    expect(change(4.99, 6.63)).toBe('减少1.64万元，下降24.74%');
    expect(change(100, 100)).toBe('持平');
    expect(change('100.001', 100)).toBe('持平'); // difference rounds to 0.00
    expect(change(5, 0)).toBe('增加5.00万元'); // no base: amount only
    expect(change(16400, 49900, '元')).toBe('减少33500.00元，下降67.13%');
    expect(change(3, 2, '无')).toBe('增加1.00，增长50.00%');
    expect(change(3, 2, null, 1)).toBe('增加1.0万元，增长50.0%');
  });
  test('exact: 0.1 + 0.2 vs 0.3 is 持平, not a float residue', () => {
    expect(change(0.1 + 0.2, 0.3)).toBe('持平');
    expect(change([[0.1], [0.2]], 0.3)).toBe('持平');
  });
  test('bad input', () => {
    expect(err(change('abc', 1)).message).toBe('本年数「abc」不是数字');
    expect(err(change(1, 'x')).message).toBe('上年数「x」不是数字');
    expect(err(change(1, 2, '美元')).message).toMatch(/单位应为/);
  });
});

describe('YS.RATE', () => {
  test('rate as a percent number, half-up to 2 percent decimals', () => {
    expect(rate(6.63, 4.99)).toBe(0.3287);
    expect(rate(4.99, 6.63)).toBe(-0.2474);
    expect(rate(100, 100)).toBe(0);
    expect(rate(1.005, 1, 4)).toBe(0.005);
    // 下降 0.066%, not 0.65% (the published error): 1.5 → 1.499 is −0.0667%
    expect(rate(1.499, 1.5, 3)).toBe(-0.00067);
  });
  test('a negative prior uses |prior| as the base', () => {
    expect(rate(-5, -10)).toBe(0.5);
  });
  test('prior 0 gives #N/A with a Chinese message', () => {
    const e = err(rate(5, 0));
    expect(e.code).toBe('#N/A');
    expect(e.message).toMatch(/上年数为 0/);
    expect(err(rate(5, '—')).code).toBe('#N/A');
  });
});

describe('YS.WAN', () => {
  test('元 → 万元 exactly, half-up at .005', () => {
    expect(wan(12345)).toBe(1.23);
    expect(wan(12350)).toBe(1.24); // 1.235 → 1.24 half-up (a float path gives 1.23)
    expect(wan(10050)).toBe(1.01); // 1.005 → 1.01 (Math.round(1.005*100)/100 gives 1)
    expect(wan(-10050)).toBe(-1.01); // half away from zero, as printed
    expect(wan('1,234,567.89')).toBe(123.46);
    expect(wan(12345, 4)).toBe(1.2345);
    expect(wan(12345, 0)).toBe(1);
    expect(wan(null)).toBe(0);
  });
  test('a range gives a range: blanks stay blank, bad cells get their own error', () => {
    const out = wan([[10050, null], ['x', '—']]) as unknown[][];
    expect(out[0][0]).toBe(1.01);
    expect(out[0][1]).toBe('');
    expect(err(out[1][0]).code).toBe('#VALUE!');
    expect(out[1][1]).toBe(0);
  });
  test('bad digits', () => {
    expect(err(wan(1, 'two')).message).toMatch(/小数位数/);
  });
});
