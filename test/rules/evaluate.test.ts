import Decimal from 'decimal.js';
import type { TableList } from '../../src/recognize/types';
import { refToString } from '../../src/grid/address';
import { checkModel, runRules } from '../../src/rules';
import { list, model, table } from './build';

const S = '收支总表';
function summary(spendTotal: number, classA = 100, classB = 37.05) {
  return table(S, 'income_expenditure_summary', [
    list(S, 'income', [['金额']], [
      { name: '一般公共预算拨款收入', amounts: [137.05] },
      { name: '其中：财政拨款', amounts: [137.05] },
      { name: '事业收入', amounts: [null] },
      { name: '本年收入合计', kind: 'subtotal', amounts: [137.05] },
      { name: '上年结转', amounts: [null] },
      { name: '收入总计', kind: 'total', amounts: [137.05] },
    ]),
    { ...list(S, 'expenditure', [['金额']], [
      { name: '一般公共服务支出', amounts: [classA] },
      { name: '社会保障和就业支出', amounts: [classB] },
      { name: '本年支出合计', kind: 'subtotal', amounts: [spendTotal] },
      { name: '结转下年', amounts: [null] },
      { name: '支出总计', kind: 'total', amounts: [137.05] },
    ]), columns: [{ col: 2, path: ['项目'], role: null, type: 'name' }, { col: 1, path: ['金额'], role: null, type: 'amount' }] },
  ]);
}

const only = (rule: string) => (f: { rule: string }) => f.rule === rule || f.rule.startsWith(rule);

