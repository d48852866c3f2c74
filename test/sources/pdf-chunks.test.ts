/**
 * A long name running over its column's drawn border up to the next column's figure is parted
 * from the figure (pdf-chunks.ts), and what counts as a printed figure there is the number
 * parser's reading (src/grid/number.ts): decimals or 千分位, in any width or sign the parser reads.
 * Invented runs: a name from x=10 to x=120 crossing a border at x=100, the next run right after.
 */
import { printsDecimalsOrGrouping } from '../../src/grid/number';
import { chunksOf } from '../../src/sources/pdf-chunks';
import type { PdfTextRun } from '../../src/sources/pdf-types';

const NAME: PdfTextRun = { s: '十九、资源海洋气象等事务支出', x: 10, y: 100, w: 110, h: 10 };
const after = (s: string): PdfTextRun => ({ s, x: 121, y: 100, w: 40, h: 10 });

describe('printed figure (the number parser\'s printsDecimalsOrGrouping)', () => {
  it('takes decimals and 千分位 in the widths and signs the parser reads', () => {
    for (const s of ['18803323.32', '1,200', '(3,000.5)', '（3,000.5）', '－0.25', '１，２３４．５６', '12.50%']) {
      expect([s, printsDecimalsOrGrouping(s)]).toEqual([s, true]);
    }
  });
  it('leaves out bare whole numbers, broken groupings and words', () => {
    for (const s of ['2026', '09', '1,20', '12,3456.7', '表1.', '第12页', '—']) expect([s, printsDecimalsOrGrouping(s)]).toEqual([s, false]);
  });
});

describe('a name crossing a border is parted from the figure after it', () => {
  it('parts it from a figure with decimals or 千分位 (full-width too)', () => {
    for (const fig of ['18,803,323.32', '1,200', '１２３．４５']) {
      expect(chunksOf([NAME, after(fig)], [100]).map((c) => c.s)).toEqual([NAME.s, fig]);
    }
  });
  it('keeps a bare number beside it in the same word (a title’s year or 表号)', () => {
    expect(chunksOf([NAME, after('2026')], [100]).map((c) => c.s)).toEqual([NAME.s + '2026']);
  });
});
