/**
 * Σ收入项 / Σ支出项 / Σ上年结转项: the item set is every line between the list start (or the
 * previous figure line) and the closing figure, whatever the lines are called (docs/qa.md F2).
 */
import type { LineSpec } from './build';
import { list, model, table } from './build';
import { runRules } from '../../src/rules';

const S = '收支总表';
const spend = (total: number): LineSpec[] => [
  { name: '一般公共服务支出', amounts: [total] },
  { name: '本年支出合计', kind: 'subtotal', amounts: [total] },
  { name: '支出总计', kind: 'total', amounts: [total] },
];
function summary(income: LineSpec[], expenditure: LineSpec[] = spend(125)) {
  const exp = list(S, 'expenditure', [['金额']], expenditure);
  exp.columns = [{ col: 2, path: ['项目'], role: null, type: 'name' }, { col: 1, path: ['金额'], role: null, type: 'amount' }];
  return table(S, 'income_expenditure_summary', [list(S, 'income', [['金额']], income), exp]);
}
const bad = (t: ReturnType<typeof summary>, prefix = 'ies.') => runRules(model(t)).filter((f) => f.rule.startsWith(prefix) && f.severity !== 'info');
const closing = (v: number): LineSpec[] => [
  { name: '本年收入合计', kind: 'subtotal', amounts: [v] },
  { name: '收入总计', kind: 'total', amounts: [v] },
];

describe('income items', () => {
  test('an income source the vocabulary does not know, between known ones, is an item', () => {
    const t = summary([
      { name: '一、一般公共预算拨款收入', amounts: [100] },
      { name: '二、单位自筹经费', amounts: [5] },
      { name: '三、事业收入', amounts: [20] },
      ...closing(125),
    ]);
    expect(bad(t)).toEqual([]);
    t.lists[0].lines[1].amounts[1].value = t.lists[0].lines[1].amounts[1].value.plus(10);
    const f = bad(t).find((x) => x.rule === 'ies.income_items')!;
    expect(f.severity).toBe('error');
    expect([f.actual, f.expected]).toEqual(['125.00', '135.00']);
  });

  test('a text row and an empty placeholder inside the list add nothing', () => {
    const t = summary([
      { name: '一、一般公共预算拨款收入', amounts: [100] },
      { name: '（以下为辅助测算行）', kind: 'note', amounts: [null] },
      { name: '……', kind: 'placeholder', amounts: [null] },
      { name: '二、其他资金', amounts: [25] },
      ...closing(125),
    ]);
    expect(bad(t)).toEqual([]);
  });

  test('「一、」 lines over 「1.」 lines: the outer level is the item list', () => {
    const income = (total: number): LineSpec[] => [
      { name: '一、财政拨款收入', amounts: [115] },
      { name: '1.一般公共预算', amounts: [100] },
      { name: '2.政府性基金', amounts: [15] },
      { name: '二、事业收入', amounts: [10] },
      ...closing(total),
    ];
    expect(bad(summary(income(125)))).toEqual([]);
    const f = bad(summary(income(135))).find((x) => x.rule === 'ies.income_items')!;
    expect(f.severity).toBe('error');
    expect(f.difference).toBe('10.00');
  });

  test('a 其中 list continued without the prefix: not sure enough for an error (warning)', () => {
    const t = summary([
      { name: '一、一般公共预算拨款收入', amounts: [100] },
      { name: '其中：基本支出拨款', amounts: [60] },
      { name: '项目支出拨款', amounts: [40] },
      { name: '二、事业收入', amounts: [25] },
      ...closing(125),
    ]);
    const fs = bad(t).filter((x) => x.rule === 'ies.income_items');
    expect(fs.map((x) => x.severity)).toEqual(['warning']);
    expect(fs[0].message).toContain('另一种理解');
  });

  test('the total heading its items (「一、本年收入」 then the sources, then 上年结转)', () => {
    const t = summary([
      { name: '一、本年收入', amounts: [125] },
      { name: '一般公共预算拨款收入', amounts: [100] },
      { name: '单位自筹资金', amounts: [25] },
      { name: '二、上年结转', amounts: [null] },
      { name: '收入总计', kind: 'total', amounts: [125] },
    ]);
    expect(bad(t)).toEqual([]);
  });

  test('a list without 本年收入合计 has no income items: not applicable, never 0 ≠ total', () => {
    const T = '收入总表';
    const t = table(T, 'income_summary', [
      list(T, 'main', [['合计'], ['本年收入合计'], ['上年结转']], [
        { name: '合计', kind: 'total', amounts: [130, 100, 30] },
        { name: '某局机关', amounts: [80, 60, 20] },
        { name: '某中心', amounts: [50, 40, 10] },
      ]),
    ]);
    expect(runRules(model(t)).filter((f) => f.rule.startsWith('income.') && f.severity !== 'info')).toEqual([]);
  });
});

describe('expenditure items', () => {
  test('类 lines with their 款 lines below: only the top level is summed', () => {
    const t = summary(
      [{ name: '一般公共预算拨款收入', amounts: [125] }, ...closing(125)],
      [
        { name: '一般公共服务支出', code: '201', amounts: [100] },
        { name: '政府办公厅（室）及相关机构事务', code: '20103', amounts: [100] },
        { name: '社会保障和就业支出', code: '208', amounts: [25] },
        { name: '行政事业单位养老支出', code: '20805', amounts: [25] },
        { name: '本年支出合计', kind: 'subtotal', amounts: [125] },
        { name: '支出总计', kind: 'total', amounts: [125] },
      ],
    );
    expect(bad(t)).toEqual([]);
  });

  test('a block without its own 本年支出合计 is not summed against the other block\'s', () => {
    const t = summary([{ name: '一般公共预算拨款收入', amounts: [125] }, ...closing(125)]);
    const second = list(S, 'expenditure', [['金额']], [{ name: '工资福利支出', amounts: [60] }]);
    second.columns = [{ col: 2, path: ['项目'], role: null, type: 'name' }, { col: 1, path: ['金额'], role: null, type: 'amount' }];
    t.lists.push(second);
    expect(bad(t)).toEqual([]);
  });
});

describe('carry-over items', () => {
  test('上年结转 over its sources, 其中 lines not counted', () => {
    const F = '财政拨款收支总表';
    const t = table(F, 'fiscal_appropriation_summary', [
      list(F, 'income', [['金额']], [
        { name: '一、本年收入', amounts: [100] },
        { name: '一般公共预算拨款', amounts: [100] },
        { name: '二、上年结转', amounts: [30] },
        { name: '一般公共预算拨款', amounts: [20] },
        { name: '其中：基本支出结转', amounts: [5] },
        { name: '政府性基金预算拨款', amounts: [10] },
        { name: '收入总计', kind: 'total', amounts: [130] },
      ]),
    ]);
    expect(runRules(model(t)).filter((f) => f.rule.startsWith('fas.') && f.rule.includes('items') && f.severity !== 'info')).toEqual([]);
  });
});
