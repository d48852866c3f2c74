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
