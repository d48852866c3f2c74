/**
 * 西安 收支总表: the 支出 side closes with 「未安排支出的实户资金」 (a unit's own account left
 * unspent), the match of 「上年实户资金余额」 on the 收入 side: 支出总计 = 本年支出合计 + 结转下年
 * + 未安排支出的实户资金. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

function summary(unspent: number): CellValue[][] {
  return [
    ['2022年部门综合预算收支总表', null, null, null],
    ['金额单位：元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '支出功能分类科目（按大类）', '预算数'],
    ['一、部门预算', 120, '一、部门预算', 120],
    ['1、财政拨款', 120, '1、一般公共服务支出', 90],
    ['(1)一般公共预算拨款', 120, '2、教育支出', 30],
    ['本年收入合计', 120, '本年支出合计', 120],
    ['用事业基金弥补收支差额', null, '结转下年', null],
    ['上年实户资金余额', 7.5, '未安排支出的实户资金', unspent],
    ['收入总计', 127.5, '支出总计', 127.5],
  ];
}

const errors = (unspent: number) =>
  checkSheets([grid('表1', summary(unspent))]).filter((f) => f.rule.startsWith('ies.') && f.severity === 'error');

describe('收支总表 whose 支出 side ends with 「未安排支出的实户资金」', () => {
  test('支出总计 counts the unspent account: no error', () => {
    expect(errors(7.5)).toEqual([]);
  });

  test('a 支出总计 the lines do not reach is still an error', () => {
    expect(errors(6.5).map((f) => f.rule)).toContain('ies.expenditure_total');
  });
});
