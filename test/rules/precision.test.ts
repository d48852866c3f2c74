/**
 * Correct tables laid out the way other provinces do must give no error; the same tables with a
 * real mistake still must. (docs/rules.md, "Precision".)
 */
import Decimal from 'decimal.js';
import { refToString } from '../../src/grid/address';
import { runRules } from '../../src/rules';
import { list, model, table, type LineSpec } from './build';

const errors = (...ts: ReturnType<typeof table>[]) => runRules(model(...ts)).filter((f) => f.severity === 'error');
const set = (t: ReturnType<typeof table>, row: number, col: number, v: number) => {
  const line = t.lists[0].lines.find((l) => l.row === row)!;
  line.amounts[col].value = new Decimal(v);
};

describe('by-unit tables: group lines without codes', () => {
  const P = '项目支出表';
  const projects = (): LineSpec[] => [
    { name: '合计', kind: 'total', amounts: [300] },
    { name: '某局', amounts: [200] },
    { name: '信息化运维', amounts: [150] },
    { name: '业务培训', amounts: [50] },
    { name: '某中心', amounts: [100] },
    { name: '设备购置', amounts: [100] },
  ];
  test('unit lines that repeat the sum of their projects are no error', () => {
    expect(errors(table(P, 'project_expenditure', [list(P, 'main', [['合计']], projects())]))).toEqual([]);
  });
  test('a wrong project amount is still an error on that cell', () => {
    const t = table(P, 'project_expenditure', [list(P, 'main', [['合计']], projects())]);
    set(t, 6, 1, 60); // 业务培训 50 → 60
    const fs = errors(t);
    expect(fs).toHaveLength(1);
    expect(fs[0].cells.map(refToString)).toContain('项目支出表!B7');
  });
  test('one unit line over its projects: a continuation line with money is an error, a text row is nothing', () => {
    const rows = (extra: LineSpec): LineSpec[] => [
      { name: '合计', kind: 'total', amounts: [100] },
      { name: '某局', kind: 'unit', amounts: [100] },
      { name: '午餐补助', amounts: [75] },
      extra,
      { name: '系统维护', amounts: [25] },
    ];
    const ok = table(P, 'project_expenditure', [list(P, 'main', [['合计']], rows({ name: '（以下为辅助测算行）', amounts: [null] }))]);
    expect(errors(ok)).toEqual([]);
    const bad = table(P, 'project_expenditure', [list(P, 'main', [['合计']], rows({ name: '', kind: 'placeholder', amounts: [73.91] }))]);
    expect(errors(bad).flatMap((f) => f.cells.map(refToString))).toContain('项目支出表!B7');
  });
  test('a 部门 line repeating the total over its units (三公, several columns)', () => {
    const T = '三公经费表';
    const t = table(T, 'three_public_expenses', [list(T, 'main', [['合计'], ['因公出国（境）费'], ['公务接待费']], [
      { name: '合计', kind: 'total', amounts: [12, 4, 8] },
      { name: '某局', amounts: [12, 4, 8] },
      { name: '某局机关', amounts: [7, 4, 3] },
      { name: '某中心', amounts: [5, null, 5] },
    ])]);
    expect(errors(t)).toEqual([]);
  });
});

describe('columns written side by side without merged group headers', () => {
  const T = '支出总表';
  const flat = () => table(T, 'expenditure_summary', [list(T, 'main', [['合计'], ['基本支出'], ['人员经费'], ['公用经费'], ['项目支出']], [
    { name: '合计', kind: 'total', amounts: [150, 100, 80, 20, 50] },
    { name: '一般公共服务支出', code: '201', amounts: [150, 100, 80, 20, 50] },
  ])]);
  test('合计 | 基本支出 | 人员经费 | 公用经费 | 项目支出: no error', () => {
    expect(errors(flat())).toEqual([]);
  });
  test('one-row 三公 table: 合计 | 出国 | 接待 | 公务用车购置及运行费 | 购置费 | 运行费 (greedy would pair 出国 = 接待 + 车)', () => {
    const S = '三公经费表';
    const t = table(S, 'three_public_expenses', [list(S, 'main', [['合计'], ['因公出国（境）费'], ['公务接待费'], ['公务用车购置及运行费'], ['公务用车购置费'], ['公务用车运行费']], [
      { name: '合计', kind: 'total', amounts: [4, 2, 1, 1, null, 1] },
    ])]);
    expect(errors(t)).toEqual([]);
  });
  test('a wrong 合计 there is still an error', () => {
    const t = flat();
    set(t, 5, 1, 160);
    expect(errors(t).length).toBeGreaterThan(0);
  });
});

