/** Title variants (表号, 年份, 部门/单位, 预算表/情况表, 决算, "Sheet3"), units and header-only recognition. */
import { recognizeWorkbook } from '../../src/recognize';
import type { TableKind } from '../../src/vocabulary/tables';
import { expenditureTable, grid } from './grid-builder';

function kindOf(title: string): TableKind {
  return recognizeWorkbook([grid('Sheet1', expenditureTable(title))])[0].kind;
}

describe('title variants', () => {
  it.each([
    ['表三、部门/单位支出总体情况表', 'expenditure_summary'],
    ['表3 2024年部门支出预算表', 'expenditure_summary'],
    ['表十二 2025年部门支出预算总表', 'expenditure_summary'],
    ['2023年度某某局部门支出决算表', 'expenditure_summary'],
    ['附表6：一般公共预算支出预算表', 'general_budget_expenditure'],
    ['2025年部门一般公共预算支出功能分类预算表', 'general_budget_expenditure'],
    ['一般公共预算财政拨款支出决算表', 'general_budget_expenditure'],
    ['2024年部门政府性基金预算支出功能分类预算表', 'government_fund_expenditure'],
    ['国有资本经营预算财政拨款支出决算表', 'state_capital_expenditure'],
    ['项目支出预算表', 'project_expenditure'],
    // 深圳: the 基本支出 table by source of funds is titled 「基本支出总表」
    ['表4 基本支出总表', 'general_budget_basic_expenditure'],
  ])('%s → %s', (title, kind) => {
    expect(kindOf(title)).toBe(kind);
  });

  it.each([
    ['2025年部门财务收支预算总表', 'income_expenditure_summary'],
    ['收入支出决算总表', 'income_expenditure_summary'],
    ['2021年部门综合预算收支总表', 'income_expenditure_summary'],
    ['部门收入总表', 'income_summary'],
    ['财政拨款收入支出决算总表', 'fiscal_appropriation_summary'],
    ['2025年部门财政拨款收支预算总表', 'fiscal_appropriation_summary'],
    ['财政拨款支出表', 'fiscal_appropriation_expenditure'],
    ['一般公共预算基本支出表', 'general_budget_basic_expenditure'],
    ['2025年部门一般公共预算基本支出部门预算经济分类预算表', 'general_budget_basic_expenditure'],
    ['一般公共预算基本支出明细表（按支出功能分类科目）', 'general_budget_basic_functional'],
    ['一般公共预算支出明细表（按支出经济分类科目）', 'general_budget_economic_expenditure'],
    ['2025年部门“三公”经费和机关运行经费预算表', 'three_public_expenses'],
    ['“三公”经费及会议费、培训费支出预算表', 'three_public_expenses'],
    ['行政（事业）单位机构运转经费预算表', 'agency_operating_expenses'],
    ['部门管理转移支付表', 'transfer_payment'],
    ['政府采购（资产配置、购买服务）预算表', 'government_procurement'],
    ['财政拨款上年结转资金支出表', 'carryover_expenditure'],
    ['部门整体绩效目标表', 'performance_overall'],
    ['专项资金绩效目标表', 'performance_project'],
    ['公开报表目录', 'table_of_contents'],
    ['部门综合预算一般公共预算基本支出明细表（按功能科目）', 'general_budget_basic_functional'],
    ['一般公共预算支出明细表（按经济科目）', 'general_budget_economic_expenditure'],
    ['上年结转结余资金支出表', 'carryover_expenditure'],
    ['部门整体支出绩效目标申报表', 'performance_overall'],
    ['项目支出绩效目标申报表', 'performance_project'],
  ])('title alone: %s → %s', (title, kind) => {
    const t = recognizeWorkbook([grid('x', [[title], ['单位：元'], ['项目', '金额'], ['合计', 1]])])[0];
    expect(t.kind).toBe(kind);
  });

  it('stage, year, department and unit come from the title block', () => {
    const t = recognizeWorkbook([grid('Sheet1', expenditureTable('2023年度某某局部门支出决算表', '金额单位：元'))])[0];
    expect([t.stage, t.year, t.department, t.unit]).toEqual(['决算', 2023, '某某局', '元']);
  });

  it('「单位：万」 is 万元; 「单位：」 with nothing falls back to the package unit with a warning', () => {
    const a = grid('A', expenditureTable('部门支出预算表', '单位：万'));
    const b = grid('B', expenditureTable('一般公共预算支出预算表', '单位：'));
    const [ta, tb] = recognizeWorkbook([a, b]);
    expect(ta.unit).toBe('万元');
    expect(tb.unit).toBe('万元');
    expect(tb.warnings.join('')).toMatch(/未写明金额单位/);
  });

  it('a "Sheet3" without a title is recognized from its header', () => {
    const rows = [
      ['单位：万元'],
      ['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
      [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
      [12.5, 2, 8, 0, 8, 2.5],
    ];
    const merges = [
      { r0: 1, c0: 0, r1: 2, c1: 0 },
      { r0: 1, c0: 1, r1: 2, c1: 1 },
      { r0: 1, c0: 2, r1: 1, c1: 4 },
      { r0: 1, c0: 5, r1: 2, c1: 5 },
    ];
    const t = recognizeWorkbook([grid('Sheet3', rows, merges)])[0];
    expect(t.kind).toBe('three_public_expenses');
    expect(t.lists[0].columns.map((c) => c.role)).toEqual(['三公经费合计', '因公出国（境）费用', '公务用车购置及运行费', '公务用车购置费', '公务用车运行费', '公务接待费']);
  });

  it('a "表六" title with a 人员经费/公用经费 header is the basic expenditure table', () => {
    const rows = [['表六'], ['单位：元'], ['经济分类科目编码', '经济分类科目名称', '合计', '人员经费', '公用经费'], ['301', '工资福利支出', 10, 10, null]];
    expect(recognizeWorkbook([grid('Sheet6', rows)])[0].kind).toBe('general_budget_basic_expenditure');
  });

  it('an unrelated sheet is unknown with a Chinese reason', () => {
    const t = recognizeWorkbook([grid('封面', [['某某局2024年部门预算公开'], ['二〇二四年二月']])])[0];
    expect(t.kind).toBe('unknown');
    expect(t.reasons.join('')).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('layouts', () => {
  it('a 目录 sheet listing the tables is one table_of_contents table', () => {
    const rows = [['目录'], ['一、部门收支总表'], ['二、部门收入总表'], ['三、部门支出总表'], ['四、财政拨款收支总表'], ['五、一般公共预算支出表'], ['六、一般公共预算基本支出表']];
    const tables = recognizeWorkbook([grid('目录', rows)]);
    expect(tables.map((t) => t.kind)).toEqual(['table_of_contents']);
  });

  it('a title with 「单位：万元」 in the same row is still the title', () => {
    const rows = [['2024年部门支出总表', null, null, null, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', 5, 5, null]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect([t.kind, t.unit, t.title]).toEqual(['expenditure_summary', '万元', '2024年部门支出总表']);
  });

  it('陕西-style 收支总表: income and three expenditure blocks side by side', () => {
    const rows = [
      ['2024年部门收支总表'],
      ['单位：万元'],
      ['收入', null, '支出', null, null, null, null, null],
      ['项目', '预算数', '功能分类', '预算数', '部门预算经济分类', '预算数', '政府预算经济分类', '预算数'],
      ['一、一般公共预算拨款收入', 100, '一般公共服务支出', 100, '工资福利支出', 80, '机关工资福利支出', 80],
      [null, null, null, null, '商品和服务支出', 20, '机关商品和服务支出', 20],
      ['本年收入合计', 100, '本年支出合计', 100, '本年支出合计', 100, '本年支出合计', 100],
      ['收入总计', 100, '支出总计', 100, '支出总计', 100, '支出总计', 100],
    ];
    const merges = [{ r0: 2, c0: 0, r1: 2, c1: 1 }, { r0: 2, c0: 2, r1: 2, c1: 7 }];
    const [t] = recognizeWorkbook([grid('s', rows, merges)]);
    expect(t.kind).toBe('income_expenditure_summary');
    expect(t.lists.map((l) => [l.side, l.block ?? ''])).toEqual([['income', ''], ['expenditure', '功能分类'], ['expenditure', '部门预算经济分类'], ['expenditure', '政府预算经济分类']]);
    expect(t.lists[2].lines.find((l) => l.figure === '支出总计')!.amounts[5].value.toString()).toBe('100');
  });

  it('a header repeated after a page break inside the body is skipped', () => {
    const rows = [...expenditureTable('部门支出总表'), ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['2010350', '事业运行', 1, 1, null]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect(t.lists[0].lines.map((l) => l.code ?? l.name)).toEqual(['合计', '201', '20103', '2010301', '2010302', '2010350']);
  });
});

describe('row-oriented and vertical layouts', () => {
  it('a 三公 table with items as rows gives the same figures, 其中 lines included', async () => {
    const { buildModel } = await import('../../src/model');
    const rows = [
      ['2024年一般公共预算“三公”经费支出预算表'], ['单位：万元'], ['项目', '预算数', '上年预算数'],
      ['“三公”经费合计', 12.5, 13], ['1.因公出国（境）费', 2, 2], ['2.公务用车购置及运行费', 8, 9], ['其中：(1)公务用车购置费', 0, 0], ['(2)公务用车运行费', 8, 9], ['3.公务接待费', 2.5, 2],
    ];
    const m = buildModel(recognizeWorkbook([grid('s', rows)]));
    expect(['三公经费合计', '因公出国（境）费用', '公务用车购置费', '公务用车运行费', '公务接待费'].map((n) => m.figure('three_public_expenses', n)?.value.toString())).toEqual(['12.5', '2', '0', '8', '2.5']);
    expect(m.figure('three_public_expenses', '公务接待费[上年预算数]')!.value.toString()).toBe('2');
  });

  it('a 收支总表 with 收入 above 支出 in one list keeps both totals', async () => {
    const { buildModel } = await import('../../src/model');
    const rows = [
      ['部门收支预算总表'], ['单位：万元'], ['项目', '预算数'],
      ['一、一般公共预算拨款收入', 90], ['二、事业收入', 10], ['本年收入合计', 100], ['收入总计', 100],
      ['一、一般公共服务支出', 100], ['本年支出合计', 100], ['支出总计', 100],
    ];
    const m = buildModel(recognizeWorkbook([grid('s', rows)]));
    expect(m.tables[0].kind).toBe('income_expenditure_summary');
    expect(['收入总计', '支出总计', '本年收入合计', '本年支出合计', '一般公共服务支出'].map((n) => m.figure('income_expenditure_summary', n)?.value.toString())).toEqual(['100', '100', '100', '100', '100']);
  });
});

describe('titles that do not end in 表', () => {
  it('「一般公共预算支出表-按功能分类」 and 「部门收支总体情况（公开）」 are titles', () => {
    const a = recognizeWorkbook([grid('x', expenditureTable('2024年一般公共预算支出表-按功能分类'))])[0];
    expect([a.kind, a.title]).toEqual(['general_budget_expenditure', '2024年一般公共预算支出表-按功能分类']);
    const rows = [['备用行'], [], ['部门收支总体情况（公开）'], ['单位：元'], ['收入', null, '支出', null], ['项目', '预算数', '项目', '预算数'], ['本年收入合计', 1, '本年支出合计', 1]];
    const b = recognizeWorkbook([grid('y', rows)]);
    expect(b.map((t) => t.kind)).toContain('income_expenditure_summary');
  });
});

describe('year columns', () => {
  it('「2023年预算数 | 2024年预算数 | 增减」: the current year is the main column, the other 上年预算数', async () => {
    const { buildModel } = await import('../../src/model');
    const rows = [['2024年“三公”经费预算表'], ['单位：万元'], ['项目', '2023年预算数', '2024年预算数', '增减'], ['“三公”经费合计', 10, 8, -2], ['公务接待费', 3, 2, -1]];
    const m = buildModel(recognizeWorkbook([grid('s', rows)]));
    expect(m.figure('three_public_expenses', '公务接待费')!.value.toString()).toBe('2');
    expect(m.figure('three_public_expenses', '公务接待费[上年预算数]')!.value.toString()).toBe('3');
    expect(m.tables[0].lists[0].columns.map((c) => c.role)).toEqual(['科目名称', '上年预算数', '预算数', '增减']);
  });
});

describe('text between the title block and the header (docs/qa.md F1)', () => {
  it.each([['（公开表）'], ['内部测算用，打印时隐藏']])('「%s」 above the header stays in the title block', (note) => {
    const [t] = recognizeWorkbook([grid('s', [['2024年部门收入总表'], [null, '单位：万元'], [note], ['项目', '预算数'], ['一、一般公共预算财政拨款收入', 100], ['本年收入合计', 100]])]);
    expect(t.headerRange).toEqual({ r0: 3, c0: 0, r1: 3, c1: 1 });
    expect(t.lists[0].lines.map((l) => l.name)).toEqual(['一般公共预算财政拨款收入', '本年收入合计']);
  });

  it('a subtitle above the unit line keeps the unit and the header', () => {
    const rows = [['2024年一般公共预算支出表'], ['（按支出功能分类科目）'], [null, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', 10, 6, 4]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect([t.kind, t.unit, t.headerRange?.r0]).toEqual(['general_budget_expenditure', '万元', 3]);
  });
});

describe('stage', () => {
  it('「一般公共预算」 in a header does not make a 决算 package table a 预算 one', () => {
    const a = grid('a', [['部门支出决算表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 1]]);
    const b = grid('b', [['财政拨款支出表'], ['单位：万元'], ['单位名称', '一般公共预算支出'], ['某局', 1]]);
    expect(recognizeWorkbook([a, b]).map((t) => t.stage)).toEqual(['决算', '决算']);
  });
});

describe('a title naming a kind decides over header words', () => {
  // 西安's template: the 支出总表 lists expenditure by unit and source of funds, under the very
  // columns of the 收入总表 (一般公共预算拨款, 事业收入, 上年结转…)
  const bySource = (title: string) =>
    grid('s', [
      [title],
      ['单位：万元'],
      ['单位编码', '单位名称', '合计', '一般公共预算拨款', '政府性基金拨款', '事业收入', '上年结转', '其他收入'],
      [null, '合计', 30, 20, 0, 6, 3, 1],
      ['101001', '某某局机关', 30, 20, 0, 6, 3, 1],
    ]);

  it('「部门综合预算支出总表」 with 收入-source columns is the 支出总表', () => {
    expect(recognizeWorkbook([bySource('2026年部门综合预算支出总表')])[0].kind).toBe('expenditure_summary');
  });

  it('the same columns under 「收入总表」 stay the 收入总表, and without a title the header decides', () => {
    expect(recognizeWorkbook([bySource('2026年部门综合预算收入总表')])[0].kind).toBe('income_summary');
    expect(recognizeWorkbook([bySource('')])[0].kind).toBe('income_summary');
  });
});

describe('header words only one kind of table has', () => {
  it('keep a 三公 table whose title was read in part (「会议费、培训费支出预算表」) a 三公 table', () => {
    const g = grid('s', [
      ['会议费、培训费支出预算表'],
      ['单位：元'],
      ['单位名称', '合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行费', '会议费', '培训费'],
      ['某某局', 60, 10, 20, 10, 10, 10],
    ]);
    expect(recognizeWorkbook([g])[0].kind).toBe('three_public_expenses');
  });
});
