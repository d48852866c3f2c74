/**
 * A 报表目录 printed as a table (西安: 「表4 | 部门综合预算财政拨款收支总表」 a row) lists the tables:
 * its rows are entries, not titles of empty tables. Read as titles they made empty 收支总表 /
 * 一般公共预算支出表 that the cross-table rules then took instead of the real ones (0.00 against
 * the real figures). Outside a 目录 the same 「表号 | 标题」 row still starts a table.
 */
import type { CellValue } from '../../src/grid/types';
import { analyze } from '../../src/engine';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from './grid-builder';

const TOC: CellValue[][] = [
  ['报表目录', null, null, null],
  ['报表', '报表名称', '是否空表', '表格为空的理由'],
  ['表1', '部门综合预算收支总表', null, null],
  ['表2', '部门综合预算收入总表', null, null],
  ['表3', '部门综合预算支出总表', null, null],
  ['表4', '部门综合预算财政拨款收支总表', null, null],
  ['表5', '部门综合预算一般公共预算支出明细表（按支出功能分类科目）', null, null],
  ['表6', '部门综合预算政府性基金收支表', '是', '不涉及'],
];

function general(total: number): CellValue[][] {
  return [
    ['表1', '部门综合预算一般公共预算支出明细表（按支出功能分类科目）', null, null, null],
    ['单位：万元', null, null, null, null],
    ['功能科目编码', '功能科目名称', '合计', '基本支出', '项目支出'],
    [null, '合计', total, 80, 20],
    ['201', '一般公共服务支出', 100, 80, 20],
    ['2010301', '行政运行', 100, 80, 20],
  ];
}

describe('a 目录 printed as a table', () => {
  test('is one table of contents, its rows are not tables', () => {
    const kinds = recognizeWorkbook([grid('第20页', TOC)]).map((t) => t.kind);
    expect(kinds).toEqual(['table_of_contents']);
  });

  test('the 「表号 | 标题」 row of a real table still starts it; a wrong total is an error', () => {
    const kinds = recognizeWorkbook([grid('第20页', TOC), grid('第25页', general(100))]).map((t) => t.kind);
    expect(kinds).toEqual(['table_of_contents', 'general_budget_expenditure']);
    const errors = analyze([grid('第20页', TOC), grid('第25页', general(110))]).findings.filter((f) => f.severity === 'error' && f.rule.startsWith('gbe.'));
    expect(errors.length).toBeGreaterThan(0);
  });
});
