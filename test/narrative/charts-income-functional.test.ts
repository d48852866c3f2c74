/**
 * 图1 收入构成 and 图3 一般公共预算支出按功能分类 (issue 14, charts) on invented figures: drawn from
 * the same figures as the 说明, the caption carries each printed amount and its share; a single part
 * draws no chart (a pie of one slice says nothing).
 */
import { chartsFor } from '../../src/narrative/charts';
import { list, model, table } from '../rules/build';

const named = (l: ReturnType<typeof list>) => ({ ...l, lines: l.lines.map((x) => ({ ...x, figure: x.name })) });
const pkg = (business: number) => model(
  table('收支总表', 'income_expenditure_summary', [
    named(list('收支总表', 'income', [['预算数']], [
      { name: '一般公共预算财政拨款收入', amounts: [150] },
      { name: '事业收入', amounts: [business] },
      { name: '收入总计', kind: 'total', amounts: [150 + business] },
    ])),
  ], '万元', { year: 2025 }),
  table('一般公共预算支出表', 'general_budget_expenditure', [list('一般公共预算支出表', 'main', [['合计']], [
    { name: '合计', kind: 'total', amounts: [150] },
    { name: '教育支出', code: '205', amounts: [120] },
    { name: '社会保障和就业支出', code: '208', amounts: [30] },
  ])], '万元', { year: 2025 }),
);

test('图1 收入构成: every source with its amount and share in the caption; one source only → no chart', () => {
  const c = chartsFor(pkg(50)).find((x) => x.id === 'income')!;
  expect(c.title).toBe('图1 收入构成');
  expect(c.caption).toBe('蓝：一般公共预算拨款收入150.00万元，占75.00%；橙：事业收入50.00万元，占25.00%');
  expect(chartsFor(pkg(0)).map((x) => x.id)).not.toContain('income');
});

test('图3 一般公共预算支出按功能分类: the 类 lines of the table', () => {
  const c = chartsFor(pkg(50)).find((x) => x.id === 'general_budget')!;
  expect(c.title).toBe('图3 一般公共预算支出按功能分类');
  expect(c.caption).toBe('蓝：教育支出120.00万元，占80.00%；橙：社会保障和就业支出30.00万元，占20.00%');
  expect([...c.png.slice(0, 4)]).toEqual([137, 80, 78, 71]);
});
