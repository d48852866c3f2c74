/**
 * 目录 (issue 17 §5): when the 目录 marks empty tables at all, an empty table it lists without the
 * mark (listed as if it had data) is a warning naming the 目录 line and the table. Invented tables.
 */
import type { SheetGrid } from '../../src/grid/types';
import type { TableKind } from '../../src/recognize/kinds';
import { runRules } from '../../src/rules';
import { list, model, table } from './build';

const one = (sheet: string, kind: TableKind, empty = false) =>
  table(sheet, kind, [list(sheet, 'main', [['合计']], [{ name: '合计', kind: 'total', amounts: [empty ? null : 10] }])], '万元', { empty });

const titles: [string, string | null][] = [
  ['部门收支总表', null], ['部门支出总表', null], ['财政拨款收支总表', null], ['一般公共预算支出表', null],
  ['政府性基金预算支出表', '空表'], ['国有资本经营预算支出表', null],
];
const tocTable = () => table('目录', 'table_of_contents', [list('目录', 'main', [], titles.map(([t]) => ({ name: t, amounts: [] })), 2)]);
const sheet: SheetGrid = { name: '目录', index: 0, top: 0, left: 0, values: [['公开报表目录'], ['报表名称', '备注'], ...titles.map(([t, n]) => [t, n])], merges: [], hiddenRows: [], hiddenCols: [] };
const toc = (stateCapitalEmpty: boolean) => runRules(model(
  tocTable(),
  one('收支总表', 'income_expenditure_summary'), one('支出总表', 'expenditure_summary'),
  one('财政拨款收支总表', 'fiscal_appropriation_summary'), one('一般公共预算支出表', 'general_budget_expenditure'),
  one('政府性基金', 'government_fund_expenditure', true), one('国资', 'state_capital_expenditure', stateCapitalEmpty),
), { sheets: [sheet] }).filter((f) => f.rule === 'complete.toc');

test('the 目录 marks 政府性基金 空表; 国资 with data passes, 国资 empty but listed unmarked is a warning', () => {
  expect(toc(false)).toEqual([]);
  const fs = toc(true);
  expect(fs.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringContaining('为空表，但目录中没有注明')]]);
  expect(fs[0].cells.length).toBeGreaterThanOrEqual(1);
});
