/**
 * One resolver (src/model/resolver.ts): a rule, the 说明's facts and YS.AMOUNT get the same cell for
 * the same name — here 支出总表.基本支出, a column of the total line that is no named figure of the
 * model (the resolver's 'total-column' way, which before issue 12 only the rules knew) — and an
 * unsure reading of that cell is doubt for all three: a warning (never an error) in the rules, no
 * fact for the 说明 (a marked blank), and a figure that says it is not sure in YS.AMOUNT.
 */
import { findFigure, amount } from '../../functions/pure/amount';
import type { Analysis } from '../../src/engine';
import { resolve, isResolved } from '../../src/model/resolver';
import { buildFacts } from '../../src/narrative/facts';
import { runRules } from '../../src/rules';
import { list, model, table } from '../rules/build';

const T = '支出总表';
const CELL = { sheet: T, row: 4, col: 2 };
const DOUBT = 'PDF：该数字落在栏线之外，所属栏目系推测';

function build(doubt?: string) {
  const t = table(T, 'expenditure_summary', [list(T, 'main', [['合计'], ['基本支出'], ['项目支出']], [
    { name: '合计', kind: 'total', amounts: [100, 60, 40] },
    { name: '一般公共服务支出', code: '201', amounts: [100, 60, 40] },
  ])]);
  if (doubt) t.lists[0].lines[0].amounts[2].doubt = doubt;
  return model(t);
}

function threeCallers(doubt?: string) {
  const m = build(doubt);
  const t = m.tables[0];
  const analysis: Analysis = { tables: m.tables, model: m, findings: [] };
  const rule = runRules(m, { userRules: '【t.basic】基本支出核对（强制）\n  支出总表.基本支出 = 61\n' }).filter((f) => f.rule === 't.basic');
  return { m, t, rule, fact: buildFacts(m).get('基本支出'), ys: findFigure(analysis, t, '基本支出', ''), value: amount(analysis, T, '基本支出') };
}

test('the rules, the 说明 and YS.AMOUNT read 支出总表.基本支出 from the same cell', () => {
  const { m, t, rule, fact, ys, value } = threeCallers();
  const r = resolve(m, t, { name: '基本支出' });
  expect(isResolved(r) && r.how).toBe('total-column');
  expect(isResolved(r) && r.cells).toEqual([CELL]);
  expect(rule).toHaveLength(1);
  expect(rule[0].severity).toBe('error');
  expect(rule[0].cells).toContainEqual(CELL);
  expect(fact?.cells).toEqual([CELL]);
  expect(fact?.value.toString()).toBe('60');
  expect(ys?.cells).toEqual([CELL]);
  expect(value).toBe(60);
  // the figure says how it was read
  expect(ys?.readings).toEqual([expect.objectContaining({ cell: CELL, line: '第5行「合计」', column: '基本支出', layout: '列表（行×栏）', sure: true })]);
});

test('an unsure reading of that cell is doubt for all three', () => {
  const { rule, fact, ys } = threeCallers(DOUBT);
  expect(rule).toHaveLength(1);
  expect(rule[0].severity).toBe('warning');
  expect(rule[0].doubt).toContain(DOUBT);
  expect(fact).toBeUndefined();
  expect(ys?.cells).toEqual([CELL]);
  expect(ys?.doubts).toEqual([DOUBT]);
  expect(ys?.reading).toEqual(expect.objectContaining({ sure: false, reason: DOUBT }));
});
