/**
 * 逐科目 (src/rules/checks/bycode.ts) against a table listing a 类's lines at mixed levels: a detail table
 * (北京 支出总表) may list a 款 without 项 (「21298 超长期特别国债安排的支出」) beside 项 of other 款
 * (「2120399」): the 类 is the sum of all of them, not only of the 款-level lines. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

function summary(urban: number): CellValue[][] {
  return [
    ['收支总表', null, null, null],
    ['单位：万元', null, null, null],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', 260, '一、城乡社区支出', urban],
    ['', null, '二、农林水支出', 60],
    ['本年收入合计', 260, '本年支出合计', 260],
    ['收入总计', 260, '支出总计', 260],
  ];
}

const DETAIL: CellValue[][] = [
  ['支出总表', null, null, null, null],
  ['单位：万元', null, null, null, null],
  ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  [null, '合计', 260, 100, 160],
  ['2120399', '其他城乡社区公共设施支出', 50, 0, 50],
  ['2120598', '城市环境治理支出', 100, 100, 0],
  ['21298', '超长期特别国债安排的支出', 50, 0, 50],
  ['2130306', '水利工程运行与维护', 60, 0, 60],
];

const errors = (urban: number) =>
  checkSheets([grid('表1', summary(urban)), grid('表3', DETAIL)]).filter((f) => f.rule === 'cross.expenditure_summary' && f.severity === 'error');

describe('逐科目: a 类 against lines of mixed levels', () => {
  test('the 款 listed without 项 counts beside the 项 of other 款', () => {
    expect(errors(200)).toEqual([]);
  });

  test('a 类 that differs from the sum is still an error', () => {
    const es = errors(150);
    expect(es).toHaveLength(1);
    expect(es[0].message).toMatch(/城乡社区支出.*150\.00 ≠ 200\.00/);
  });
});
