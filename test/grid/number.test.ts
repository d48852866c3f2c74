import { parseAmount, parseAmountText } from '../../src/grid/number';
import { toHalfWidth } from '../../src/vocabulary/fold';

function num(s: string | number): string {
  const p = typeof s === 'number' ? parseAmount(s) : parseAmountText(s);
  if (p.kind !== 'number') throw new Error(`not a number: ${s} → ${p.kind}`);
  return p.value.toString();
}

describe('parseAmount', () => {
  it('reads plain and thousand-separated numbers exactly', () => {
    expect(num(137.05)).toBe('137.05');
    expect(num(0.1)).toBe('0.1');
    expect(num('1,234.56')).toBe('1234.56');
    expect(num('1,234,567')).toBe('1234567');
  });
  it('reads full-width digits, signs and separators', () => {
    expect(toHalfWidth('１２３．４５')).toBe('123.45');
    expect(num('１，２３４．５')).toBe('1234.5');
    expect(num('－5.2')).toBe('-5.2');
  });
  it('reads (negative) in half- and full-width parentheses', () => {
    expect(num('(12.5)')).toBe('-12.5');
    expect(num('（12.5）')).toBe('-12.5');
  });
  it('treats dashes, ellipses and blanks as blank', () => {
    for (const s of ['—', '-', '－', '–', '……', '.....', '', '  ', '**']) expect(parseAmountText(s).kind).toBe('blank');
    expect(parseAmount(null).kind).toBe('blank');
  });
  it('reports Excel errors with a Chinese message', () => {
    const p = parseAmount({ error: '#REF!' });
    expect(p.kind).toBe('error');
    if (p.kind === 'error') expect(p.message).toContain('引用无效');
    expect(parseAmountText('#DIV/0!').kind).toBe('error');
  });
  it('leaves labels as text', () => {
    expect(parseAmountText('一般公共服务支出').kind).toBe('text');
    expect(parseAmountText('1,23,4').kind).toBe('text');
    expect(parseAmountText('2010301').kind).toBe('number');
  });
  it('reads percent and unit suffixes', () => {
    expect(num('65.5%')).toBe('0.655');
    expect(num('12.3万元')).toBe('12.3');
  });
});
