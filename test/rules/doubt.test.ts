/**
 * Read certainty (src/rules/doubt.ts): a failed check whose reading is in doubt is a warning that
 * says what was read and why (「未能确认…的读数：…」), never an error; a sure reading of a wrong
 * figure stays an error. Invented figures, one test per sign.
 */
import type { CellValue } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { findingToJson } from '../../src/report';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';
import { list, model, table } from './build';
import { temperByDoubt } from '../../src/rules/doubt';
import type { Failure } from '../../src/rules/evaluation/context';

const TITLE = '2025年一般公共预算支出表';

/** 科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 with the given body rows (after the header). */
function expenditure(body: CellValue[][]): CellValue[][] {
  return [
    [TITLE, null, null, null, null],
    ['部门名称：某某局', null, null, null, '单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ...body,
  ];
}

const check = (rows: CellValue[][]) => checkSheets([grid('表三', rows)]).filter((f) => f.rule.startsWith('gbe.') || f.rule.startsWith('exp.') || f.rule === 'rules.internal');
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.rule === 'rules.internal');
const doubted = (fs: Finding[]) => fs.filter((f) => f.severity === 'warning' && f.message.startsWith('未能确认'));

describe('read certainty', () => {
  test('a sure wrong total stays an error', () => {
    const fs = check(expenditure([
      [null, '合计', 130.5, 100.5, 30],
      ['201', '一般公共服务支出', 120.5, 100.5, 20],
      ['20103', '政府办公厅（室）及相关机构事务', 120.5, 100.5, 20],
      ['2010301', '行政运行', 100.5, 100.5, null],
      ['2010302', '一般行政管理事务', 20, null, 20],
    ]));
    expect(errors(fs).length).toBeGreaterThan(0);
    expect(doubted(fs)).toEqual([]);
  });

  test('a total read as blank in one column while its parts are not: a warning that says why', () => {
    const fs = check(expenditure([
      [null, '合计', 120.5, null, 20],
      ['201', '一般公共服务支出', 120.5, 100.5, 20],
      ['20103', '政府办公厅（室）及相关机构事务', 120.5, 100.5, 20],
      ['2010301', '行政运行', 100.5, 100.5, null],
      ['2010302', '一般行政管理事务', 20, null, 20],
    ]));
    expect(errors(fs)).toEqual([]);
    const d = doubted(fs);
    expect(d.length).toBeGreaterThan(0);
    expect(d[0].message).toMatch(/^未能确认.*的读数：合计读作空白，而其各项之和为100\.5/);
    expect(findingToJson(d[0]).doubt).toContain('合计读作空白');
  });

  test('a total line left wholly blank is read for sure: an error', () => {
    const fs = check(expenditure([
      [null, '合计', null, null, null],
      ['201', '一般公共服务支出', 120.5, 100.5, 20],
      ['20103', '政府办公厅（室）及相关机构事务', 120.5, 100.5, 20],
      ['2010301', '行政运行', 100.5, 100.5, null],
      ['2010302', '一般行政管理事务', 20, null, 20],
    ]));
    expect(errors(fs).length).toBeGreaterThan(0);
  });

  test('an unmarked 小计 line below its items makes no false error', () => {
    // 合计 = Σ 类, and the only 类 line is uncoded text the engine cannot tell from its items.
    const fs = check(expenditure([
      [null, '合计', 60, 40, 20],
      ['301', '工资福利支出', 40, 40, null],
      ['30101', '基本工资', 40, 40, null],
      ['310', '资本性支出', 20, null, 20],
      ['31002', '办公设备购置', 20, null, 20],
      [null, '小计（以上两项）', 60, 40, 20],
    ]));
    expect(errors(fs)).toEqual([]);
  });

  test('a cell that is not a number is read as 0 in doubt: a warning naming the cell content', () => {
    const fs = check(expenditure([
      [null, '合计', 120.5, 100.5, 20],
      ['201', '一般公共服务支出', 120.5, 100.5, 20],
      ['20103', '政府办公厅（室）及相关机构事务', 120.5, 100.5, 20],
      ['2010301', '行政运行', '壹佰元', 100.5, null],
      ['2010302', '一般行政管理事务', 20, null, 20],
    ]));
    expect(errors(fs)).toEqual([]);
    expect(doubted(fs).map((f) => f.message).join()).toContain('不是数字');
  });
});