describe('决算 columns', () => {
  test('本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位; 年初/年末 columns are not summands', () => {
    const T = '支出决算表';
    const rows = (total: number): LineSpec[] => [{ name: '合计', kind: 'total', amounts: [10, total, 60, 30, 5, 3, 2, 20] }];
    const paths = [['年初结转和结余'], ['本年支出合计'], ['基本支出'], ['项目支出'], ['上缴上级支出'], ['经营支出'], ['对附属单位补助支出'], ['年末结转和结余']];
    expect(errors(table(T, 'expenditure_summary', [list(T, 'main', paths, rows(100))], '万元', { stage: '决算' }))).toEqual([]);
    const fs = errors(table(T, 'expenditure_summary', [list(T, 'main', paths, rows(101))], '万元', { stage: '决算' }));
    expect(fs.map((f) => f.rule)).toEqual(['exp.columns']);
  });
});

describe('其中 lines and 元 尾差', () => {
  test('a coded 其中 line is not a summand of its 类', () => {
    const G = '一般公共预算支出表';
    const t = table(G, 'general_budget_expenditure', [list(G, 'main', [['合计']], [
      { name: '合计', kind: 'total', amounts: [100] },
      { name: '一般公共服务支出', code: '201', amounts: [100] },
      { name: '政府办公厅（室）及相关机构事务', code: '20103', amounts: [100] },
      { name: '行政运行', code: '2010301', amounts: [100] },
      { name: '其中：一般行政管理事务', code: '2010302', amounts: [40] },
    ])]);
    t.lists[0].lines[4].ofWhich = true;
    expect(errors(t).map((f) => f.message)).toEqual([]);
  });
  test('a table in 元 off by 0.01 元 per summand is a 尾差 warning, 0.01 more is an error', () => {
    const G = '一般公共预算支出表';
    const t = (total: number) => table(G, 'general_budget_expenditure', [list(G, 'main', [['合计'], ['基本支出'], ['项目支出']], [
      { name: '合计', kind: 'total', amounts: [total, 1000.01, 500.01] },
      { name: '一般公共服务支出', code: '201', amounts: [total, 1000.01, 500.01] },
    ])], '元');
    const warn = runRules(model(t(1500))).filter((f) => f.rule === 'gbe.columns');
    expect(warn.map((f) => [f.severity, f.rounding])).toEqual([['warning', true]]);
    expect(errors(t(1499.98)).map((f) => f.rule)).toContain('gbe.columns');
  });
});

describe('across tables', () => {
  const S = '收支总表';
  const F = '财政拨款收支总表';
  // All of this year's income is 财政拨款, but 20 of 单位资金 carried over is spent this year.
  const summary = () => {
    const exp = list(S, 'expenditure', [['金额']], [
      { name: '一般公共服务支出', amounts: [120] },
      { name: '本年支出合计', kind: 'subtotal', amounts: [120] },
      { name: '结转下年', amounts: [null] },
      { name: '支出总计', kind: 'total', amounts: [120] },
    ]);
    exp.columns = [{ col: 2, path: ['项目'], role: null, type: 'name' }, { col: 1, path: ['金额'], role: null, type: 'amount' }];
    return table(S, 'income_expenditure_summary', [list(S, 'income', [['金额']], [
      { name: '一般公共预算拨款收入', amounts: [100] },
      { name: '本年收入合计', kind: 'subtotal', amounts: [100] },
      { name: '上年结转', amounts: [20] },
      { name: '收入总计', kind: 'total', amounts: [120] },
    ]), exp]);
  };
  const fiscal = () => {
    const exp = list(F, 'expenditure', [['合计']], [
      { name: '一般公共服务支出', amounts: [100] },
      { name: '本年支出合计', kind: 'subtotal', amounts: [100] },
      { name: '结转下年', amounts: [null] },
      { name: '支出总计', kind: 'total', amounts: [100] },
    ]);
    exp.columns = [{ col: 2, path: ['项目'], role: null, type: 'name' }, { col: 1, path: ['合计'], role: null, type: 'amount' }];
    return table(F, 'fiscal_appropriation_summary', [list(F, 'income', [['金额']], [
      { name: '一般公共预算拨款', amounts: [100] },
      { name: '本年收入合计', kind: 'subtotal', amounts: [100] },
      { name: '上年结转', amounts: [null] },
      { name: '收入总计', kind: 'total', amounts: [100] },
    ]), exp]);
  };
  test('本年收入 all 财政拨款 but a non-fiscal carry-over spent: the two tables may differ', () => {
    expect(errors(summary(), fiscal()).map((f) => f.message)).toEqual([]);
  });
  test('when every fund is 财政拨款 they must agree', () => {
    const s = summary();
    s.lists[0].lines[2].amounts[1].value = new Decimal(0);
    s.lists[0].lines[3].amounts[1].value = new Decimal(100);
    s.lists[1].lines[3].amounts[1].value = new Decimal(100);
    expect(errors(s, fiscal()).map((f) => f.rule)).toContain('cross.all_fiscal');
  });
});
