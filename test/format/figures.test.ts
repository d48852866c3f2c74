import Decimal from 'decimal.js';
import { changeRatePercent, changeText, percentText, sharePercent, yuanToWan } from '../../src/format/figures';

const d = (s: string) => new Decimal(s);

describe('the printed wording of 占比 and 增减率', () => {
  it('prints shares half-up with 2 decimals, as the documents do', () => {
    expect(percentText(sharePercent(d('89.05'), d('137.05'))!)).toBe('64.98%');
    expect(percentText(sharePercent(d('1'), d('8'))!)).toBe('12.50%');
    expect(percentText(sharePercent(d('0.00125'), d('1'))!)).toBe('0.13%'); // .125 → half-up
    expect(sharePercent(d('1'), d('0'))).toBeNull();
  });

  it('rounds exactly even when the quotient needs more than 20 digits', () => {
    // p/q × 100 = 12.345 − 1e−8/q = 12.34499999…(25 nines)…: at decimal.js's default 20 digits the
    // quotient would become 12.345 and print as 12.35%; exactly it is below the half and prints 12.34%.
    const Wide = Decimal.clone({ precision: 60 });
    const q = new Wide('99999999999999999');
    const p = q.times('0.12345').minus('0.0000000001');
    expect(p.toString()).toBe('12344999999999999.8765499999'); // built exactly
    expect(new Decimal(p).div(new Decimal(q)).times(100).toFixed(2)).toBe('12.35'); // the double rounding avoided
    expect(percentText(sharePercent(p, q)!)).toBe('12.34%');
    expect(percentText(changeRatePercent(q.plus(p), q)!)).toBe('12.34%');
  });

  it('says 增加/减少/持平 and 增长/下降 from the sign, with the rate against the prior year', () => {
    expect(changeText(d('6.63'), d('4.99'))).toBe('增加1.64万元，增长32.87%');
    expect(changeText(d('48'), d('53'))).toBe('减少5.00万元，下降9.43%');
    expect(changeText(d('0.3'), d('0.1').plus(d('0.2')))).toBe('持平');
    expect(changeText(d('5'), d('0'))).toBe('增加5.00万元');
    expect(changeRatePercent(d('1'), d('0'))).toBeNull();
  });

  it('converts 元 to 万元 exactly, half-up at .005', () => {
    expect(yuanToWan(d('12350')).toString()).toBe('1.24');
    expect(yuanToWan(d('12349.99')).toString()).toBe('1.23');
  });
});
