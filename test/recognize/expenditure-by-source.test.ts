/**
 * 西安 「部门综合预算支出总表」 lists the department's spending by unit with its columns by source of
 * funds (一般公共预算拨款, 事业收入, 上年结转 …): the header alone looks like a 收入总表, the title
 * names the 支出总表. A 「部门收入总表」 with the same columns stays a 收入总表. Invented figures.
 */
import type { CellValue } from '../../src/grid/types';
import { analyze } from '../../src/engine';
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


/**
 * The department line cut into pieces at the column borders below it (西安 PDF: 「预算单 | 位：西安 |
 * 市民政局 | … | 单位：元」) is the title block, not a header row: the columns' paths stay one group
 * and the last column (其他收入) is still a summand of the 合计.
 */
describe('a department line cut at the column borders', () => {
  function summary(total: number): CellValue[][] {
    return [
      ['2021年部门综合预算支出总表', null, null, null, null, null],
      ['预算单', '位：某某', '局', null, null, '单位：元'],
      ['单位编码', '单位名称', '合计', '公共预算拨款', '事业收入', '其他收入'],
      [null, '合计', total, 100, 20, 13],
      ['101001', '某某局', total, 100, 20, 13],
    ];
  }
  const errors = (total: number) => analyze([grid('第43页', summary(total))]).findings.filter((f) => f.rule === 'exp.columns' && f.severity === 'error');

  test('the columns add up to the 合计', () => {
    expect(recognizeWorkbook([grid('第43页', summary(133))])[0].lists[0].columns.map((c) => c.path.join('/'))).toEqual(['单位编码', '单位名称', '合计', '公共预算拨款', '事业收入', '其他收入']);
    expect(errors(133)).toEqual([]);
  });

  test('a wrong 合计 is still an error', () => {
    expect(errors(120).length).toBeGreaterThan(0);
  });
});
