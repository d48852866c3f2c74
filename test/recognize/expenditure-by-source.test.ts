/**
 * 西安 「部门综合预算支出总表」 lists the department's spending by unit with its columns by source of
 * funds (一般公共预算拨款, 事业收入, 上年结转 …): the header alone looks like a 收入总表, the title
 * names the 支出总表. A 「部门收入总表」 with the same columns stays a 收入总表. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from './grid-builder';

function table(title: string): CellValue[][] {
  return [
    [title, null, null, null, null, null],
    [null, null, null, null, null, '单位：万元'],
    ['单位编码', '单位名称', '合计', '一般公共预算拨款', '事业收入', '上年结转'],
    [null, '合计', 130, 100, 20, 10],
    ['101001', '某某局', 130, 100, 20, 10],
  ];
}

describe('a 支出总表 by source of funds', () => {
  test('is recognized by its title', () => {
    expect(recognizeWorkbook([grid('第31页', table('2020年部门综合预算支出总表'))]).map((t) => t.kind)).toEqual(['expenditure_summary']);
  });

  test('the same columns under a 收入总表 title stay a 收入总表', () => {
    expect(recognizeWorkbook([grid('第30页', table('2020年部门综合预算收入总表'))]).map((t) => t.kind)).toEqual(['income_summary']);
  });
});

/**
 * The sparse label row under a group label (「一般公共预算拨款」 over 「小计 | 其中：专项资金列入部门
 * 预算项目」, the other labels spanning down without a merge) right above the 栏次 row is header, and
 * the 「**」 栏次 row is no line (西安 225b0d00: 「第7行「**」：部门预算合计 1.00 ≠ 各项之和 68.00」 before).
 */
describe('a sparse label row above the 栏次 row', () => {
  function income(total: number): CellValue[][] {
    return [
      ['2020年部门综合预算收入总表', null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, '单位：万元'],
      ['单位编码', '单位名称', '部门预算', null, null, null, null, null],
      [null, null, '合计', '一般公共预算拨款', null, '政府性基金拨款', '事业收入', '上年结转'],
      [null, null, null, '小计', '其中：专项资金列入部门预算项目', null, null, null],
      ['**', '**', '1', '2', '3', '4', '5', '6'],
      [null, '合计', total, 100, 40, 0, 15, 5],
      ['101001', '某某局', total, 100, 40, 0, 15, 5],
    ];
  }
  test('header and 栏次 are read as such: the lines are 合计 and the unit', () => {
    const t = recognizeWorkbook([grid('第30页', income(120))])[0];
    expect(t.kind).toBe('income_summary');
    expect(t.lists[0].lines.map((l) => l.name)).toEqual(['合计', '某某局']);
    expect(t.lists[0].columns.find((c) => c.col === 3)?.path).toEqual(['部门预算', '一般公共预算拨款', '小计']);
  });
});

