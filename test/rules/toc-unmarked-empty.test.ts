/**
 * 目录 (issue 17 §5): when the 目录 marks empty tables at all, an empty table it lists without the
 * mark (listed as if it had data) is a warning naming the 目录 line and the table. Invented tables.
 */
import type { TableKind } from '../../src/vocabulary/tables';
import { runRules } from '../../src/rules';
import { list, model, table } from './build';

const one = (sheet: string, kind: TableKind, empty = false) =>
  table(sheet, kind, [list(sheet, 'main', [['合计']], [{ name: '合计', kind: 'total', amounts: [empty ? null : 10] }])], '万元', { empty });

const titles: [string, string | null][] = [
  ['部门收支总表', null], ['部门支出总表', null], ['财政拨款收支总表', null], ['一般公共预算支出表', null],
  ['政府性基金预算支出表', '空表'], ['国有资本经营预算支出表', null],
];
// the 目录's rows as recognition hands them over: 报表名称 | 备注 (rows 2 …)
const rowTexts = Object.fromEntries(titles.map(([t, n], i) => [i + 2, [t, n ?? '']]));
const tocTable = () => table('目录', 'table_of_contents', [list('目录', 'main', [], titles.map(([t]) => ({ name: t, amounts: [] })), 2)], '万元', { rowTexts });
const toc = (stateCapitalEmpty: boolean) => runRules(model(
  tocTable(),
  one('收支总表', 'income_expenditure_summary'), one('支出总表', 'expenditure_summary'),
  one('财政拨款收支总表', 'fiscal_appropriation_summary'), one('一般公共预算支出表', 'general_budget_expenditure'),
  one('政府性基金', 'government_fund_expenditure', true), one('国资', 'state_capital_expenditure', stateCapitalEmpty),
),).filter((f) => f.rule === 'complete.toc');

test('the 目录 marks 政府性基金 空表; 国资 with data passes, 国资 empty but listed unmarked is a warning', () => {
  expect(toc(false)).toEqual([]);
  const fs = toc(true);
  expect(fs.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringContaining('为空表，但目录中没有注明')]]);
  expect(fs[0].cells.length).toBeGreaterThanOrEqual(1);
});
