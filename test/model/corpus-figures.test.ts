/** Figures of the corpus workbooks: 元 and 万元 in one package, text amounts, 决算 layouts. */
import * as path from 'path';
import { figureIn } from '../../src/model';
import type { BudgetModel } from '../../src/model/types';
import { recognizeFile } from '../recognize/load';

const file = (n: string) => path.resolve(__dirname, '..', 'data', 'corpus', `${n}.xlsx`);
const v = (m: BudgetModel, kind: Parameters<BudgetModel['figure']>[0], name: string) => m.figure(kind, name)?.value.toFixed(2);

describe('sh-putuo-gov-office-2025-budget (元, 三公 in 万元)', () => {
  let m: BudgetModel;
  beforeAll(async () => {
    m = (await recognizeFile(file('sh-putuo-gov-office-2025-budget'))).model;
  });
  it('keeps each table in its own unit and converts exactly', () => {
    expect(m.figure('income_expenditure_summary', '收入总计')!.unit).toBe('元');
    expect(v(m, 'income_expenditure_summary', '收入总计')).toBe('91016775.35');
    expect(m.figure('three_public_expenses', '三公经费合计')!.unit).toBe('万元');
    expect(v(m, 'three_public_expenses', '三公经费合计')).toBe('867.50');
    expect(figureIn(m, 'three_public_expenses', '因公出国（境）费用', '元')!.toFixed(2)).toBe('8390000.00');
    expect(v(m, 'three_public_expenses', '机关运行经费')).toBe('213.28');
    expect(figureIn(m, 'income_expenditure_summary', '收入总计', '万元')!.toString()).toBe('9101.677535');
  });
  it('reads split 类/款/项 codes, 1. numbering and empty tables', () => {
    expect(v(m, 'general_budget_expenditure', '2010350')).toBe('3807295.58');
    expect(m.line('general_budget_expenditure', '20103')!.kind).toBe('subtotal');
    expect(v(m, 'income_expenditure_summary', '一般公共预算财政拨款收入')).toBe('91016775.35');
    expect(v(m, 'general_budget_basic_expenditure', '公用经费')).toBe('2132777.54');
    expect(m.tablesOf('government_fund_expenditure')[0].emptyNote).toMatch(/空表/);
  });
});

describe('sh-putuo-finance-bureau-2024-final-onesheet (决算 stacked on one sheet, text amounts)', () => {
  let m: BudgetModel;
  beforeAll(async () => {
    m = (await recognizeFile(file('sh-putuo-finance-bureau-2024-final-onesheet'))).model;
  });
  it('reads text amounts with 千分位 and the 决算 carry-over lines', () => {
    expect(m.stage).toBe('决算');
    expect(v(m, 'income_expenditure_summary', '收入总计')).toBe('2995.39');
    expect(v(m, 'income_expenditure_summary', '上年结转')).toBe('49.14');
    expect(v(m, 'income_expenditure_summary', '结转下年')).toBe('55.34');
    expect(v(m, 'fiscal_appropriation_summary', '支出总计[一般公共预算]')).toBe('2961.68');
    expect(v(m, 'expenditure_summary', '基本支出')).toBe('2336.91');
  });
  it('takes the 决算数 column of a 预算数 | 决算数 pair, and 预算数 on request', () => {
    expect(m.figure('three_public_expenses', '公务接待费')!.blank).toBe(true);
    expect(v(m, 'three_public_expenses', '公务接待费/预算数')).toBe('0.95');
  });
});

describe('sh-putuo-social-work-2024-final (决算, joined codes, two-block 基本支出表)', () => {
  let m: BudgetModel;
  beforeAll(async () => {
    m = (await recognizeFile(file('sh-putuo-social-work-2024-final'))).model;
  });
  it('joined 7-digit codes and 人员经费/公用经费 from side-by-side blocks', () => {
    expect(m.line('general_budget_expenditure', '2013901')!.level).toBe(7);
    expect(v(m, 'general_budget_basic_expenditure', '人员经费')).toBe('95.36');
    expect(v(m, 'general_budget_basic_expenditure', '公用经费')).toBe('10.23');
    expect(m.tablesOf('general_budget_basic_expenditure')[0].lists.map((l) => l.side)).toEqual(['main', 'main']);
  });
});

describe('package facts from a document heading', () => {
  it('year and department come from 「第二部分 上海市普陀区财政局2024年度部门决算表」', async () => {
    const { model } = await recognizeFile(file('sh-putuo-finance-bureau-2024-final-onesheet'));
    expect([model.year, model.department]).toEqual([2024, '上海市普陀区财政局']);
  });
});

describe('figure names as rule authors write them', () => {
  it('short names resolve to the canonical line (收支总表.一般公共预算, .使用非财政拨款结余)', async () => {
    const { model } = await recognizeFile(file('sh-putuo-finance-bureau-2024-final-onesheet'));
    expect(model.figure('income_expenditure_summary', '一般公共预算')!.value.toFixed(2)).toBe('2940.05');
    expect(model.figure('income_expenditure_summary', '使用非财政拨款结余')!.line!.label).toBe('使用非财政拨款结余（含专用结余）');
    expect(model.figure('income_expenditure_summary', '用事业基金弥补收支差额')).toBeUndefined();
  });
});