describe('signs of a misreading, on the failure itself', () => {
  // 合计 | 甲 | 乙 | 丙 rows with one amount column, hand-built (test/rules/build.ts).
  const T = '项目支出表';
  const rule = { id: 'project.sums', name: '项目支出表各行相符', severity: 'error' as const, checks: [], tables: [T] };
  function failureOver(rows: { name: string; amount: number | null; kind?: 'total' | 'item' | 'subtotal' }[]) {
    const m = model(table(T, 'project_expenditure', [list(T, 'main', [['合计']], rows.map((r) => ({ name: r.name, kind: r.kind ?? 'item', amounts: [r.amount] })))]));
    const lines = m.tables[0].lists[0].lines;
    const total = lines[0];
    const parts = lines.slice(1);
    const sum = parts.reduce((s, l) => s + Number(l.amounts[1].value), 0);
    const actual = Number(total.amounts[1].value);
    const f: Failure = {
      rule: rule as never,
      outcome: 'error',
      message: '项目支出表各行相符：合计不符',
      totals: [total.amounts[1].cell],
      parts: parts.map((l) => l.amounts[1].cell),
      expected: sum.toFixed(2),
      actual: actual.toFixed(2),
      difference: (actual - sum).toFixed(2),
      tables: [m.tables[0].id],
      unit: '万元',
    };
    return { m, f };
  }

  test('parts = 3 × total: subtotals counted with their items', () => {
    const { m, f } = failureOver([{ name: '合计', amount: 50, kind: 'total' }, { name: '甲', amount: 30 }, { name: '乙', amount: 20 }, { name: '丙', amount: 30 }, { name: '丁', amount: 20 }, { name: '戊', amount: 50 }]);
    const [t] = temperByDoubt([f], m);
    expect(t.severity).toBe('warning');
    expect(t.message).toMatch(/^未能确认.*的读数：各项之和150恰为合计50的3倍/);
  });

  test('a difference equal to a 其中 line counted as a summand', () => {
    const { m, f } = failureOver([{ name: '合计', amount: 100, kind: 'total' }, { name: '甲', amount: 60 }, { name: '其中：乙', amount: 25 }, { name: '丙', amount: 40 }]);
    const [t] = temperByDoubt([f], m);
    expect(t.message).toContain('差额25恰等于');
    expect(t.message).toContain('小计或“其中”项');
  });

  test('a difference equal to a line that sums its neighbours (an unmarked subtotal)', () => {
    const { m, f } = failureOver([{ name: '合计', amount: 100, kind: 'total' }, { name: '某单位', amount: 70 }, { name: '项目1', amount: 50 }, { name: '项目2', amount: 20 }, { name: '项目3', amount: 30 }]);
    const [t] = temperByDoubt([f], m);
    expect(t.message).toContain('可能是小计');
  });

  test('two figures 10000× apart: a unit misread, in doubt', () => {
    const { m, f } = failureOver([{ name: '合计', amount: 300, kind: 'total' }, { name: '甲', amount: 200 }, { name: '乙', amount: 100 }]);
    const cross: Failure = { ...f, parts: [], expected: '3000000.00', actual: '300.00', difference: '-2999700.00' };
    const [t] = temperByDoubt([cross], m);
    expect(t.severity).toBe('warning');
    expect(t.message).toContain('两数恰相差一万倍');
  });

  test('a difference equal to an ordinary item (an item left out of the total) stays an error', () => {
    const { m, f } = failureOver([{ name: '合计', amount: 100, kind: 'total' }, { name: '甲', amount: 60 }, { name: '乙', amount: 25 }, { name: '丙', amount: 40 }]);
    const [t] = temperByDoubt([f], m);
    expect(t.severity ?? t.rule.severity).toBe('error');
    expect(t.doubt).toBeUndefined();
  });
});

describe('a form value cell guessed', () => {
  const summary: CellValue[][] = [
    ['2025年部门收支总表'],
    ['部门名称：某某局', null, null, '单位：万元'],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', 300, '一、一般公共服务支出', 300],
    ['本年收入合计', 300, '本年支出合计', 300],
    ['收入总计', 300, '支出总计', 300],
  ];
  const overall = (gap: boolean): CellValue[][] => [
    ['2025年部门整体支出绩效目标表'],
    ['部门名称', '某某局', null, null, null],
    gap ? ['收入预算合计', null, 250, null, null] : ['收入预算合计', 250, null, null, null],
    ['支出预算合计', 300, null, null, null],
    ['一级指标', '二级指标', '三级指标', '指标值', null],
    ['产出指标', '数量指标', '办理事项', '≥100件', null],
  ];
  const check = (gap: boolean) => checkSheets([grid('表一', summary), { ...grid('整体', overall(gap)), index: 1 }]).filter((f) => f.rule === 'perf.overall_budget');

  test('label next to its value: a wrong figure is an error', () => {
    expect(check(false).map((f) => f.severity)).toEqual(['error']);
  });

  test('label | (blank) | value: the reading is a guess, so a warning that says so', () => {
    const fs = check(true);
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message).toMatch(/^未能确认.*的读数：「收入预算合计」右侧紧邻的单元格为空/);
  });
});
