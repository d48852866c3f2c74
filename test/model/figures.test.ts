/** Named figures of the real fixtures, with their values and source cells. */
import { fixturePath } from '../fixtures';
import { refToString } from '../../src/grid/address';
import { figureIn } from '../../src/model';
import { amountIn } from '../../src/model/lines';
import type { BudgetModel } from '../../src/model/types';
import type { TableKind } from '../../src/vocabulary/tables';
import { recognizeFile } from '../recognize/load';

function expectFigure(model: BudgetModel, kind: TableKind, name: string, value: string, cell: string): void {
  const f = model.figure(kind, name);
  expect(f).toBeDefined();
  expect({ name, value: f!.value.toFixed(2), cell: refToString(f!.cells[0]), unit: f!.unit }).toEqual({ name, value, cell, unit: '万元' });
}

describe('yongdeng-2024 figures', () => {
  let m: BudgetModel;
  beforeAll(async () => {
    m = (await recognizeFile(fixturePath('yongdeng-2024'))).model;
  });
  it('收支总表 totals and income sources', () => {
    expectFigure(m, 'income_expenditure_summary', '收入总计', '137.05', '表一 收支总体情况表!B38');
    expectFigure(m, 'income_expenditure_summary', '支出总计', '137.05', '表一 收支总体情况表!D38');
    expectFigure(m, 'income_expenditure_summary', '本年收入合计', '137.05', '表一 收支总体情况表!B35');
    expectFigure(m, 'income_expenditure_summary', '一般公共预算财政拨款收入', '137.05', '表一 收支总体情况表!B5');
    expectFigure(m, 'income_expenditure_summary', '社会保障和就业支出', '9.28', '表一 收支总体情况表!D12');
    expect(m.figure('income_expenditure_summary', '上年结转')!.blank).toBe(true);
  });
  it('支出总表, 基本支出表 and 机关运行经费 by column role and total line', () => {
    expectFigure(m, 'expenditure_summary', '基本支出', '89.05', '表三 支出总体情况表!C5');
    expectFigure(m, 'expenditure_summary', '项目支出', '48.00', '表三 支出总体情况表!D5');
    expectFigure(m, 'general_budget_basic_expenditure', '人员经费', '82.42', '表七 一般公共预算基本支出情况表!D6');
    expectFigure(m, 'agency_operating_expenses', '机关运行经费', '3.37', '表九 机关运行经费表!C5');
    expectFigure(m, 'general_budget_expenditure', '2010301', '117.54', '表六 一般公共预算支出情况表!C7');
    expectFigure(m, 'general_budget_expenditure', '2010301[基本支出]', '69.54', '表六 一般公共预算支出情况表!D7');
  });
  it('三公 table: the blank 总计 row is read as blank, the unit row keeps 0.04', () => {
    const f = m.figure('three_public_expenses', '公务接待费')!;
    expect(f.blank).toBe(true);
    const t = m.tablesOf('three_public_expenses')[0];
    const unitLine = t.lists[0].lines.find((l) => l.kind === 'unit')!;
    expect(amountIn(t.lists[0], unitLine, '公务接待费')!.value.toFixed(2)).toBe('0.04');
  });
  it('converts exactly between units', () => {
    expect(figureIn(m, 'income_expenditure_summary', '收入总计', '元')!.toFixed(2)).toBe('1370500.00');
  });
});

describe('yichuan-2024 figures', () => {
  let m: BudgetModel;
  beforeAll(async () => {
    m = (await recognizeFile(fixturePath('yichuan-2024'))).model;
  });
  it('收支总表 and 财政拨款收支总表 by row and column', () => {
    expectFigure(m, 'income_expenditure_summary', '收入总计', '1145.25', '部门收支预算表!B37');
    expectFigure(m, 'income_expenditure_summary', '结转下年', '0.00', '部门收支预算表!D36');
    expectFigure(m, 'fiscal_appropriation_summary', '本年支出合计[一般公共预算]', '1145.25', '财政拨款收支预算表!E6');
    expectFigure(m, 'fiscal_appropriation_summary', '支出总计', '1145.25', '财政拨款收支预算表!D38');
  });
  it('split 类/款/项 codes are joined, with levels', () => {
    const line = m.line('general_budget_expenditure', '2010306')!;
    expect(line).toBeDefined();
    expect(line.level).toBe(7);
    expect(line.classification).toBe('function');
    expect(line.name).toBe('政务公开审批');
    expectFigure(m, 'general_budget_expenditure', '2010306', '1120.30', '一般公共预算支出预算表!F8');
    expectFigure(m, 'general_budget_expenditure', '基本支出', '909.25', '一般公共预算支出预算表!G6');
    expectFigure(m, 'general_budget_expenditure', '工资福利支出', '879.35', '一般公共预算支出预算表!H6');
  });
  it('economic lines and 人员经费/公用经费', () => {
    expectFigure(m, 'general_budget_basic_expenditure', '公用经费', '26.55', '一般公共预算基本支出预算表!G5');
    const l = m.line('general_budget_basic_expenditure', '30107')!;
    expect(l.classification).toBe('economic');
    expect(l.level).toBe(5);
  });
  it('the unit row of a by-unit table is a unit line', () => {
    const lines = m.lines('expenditure_summary');
    expect(lines.find((l) => l.row === 6)!.kind).toBe('unit');
    expect(lines.find((l) => l.row === 5)!.kind).toBe('total');
  });
});

describe('luanchuan-2023 figures', () => {
  let m: BudgetModel;
  beforeAll(async () => {
    m = (await recognizeFile(fixturePath('luanchuan-2023'))).model;
  });
  it('carry-overs on both sides', () => {
    expectFigure(m, 'income_expenditure_summary', '上年结转', '49.02', '表1!B36');
    expectFigure(m, 'fiscal_appropriation_summary', '结转下年', '49.02', '表4!D37');
    expectFigure(m, 'fiscal_appropriation_summary', '上年结转', '49.02', '表4!B11');
    expectFigure(m, 'income_summary', '上年结转', '49.02', '表2!O6');
    expectFigure(m, 'income_summary', '合计', '595.94', '表2!C6');
  });
  it('「其中：财政拨款」 lines are marked and take a figure only no ordinary line has', () => {
    const lines = m.lines('income_expenditure_summary', 'income');
    const l = lines.find((x) => x.row === 5)!;
    expect(l.ofWhich).toBe(true);
    expect(l.figure).toBe('财政拨款收入');
    expect(lines.find((x) => x.row === 4)!.figure).toBe('一般公共预算财政拨款收入');
  });
  it('a 功能分类 类 on the expenditure side of 收支总表 is found by name or code', () => {
    expectFigure(m, 'income_expenditure_summary', '一般公共服务支出', '595.94', '表1!D5');
    expectFigure(m, 'income_expenditure_summary', '201', '595.94', '表1!D5');
    expect(m.figure('income_expenditure_summary', '国有资本经营预算财政拨款收入')!.cells[0].col).toBe(1);
  });
});