describe('evaluating rules on recognized tables', () => {
  test('a balanced 收支总表 gives no error or warning', () => {
    const fs = runRules(model(summary(137.05)));
    expect(fs.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test('one wrong subtotal is one finding; the total above it is its consequence', () => {
    const fs = runRules(model(summary(136.05))).filter((f) => f.severity === 'error');
    expect(fs).toHaveLength(1);
    const f = fs[0];
    expect(f.rule).toBe('ies.expenditure_items');
    // actual = the figure checked (本年支出合计), expected = the sum of the classes
    expect([f.actual, f.expected, f.difference]).toEqual(['136.05', '137.05', '-1.00']);
    expect(f.consequences?.map((c) => c.rule)).toEqual(['ies.expenditure_total']);
    expect(f.cells.map(refToString)).toContain('收支总表!B7'); // 本年支出合计
    expect(f.message).toContain('本年支出合计');
  });

  test('a difference within 0.01 per summand is a 尾差 warning', () => {
    const fs = runRules(model(summary(137.05, 100.01, 37.05)));
    const f = fs.find(only('ies.expenditure_items'))!;
    expect(f.severity).toBe('warning');
    expect(f.rounding).toBe(true);
    expect(f.message).toContain('尾差');
    const g = runRules(model(summary(137.05, 100.04, 37.05))).find(only('ies.expenditure_items'))!;
    expect(g.severity).toBe('error');
  });

  test('逐级汇总: 类 = Σ款 = Σ项; a wrong 款 is one finding with the 类 as consequence', () => {
    const T = '支出总表';
    const t = table(T, 'expenditure_summary', [
      list(T, 'main', [['合计'], ['基本支出'], ['项目支出']], [
        { name: '合计', kind: 'total', amounts: [150, 100, 50] },
        { name: '一般公共服务支出', code: '201', kind: 'subtotal', amounts: [150, 100, 50] },
        { name: '政府办公厅', code: '20103', kind: 'subtotal', amounts: [140, 100, 50] },
        { name: '行政运行', code: '2010301', amounts: [100, 100, null] },
        { name: '一般行政管理事务', code: '2010302', amounts: [50, null, 50] },
      ]),
    ]);
    const fs = runRules(model(t)).filter((f) => f.severity === 'error');
    // 逐栏汇总 (合计 140 ≠ 100 + 50) and 逐级汇总 (20103 ≠ Σ项) find the same cell: one finding,
    // with the 类 201 ≠ Σ款 that follows from it as a consequence.
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain('合计 = 基本支出 + 项目支出');
    expect(fs[0].message).toContain('20103');
    expect(fs[0].consequences?.map((c) => c.rule).sort()).toEqual(['exp.rows', 'exp.rows']);
    expect(fs[0].consequences?.some((c) => c.message.includes('「201 '))).toBe(true);
  });

  test('逐栏汇总 follows the header tree: 其中 columns are not summed, groups without 小计 are', () => {
    const T = '收入总表';
    const t = table(T, 'income_summary', [
      list(T, 'main', [['总计'], ['本年收入', '合计'], ['本年收入', '一般公共预算', '小计'], ['本年收入', '一般公共预算', '其中：财政拨款'], ['本年收入', '事业收入'], ['上年结转', '一般公共预算'], ['上年结转', '单位资金']], [
        { name: '合计', kind: 'total', amounts: [60, 50, 40, 40, 10, 8, 2] },
        { name: '某单位', kind: 'unit', amounts: [60, 50, 40, 40, 10, 8, 2] },
      ]),
    ]);
    expect(runRules(model(t)).filter((f) => f.severity !== 'info')).toEqual([]);
    t.lists[0].lines[1].amounts[6].value = t.lists[0].lines[1].amounts[6].value.plus(1);
    const fs = runRules(model(t)).filter((f) => f.severity === 'error');
    expect(fs.map((f) => f.rule).sort()).toEqual(['income.columns', 'income.rows']);
  });

  test('tables in 元 and 万元 compare exactly after conversion', () => {
    const yuan = table('一般公共预算支出表', 'general_budget_expenditure', [
      list('一般公共预算支出表', 'main', [['合计'], ['基本支出'], ['项目支出']], [{ name: '合计', kind: 'total', amounts: [1370500, 890500, 480000] }]),
    ], '元');
    const basic = table('基本支出表', 'general_budget_basic_expenditure', [
      list('基本支出表', 'main', [['合计'], ['人员经费'], ['公用经费']], [{ name: '合计', kind: 'total', amounts: [89.05, 82.42, 6.63] }]),
    ]);
    expect(runRules(model(yuan, basic)).filter(only('cross.basic'))).toEqual([]);
    basic.lists[0].lines[0].amounts[1].value = basic.lists[0].lines[0].amounts[1].value.minus(1);
    basic.lists[0].lines[0].amounts[2].value = basic.lists[0].lines[0].amounts[2].value.minus(1);
    const f = runRules(model(yuan, basic)).find(only('cross.basic'))!;
    expect(f.severity).toBe('error');
    expect(f.difference).toBe('-1.00');
  });

  test('rules whose tables are absent are skipped and said so; disabled ids and user rules', () => {
    const r = checkModel(model(summary(137.05)), {
      disabled: ['ies.totals_balance', 'cross'],
      userRules: '收支总表.收入总计 = 100\n收支总表.收入总计 = = 1',
    });
    const skipped = r.findings.find((f) => f.rule === 'rules.skipped')!;
    expect(skipped.severity).toBe('info');
    expect(skipped.message).toContain('支出总表');
    expect(r.run.skipped.some((s) => s.rule.id.startsWith('cross'))).toBe(false);
    const user = r.findings.find((f) => f.rule === 'user.1')!;
    expect(user.severity).toBe('error');
    expect(user.expected).toBe('100.00');
    expect(user.message).toBe('自定义规则第1行：收支总表的收入总计 137.05万元 ≠ 100.00万元，差额 37.05万元');
    const syntax = r.findings.find((f) => f.rule === 'rules.syntax')!;
    expect(syntax.message).toMatch(/^自定义规则第2行第\d+列/);
  });
});

describe('multi-block 收支总表 and float input', () => {
  test('each expenditure block must sum to 本年支出合计', () => {
    const S = '收支总表';
    const income = list(S, 'income', [['金额']], [
      { name: '一般公共预算拨款收入', amounts: [100] },
      { name: '本年收入合计', kind: 'subtotal', amounts: [100] },
      { name: '收入总计', kind: 'total', amounts: [100] },
    ]);
    const block = (label: string, a: number, b: number, col: number): TableList => {
      const l = list(S, 'expenditure', [['金额']], [
        { name: '一般公共服务支出', amounts: [a] },
        { name: '工资福利支出', amounts: [b] },
        { name: '本年支出合计', kind: 'subtotal', amounts: [100] },
        { name: '支出总计', kind: 'total', amounts: [100] },
      ]);
      l.block = label;
      l.columns = [{ col, path: ['金额'], role: null, type: 'amount' }];
      for (const line of l.lines) {
        const amt = line.amounts[1];
        line.amounts = { [col]: { ...amt, cell: { ...amt.cell, col } } };
      }
      return l;
    };
    const ok = table(S, 'income_expenditure_summary', [income, block('功能分类', 60, 40, 3), block('经济分类', 70, 30, 5)]);
    expect(runRules(model(ok)).filter((f) => f.rule.startsWith('ies.'))).toEqual([]);
    const bad = table(S, 'income_expenditure_summary', [income, block('功能分类', 60, 40, 3), block('经济分类', 70, 20, 5)]);
    const fs = runRules(model(bad)).filter((f) => f.rule === 'ies.expenditure_items');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toContain('第2栏支出');
  });

  test('raw float cells (0.1 + 0.2 style) compare exactly on the cent fast path', () => {
    const T = '支出总表';
    const t = table(T, 'expenditure_summary', [list(T, 'main', [['合计'], ['基本支出'], ['项目支出']], [{ name: '合计', kind: 'total', amounts: [0.3, 0.1, 0.2] }])]);
    for (const a of Object.values(t.lists[0].lines[0].amounts)) a.raw = a.value.toNumber();
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(runRules(model(t)).filter((f) => f.rule.startsWith('exp.'))).toEqual([]);
    t.lists[0].lines[0].amounts[1].raw = 0.31;
    t.lists[0].lines[0].amounts[1].value = new Decimal('0.31');
    const f = runRules(model(t)).find((x) => x.rule === 'exp.columns')!;
    expect(f.severity).toBe('warning');
    expect(f.rounding).toBe(true);
  });
});

test('a one-column 收入总表 shaped by figures is checked by the figure rules, not as total = Σ lines', () => {
  const T = '收入总表';
  const t = table(T, 'income_summary', [
    list(T, 'main', [['预算数']], [
      { name: '一般公共预算财政拨款收入', amounts: [100] },
      { name: '事业收入', amounts: [20] },
      { name: '本年收入合计', kind: 'subtotal', amounts: [120] },
      { name: '上年结转', amounts: [30] },
      { name: '收入合计', kind: 'total', amounts: [150] },
    ]),
  ]);
  expect(runRules(model(t)).filter((f) => f.severity !== 'info' && f.rule !== 'complete.required')).toEqual([]);
  t.lists[0].lines[3].amounts[1].value = new Decimal(31);
  const fs = runRules(model(t)).filter((f) => f.severity === 'error');
  expect(fs.map((f) => f.rule)).toEqual(['income.total']);
  expect([fs[0].actual, fs[0].expected, fs[0].difference]).toEqual(['150.00', '151.00', '-1.00']);
});
