/**
 * review.empty_template (issue 17 §5): a 绩效目标表 left as the empty template — indicator names
 * and values all unfilled — with no statement why, is a warning naming the empty cells. Invented tables.
 */
import type { PerformanceIndicator } from '../../src/recognize/types';
import { runRules } from '../../src/rules';
import { list, model, table } from './build';

const indicator = (row: number, level3: string, value: string): PerformanceIndicator => ({
  level1: '产出指标', level2: '数量指标', level3, value,
  cells: { level3: { sheet: '绩效', row, col: 3 }, value: { sheet: '绩效', row, col: 4 } },
});
const perf = (indicators: PerformanceIndicator[], notes: string[] = []) =>
  table('绩效', 'performance_project', [list('绩效', 'main', [['资金总额']], [{ name: '森林防火项目', amounts: [30] }])], '万元', { indicators, notes });
const found = (t: ReturnType<typeof perf>) => runRules(model(t)).filter((f) => f.rule === 'review.empty_template');

test('a filled 绩效目标表 passes; one whose indicators are all blank is a warning on those cells', () => {
  expect(found(perf([indicator(6, '防火巡查次数', '≥12次'), indicator(7, '设备完好率', '≥95%')]))).toEqual([]);
  const fs = found(perf([indicator(6, '', ''), indicator(7, '', '')]));
  expect(fs.map((f) => [f.severity, f.cells.map((c) => c.row)])).toEqual([['warning', [6, 7]]]);
  expect(fs[0].message).toContain('空白模板');
});

test('an unfilled template whose note says why (本表无数据) is not flagged', () => {
  expect(found(perf([indicator(6, '', ''), indicator(7, '', '')], ['本表无数据']))).toEqual([]);
});

test('complete.empty_note: an empty table saying why passes; one with no statement is a warning on its title', () => {
  const fund = (emptyNote?: string) => table('基金', 'government_fund_expenditure', [list('基金', 'main', [['合计']], [{ name: '合计', kind: 'total', amounts: [null] }])], '万元', { empty: true, ...(emptyNote ? { emptyNote } : {}) });
  const found = (t: ReturnType<typeof fund>) => runRules(model(t)).filter((f) => f.rule === 'complete.empty_note');
  expect(found(fund('本单位无政府性基金预算收支，故本表为空'))).toEqual([]);
  const fs = found(fund());
  expect(fs.map((f) => [f.severity, f.cells.length])).toEqual([['warning', 1]]);
  expect(fs[0].message).toContain('为空表，但没有说明为什么没有数据');
});
