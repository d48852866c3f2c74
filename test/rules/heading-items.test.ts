/**
 * 西安 收支总表: 「一、部门预算」 heads its items without an amount (「1、财政拨款」「2、事业收入」 under
 * it are the items), and 「上年实户资金余额」 (a unit's own account brought forward) is part of the
 * 收入总计 beside 上年结转. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

function summary(business: number, grand: number): CellValue[][] {
  return [
    ['2020年部门综合预算收支总表', null, null, null],
    ['单位：万元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '支出功能分类科目', '预算数'],
    ['一、部门预算', null, '一、部门预算', null],
    ['1、财政拨款', 100, '1、一般公共服务', 90],
    ['(1)一般公共预算拨款收入', 100, '2、教育', 30],
    ['2、事业收入', business, '', null],
    ['本年收入合计', 120, '本年支出合计', 120],
    ['上年实户资金余额', 5, '结转下年', 15],
    ['上年结转', 10, '', null],
    ['收入总计', grand, '支出总计', 135],
  ];
}

const errors = (business: number, grand: number) =>
  checkSheets([grid('表1', summary(business, grand))]).filter((f) => f.rule.startsWith('ies.') && f.severity === 'error');

describe('收支总表 with a heading line and 上年实户资金余额', () => {
  test('the items under the heading and the 收入总计 with the 实户 balance add up', () => {
    expect(errors(20, 135)).toEqual([]);
  });

  test('a wrong item or a wrong 收入总计 is still an error', () => {
    expect(errors(21, 135).map((f) => f.rule)).toContain('ies.income_items');
    expect(errors(20, 136).map((f) => f.rule)).toContain('ies.income_total');
  });
});
