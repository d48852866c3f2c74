/**
 * Hand-made Shanghai-style workbooks (a 元 预算 package with its 三公 table in 万元, a 决算
 * package with 年初/年末结转和结余), written with exceljs and read back through the xlsx source:
 * every table recognized with kind, unit and stage; the clean workbook gives no error; a wrong
 * 合计 injected anywhere is an error naming that cell.
 */
import { analyze } from '../../src/engine';
import type { CellRef } from '../../src/grid/types';
import { refToString } from '../../src/grid/address';
import { buildGrids, poke, type SheetSpec } from './build-workbook';
import { findingCells } from './harness';
import { shanghaiBudget, shanghaiFinal } from './handmade-shanghai';
import { stacked } from './variants';

async function run(sheets: SheetSpec[]) {
  return analyze(await buildGrids(sheets));
}

function errorCells(a: ReturnType<typeof analyze>): string[] {
  return a.findings.filter((f) => f.severity === 'error').flatMap(findingCells).map((c: CellRef) => refToString(c));
}

describe('Shanghai 预算 package in 元, 三公 in 万元', () => {
  it('recognizes every table with kind, unit and stage', async () => {
    const a = await run(shanghaiBudget());
    expect(a.tables.map((t) => [t.sheet, t.kind, t.unit, t.stage, t.empty])).toEqual([
      ['1', 'income_expenditure_summary', '元', '预算', false],
      ['2', 'income_summary', '元', '预算', false],
      ['3', 'expenditure_summary', '元', '预算', false],
      ['4', 'fiscal_appropriation_summary', '元', '预算', false],
      ['5', 'general_budget_expenditure', '元', '预算', false],
      ['6', 'government_fund_expenditure', '元', '预算', true],
      ['7', 'general_budget_basic_expenditure', '元', '预算', false],
      ['8', 'three_public_expenses', '万元', '预算', false],
    ]);
    expect(a.tables.find((t) => t.sheet === '6')!.emptyNote).toMatch(/空表/);
    expect(a.model.figure('income_expenditure_summary', '收入总计')?.value.toString()).toBe('91016775.35');
    expect(a.model.figure('three_public_expenses', '三公经费合计')?.value.toString()).toBe('867.5');
  });

  it('the clean workbook has no error', async () => {
    expect(errorCells(await run(shanghaiBudget()))).toEqual([]);
  });

  it.each([
    ['支出总表 合计', '3', 25, 4, 91016875.35],
    ['收支总表 收入总计', '1', 12, 1, 91016875.35],
    ['一般公共预算支出表 款', '5', 6, 4, 82096797.52],
    ['基本支出表 人员经费合计', '7', 12, 4, 22474997.81],
    ['三公 合计 (万元)', '8', 5, 0, 877.5],
  ])('a wrong %s is an error on that cell', async (_what, sheet, row, col, v) => {
    const cells = errorCells(await run(poke(shanghaiBudget(), sheet, row, col, v)));
    expect(cells).toContain(refToString({ sheet, row, col }));
  });

  it('stacked on one sheet (PDF → Excel) it is recognized the same, still without error', async () => {
    const grids = await buildGrids(shanghaiBudget());
    const orig = analyze(grids);
    const v = stacked(2)(structuredClone(grids), orig);
    const a = analyze(v.grids);
    expect(a.tables.map((t) => [t.kind, t.unit])).toEqual(orig.tables.map((t) => [t.kind, t.unit]));
    expect(errorCells(a)).toEqual([]);
  });
});

describe('Shanghai 决算 package (收入支出决算总表 with 年初/年末结转和结余)', () => {
  it('recognizes every table as 决算 in 万元', async () => {
    const a = await run(shanghaiFinal());
    expect(a.tables.map((t) => [t.sheet, t.kind, t.unit, t.stage])).toEqual([
      ['收入支出决算总表', 'income_expenditure_summary', '万元', '决算'],
      ['支出决算表', 'expenditure_summary', '万元', '决算'],
      ['财政拨款收入支出决算总表', 'fiscal_appropriation_summary', '万元', '决算'],
    ]);
    expect(a.model.figure('income_expenditure_summary', '上年结转')?.value.toString()).toBe('49.14');
    expect(a.model.figure('income_expenditure_summary', '结转下年')?.value.toString()).toBe('55.34');
  });

  it('the clean workbook has no error', async () => {
    expect(errorCells(await run(shanghaiFinal()))).toEqual([]);
  });

  it.each([
    ['支出决算表 合计', '支出决算表', 5, 4, 2950.05],
    ['支出决算表 项', '支出决算表', 8, 5, 1503.62],
    ['年末结转和结余', '收入支出决算总表', 19, 3, 45.34],
    ['本年收入合计', '收入支出决算总表', 17, 1, 2936.25],
    ['财政拨款 总计', '财政拨款收入支出决算总表', 13, 1, 2971.68],
  ])('a wrong %s is an error on that cell', async (_what, sheet, row, col, v) => {
    const cells = errorCells(await run(poke(shanghaiFinal(), sheet, row, col, v)));
    expect(cells).toContain(refToString({ sheet, row, col }));
  });
});
