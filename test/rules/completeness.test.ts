/** 完整性: the required tables by stage, and the workbook's 目录 against the tables present. */
import { runRules } from '../../src/rules';
import type { TableKind } from '../../src/vocabulary/tables';
import { list, model, table } from './build';

const one = (sheet: string, kind: TableKind, stage: '预算' | '决算', empty = false) =>
  table(sheet, kind, [list(sheet, 'main', [['合计']], [{ name: '合计', kind: 'total', amounts: [empty ? null : 10] }])], '万元', { stage, empty });

describe('required tables', () => {
  const kinds: [string, TableKind][] = [['总表', 'income_expenditure_summary'], ['支出', 'expenditure_summary'], ['财政', 'fiscal_appropriation_summary'], ['一般', 'general_budget_expenditure']];
  test('a 决算 package is judged against the 决算 list, in 决算 words', () => {
    const fs = runRules(model(...kinds.map(([s, k]) => one(s, k, '决算')))).filter((f) => f.rule.startsWith('complete.required'));
    expect(fs.map((f) => [f.rule, f.severity])).toEqual([['complete.required_final', 'warning']]);
    expect(fs[0].message).toContain('部门决算公开');
    expect(fs[0].message).toContain('「收入决算表」');
    expect(fs[0].message).toContain('「一般公共预算财政拨款基本支出决算表」');
    expect(fs[0].message).not.toContain('「支出决算表」');
  });
  test('a 预算 package against the 预算 list', () => {
    const fs = runRules(model(...kinds.map(([s, k]) => one(s, k, '预算')))).filter((f) => f.rule.startsWith('complete.required'));
    expect(fs.map((f) => f.rule)).toEqual(['complete.required']);
    expect(fs[0].message).toContain('「收入总表」');
  });
});

describe('目录', () => {
  const titles: [string, string | null][] = [
    ['部门收支总表', null], ['部门支出总表', null], ['财政拨款收支总表', null], ['一般公共预算支出表', null],
    ['政府性基金预算支出表', '空表'], ['国有资本经营预算支出表', null],
  ];
  // the 目录's rows as recognition hands them over: 报表名称 | 备注 (rows 2 …)
  const rowTexts = Object.fromEntries(titles.map(([t, n], i) => [i + 2, [t, n ?? '']]));
  const tocTable = () => table('目录', 'table_of_contents', [list('目录', 'main', [], titles.map(([t]) => ({ name: t, amounts: [] })), 2)], '万元', { rowTexts });
  const tables = () => [
    one('收支总表', 'income_expenditure_summary', '预算'), one('支出总表', 'expenditure_summary', '预算'),
    one('财政拨款收支总表', 'fiscal_appropriation_summary', '预算'), one('一般公共预算支出表', 'general_budget_expenditure', '预算'),
    one('政府性基金', 'government_fund_expenditure', '预算', true),
  ];
  const toc = (...ts: ReturnType<typeof table>[]) => runRules(model(tocTable(), ...ts)).filter((f) => f.rule === 'complete.toc');

  test('listed but absent, present but not listed, said empty but with data: warnings, never errors', () => {
    const fs = toc(...tables(), one('三公', 'three_public_expenses', '预算'));
    expect(fs.every((f) => f.severity === 'warning')).toBe(true);
    expect(fs.map((f) => f.message)).toEqual([
      '目录列有「国有资本经营预算支出表」，但工作簿中没有找到这张表',
      '工作簿中有三公经费表「三公」（三公），但目录中没有列出',
    ]);
    const filled = tables();
    filled[4] = one('政府性基金', 'government_fund_expenditure', '预算', false);
    expect(toc(...filled, one('国资', 'state_capital_expenditure', '预算')).map((f) => f.message)).toEqual(['目录注明「政府性基金预算支出表」为空表，但该表（政府性基金）有数据']);
  });

  test('a 目录 that agrees with the tables gives nothing', () => {
    expect(toc(...tables(), one('国资', 'state_capital_expenditure', '预算'))).toEqual([]);
  });
});
