/** The reviewer's table checks (src/rules/checks/review-checks.ts): invented tables, one passing and one failing each. */
import type { CellValue } from '../../src/grid/types';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { runRules } from '../../src/rules';
import { grid } from '../recognize/grid-builder';
import { list, model, table } from './build';

const withRoles = (l: ReturnType<typeof list>) => ({ ...l, columns: l.columns.map((c) => (c.type === 'amount' ? { ...c, role: c.path[0] } : c)) });
const only = (rule: string, fs: ReturnType<typeof runRules>) => fs.filter((f) => f.rule === rule);
const expOne = (sheet: string, extra = {}) => table(sheet, 'expenditure_summary', [list(sheet, 'main', [['合计']], [{ name: '合计', kind: 'total', amounts: [10] }])], '万元', extra);

describe('review.table_year', () => {
  test('the package year and the year before pass; an older title is a warning on its title', () => {
    const ok = model(expOne('支出', { year: 2025 }), expOne('上年', { year: 2024, id: 'b' }), expOne('本年', { year: 2025, id: 'c' }));
    expect(only('review.table_year', runRules(ok))).toEqual([]);
    const fs = only('review.table_year', runRules(model(expOne('支出', { year: 2025 }), expOne('旧表', { year: 2022, id: 'b' }), expOne('本年', { year: 2025, id: 'c' }))));
    expect(fs.map((f) => [f.severity, f.actual])).toEqual([['warning', '2022']]);
  });
});

describe('review.department', () => {
  test('the department and its units pass; another department is a warning', () => {
    const ok = model(expOne('甲', { department: '某某县林业局' }), expOne('乙', { id: 'b', department: '某某县林业局' }), expOne('丙', { id: 'c', department: '林业局' }));
    expect(only('review.department', runRules(ok))).toEqual([]);
    // a table of one of its units (listed as a unit line elsewhere) is not another department
    const byUnit = table('分单位', 'expenditure_summary', [list('分单位', 'main', [['合计']], [
      { name: '合计', kind: 'total', amounts: [10] }, { name: '某某县森林防火中心', kind: 'unit', amounts: [10] },
    ])], '万元', { id: 'u', department: '某某县林业局' });
    expect(only('review.department', runRules(model(expOne('甲', { department: '某某县林业局' }), byUnit, expOne('乙', { id: 'b', department: '某某县森林防火中心' }))))).toEqual([]);
    const bad = model(expOne('甲', { department: '某某县林业局' }), expOne('乙', { id: 'b', department: '某某县水利局' }));
    expect(only('review.department', runRules(bad)).map((f) => f.severity)).toEqual(['warning']);
  });
});

const HEAD = (title: string): CellValue[][] => [[title], ['部门：某某县林业局', null, null, '金额单位：万元']];
function threePublic(receptionActual: number) {
  return grid('三公', [
    ...HEAD('一般公共预算财政拨款“三公”经费支出决算表'),
    ['预算数', null, null, null, null, null, '决算数', null, null, null, null, null],
    ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费', '合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
    [null, null, '小计', '公务用车购置费', '公务用车运行费', null, null, null, '小计', '公务用车购置费', '公务用车运行费', null],
    [12, 2, 8, 0, 8, 2, 9 + receptionActual, 1, 8, 0, 8, receptionActual],
  ], [{ r0: 2, c0: 0, r1: 2, c1: 5 }, { r0: 2, c0: 6, r1: 2, c1: 11 }, { r0: 3, c0: 2, r1: 3, c1: 4 }, { r0: 3, c0: 8, r1: 3, c1: 10 }]);
}

describe('review.three_public_over_budget', () => {
  test('决算 within 预算 passes; 公务接待费 above its 预算数 is a warning', () => {
    expect(only('review.three_public_over_budget', runRules(buildModel(recognizeWorkbook([threePublic(1.5)]))))).toEqual([]);
    const fs = only('review.three_public_over_budget', runRules(buildModel(recognizeWorkbook([threePublic(2.5)]))));
    expect(fs.map((f) => [f.severity, f.actual, f.expected])).toContainEqual(['warning', '2.50', '≤ 2.00']);
  });
});

