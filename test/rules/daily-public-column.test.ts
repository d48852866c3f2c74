/**
 * 「基本支出 › 日常公用支出」 (杭州) is the 公用经费 column, not a second 基本支出: a 支出总表 printing
 * 基本支出 as 人员支出 | 日常公用支出 (no subtotal) is compared 逐科目 column by column with the
 * 一般公共预算支出表's 人员经费 and 公用经费, never its 基本支出 小计 with the 公用 column. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

const GENERAL: CellValue[][] = [
  ['一般公共预算支出表', null, null, null, null, null],
  ['单位：万元', null, null, null, null, null],
  ['科目名称', '合计', '基本支出', null, null, '项目支出'],
  [null, null, '小计', '人员经费', '日常公用支出', null],
  ['合计', 130, 110, 100, 10, 20],
  ['社会保障和就业支出', 110, 110, 100, 10, null],
  ['卫生健康支出', 20, null, null, null, 20],
];

function summary(staff: number): CellValue[][] {
  return [
    ['支出总表', null, null, null, null],
    ['单位：万元', null, null, null, null],
    ['科目名称', '总计', '基本支出', null, '项目支出'],
    [null, null, '人员支出', '日常公用支出', null],
    ['合计', 30 + staff, staff, 10, 20],
    ['社会保障和就业支出', 10 + staff, staff, 10, null],
    ['卫生健康支出', 20, null, null, 20],
  ];
}

const errors = (staff: number) =>
  checkSheets([
    grid('表5', GENERAL, [{ r0: 2, c0: 2, r1: 2, c1: 4 }, { r0: 2, c0: 0, r1: 3, c1: 0 }, { r0: 2, c0: 1, r1: 3, c1: 1 }, { r0: 2, c0: 5, r1: 3, c1: 5 }]),
    grid('表3', summary(staff), [{ r0: 2, c0: 2, r1: 2, c1: 3 }, { r0: 2, c0: 0, r1: 3, c1: 0 }, { r0: 2, c0: 1, r1: 3, c1: 1 }, { r0: 2, c0: 4, r1: 3, c1: 4 }]),
  ]).filter((f) => f.rule === 'cross.general_budget' && f.severity === 'error');

describe('日常公用支出 is the 公用经费 column', () => {
  test('a 支出总表 without a 基本支出 subtotal agrees column by column', () => {
    expect(errors(100)).toEqual([]);
  });

  test('a smaller 人员支出 in the 支出总表 is still an error', () => {
    const es = errors(90);
    expect(es.some((f) => /社会保障和就业支出.*人员经费 100\.00 ≠ 90\.00/.test(f.message))).toBe(true);
  });
});
