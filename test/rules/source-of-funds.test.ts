/**
 * A 支出总表 by source of funds with a 上年结转 column totals carried-over money too; whether that
 * total is the 收支总表's 本年支出合计 or its 支出总计 the page does not say, so a difference is a
 * warning that says why. The same table without carry-over columns still errs. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { analyze } from '../../src/engine';
import { grid } from '../recognize/grid-builder';

function bySource(total: number, carryover: boolean): CellValue[][] {
  return [
    ['2020年部门综合预算支出总表', null, null, null, null, null],
    [null, null, null, null, null, '单位：万元'],
    ['单位编码', '单位名称', '合计', '一般公共预算拨款', '事业收入', carryover ? '上年结转' : '其他收入'],
    [null, '合计', total, 100, 20, total - 120],
    ['101001', '某某局', total, 100, 20, total - 120],
  ];
}

const SUMMARY: CellValue[][] = [
  ['收支总表', null, null, null],
  ['单位：万元', null, null, null],
  ['收入', null, '支出', null],
  ['项目', '预算数', '项目', '预算数'],
  ['一、一般公共预算拨款收入', 100, '一、一般公共服务支出', 125],
  ['二、事业收入', 20, null, null],
  ['本年收入合计', 120, '本年支出合计', 125],
  ['三、上年结转', 10, '结转下年', 5],
  ['收入总计', 130, '支出总计', 130],
];

const found = (total: number, carryover: boolean) =>
  analyze([grid('第3页', SUMMARY), grid('第5页', bySource(total, carryover))]).findings.filter((f) => f.rule === 'cross.expenditure_summary');

describe('a 支出总表 by source of funds against the 收支总表', () => {
  test('with a 上年结转 column, a total equal to 支出总计 is a warning saying why, not an error', () => {
    const fs = found(130, true);
    expect(fs.filter((f) => f.severity === 'error')).toEqual([]);
    expect(fs.some((f) => f.severity === 'warning' && f.message.includes('按资金来源'))).toBe(true);
  });

  test('without carry-over columns the same difference is an error', () => {
    expect(found(130, false).filter((f) => f.severity === 'error')).toHaveLength(1);
    expect(found(125, false).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