describe('review.empty_note', () => {
  const fund = (empty: boolean, note: string) => table('基金', 'government_fund_expenditure', [list('基金', 'main', [['合计']], [{ name: '合计', kind: 'total', amounts: [empty ? null : 5] }])], '万元', { empty, notes: [note], ...(empty ? { emptyNote: note } : {}) });
  test('an empty table saying so passes; a table with data saying 本表无数据 is a warning', () => {
    expect(only('review.empty_note', runRules(model(fund(true, '注：本部门无政府性基金预算支出，故本表无数据。'))))).toEqual([]);
    expect(only('review.empty_note', runRules(model(fund(false, '注：本部门无政府性基金预算支出，故本表无数据。')))).map((f) => f.severity)).toEqual(['warning']);
  });
  test('a note naming another fund than the table\'s', () => {
    expect(only('review.empty_note', runRules(model(fund(true, '注：本部门无国有资本经营预算支出，故本表无数据。')))).map((f) => f.message)).toEqual([expect.stringContaining('另一类资金')]);
  });
});

describe('review.funds_fiscal', () => {
  const pkg = (fundColumn: number | null) => {
    const fiscal = grid('财拨', [
      ['财政拨款收支总表'], ['部门：某某县林业局', null, null, '单位：万元'],
      ['收入', null, '支出', null, null, null],
      ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算'],
      ['一、一般公共预算', 100, '一、农林水支出', 100 + (fundColumn ?? 0), 100, fundColumn],
      ['二、政府性基金预算', fundColumn, null, null, null, null],
      ['本年收入合计', 100 + (fundColumn ?? 0), '本年支出合计', 100 + (fundColumn ?? 0), 100, fundColumn],
      ['收入总计', 100 + (fundColumn ?? 0), '支出总计', 100 + (fundColumn ?? 0), 100, fundColumn],
    ], [{ r0: 2, c0: 0, r1: 2, c1: 1 }, { r0: 2, c0: 2, r1: 2, c1: 5 }]);
    const fund = grid('基金', [
      ['政府性基金预算支出表'], ['部门：某某县林业局', null, null, '单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      [null, '合计', null, null, null],
      ['注：本部门无政府性基金预算支出，故本表无数据。'],
    ]);
    return buildModel(recognizeWorkbook([fiscal, fund]));
  };
  test('an empty 政府性基金 table and an empty column pass; a column with money is a warning', () => {
    expect(only('review.funds_fiscal', runRules(pkg(null)))).toEqual([]);
    const fs = only('review.funds_fiscal', runRules(pkg(20)));
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message).toContain('财政拨款收支总表政府性基金栏');
  });
});

describe('review.project_performance', () => {
  const projects = () => table('项目', 'project_expenditure', [list('项目', 'main', [['合计']], [
    { name: '合计', kind: 'total', amounts: [30] }, { name: '森林防火项目', amounts: [30] },
  ])], '万元', { department: '某某县林业局' });
  const perf = (dept: string) => table('绩效', 'performance_project', [list('绩效', 'main', [['资金总额']], [{ name: '森林防火项目', amounts: [30] }])], '万元', { id: 'p', department: dept });
  test('a project with its 绩效目标表 passes; none at all is a warning with the project cells', () => {
    expect(only('review.project_performance', runRules(model(projects(), perf('某某县林业局'))))).toEqual([]);
    const fs = only('review.project_performance', runRules(model(projects())));
    expect(fs.map((f) => f.cells.length)).toEqual([1]);
  });
  test('a by-unit 项目支出表 (unit lines only) is named by its total, not by a unit taken for a project', () => {
    const byUnit = table('项目', 'project_expenditure', [withRoles(list('项目', 'main', [['合计']], [
      { name: '合计', kind: 'total', amounts: [30] }, { name: '某某县林业局（本级）', amounts: [30] },
    ]))], '万元', { department: '某某县林业局' });
    expect(only('review.project_performance', runRules(model(byUnit))).map((f) => f.message)).toEqual([expect.stringContaining('项目支出表有支出（合计30')]);
  });
  test('a 绩效目标表 of another unit', () => {
    const fs = only('review.project_performance', runRules(model(projects(), perf('某某县教育局'))));
    expect(fs.map((f) => f.actual)).toEqual(['某某县教育局']);
  });
});
