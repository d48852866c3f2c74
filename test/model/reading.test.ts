/**
 * Every figure carries how it was read (src/model/reading.ts): cell, table, line, column, layout,
 * sure or not and why. Invented figures.
 */
import { buildModel } from '../../src/model';
import { locate } from '../../src/model/reading';
import { amountIn } from '../../src/model/lines';
import { recognizeWorkbook } from '../../src/recognize';
import type { CellValue } from '../../src/grid/types';
import { expenditureTable, grid } from '../recognize/grid-builder';

describe('readings', () => {
  test('a list cell: sure, with its line, column and layout', () => {
    const m = buildModel(recognizeWorkbook([grid('表三', expenditureTable('2025年一般公共预算支出表'))]));
    const f = m.figure('general_budget_expenditure', '合计')!;
    expect(f.reading).toMatchObject({ cell: { sheet: '表三', row: 4, col: 2 }, line: '第5行「合计」', column: '合计', layout: '列表（行×栏）', sure: true });
  });

  test('a cell that is not a number: unsure, saying what it holds', () => {
    const rows = expenditureTable('2025年一般公共预算支出表');
    rows[7][3] = '一百';
    const m = buildModel(recognizeWorkbook([grid('表三', rows)]));
    const r = locate(m.tables, { sheet: '表三', row: 7, col: 3 })!.reading;
    expect(r.sure).toBe(false);
    expect(r.reason).toBe('单元格内容「一百」不是数字，按0计');
  });

  test('a form label whose neighbour is blank and a number further on: the value cell is a guess', () => {
    const rows: CellValue[][] = [
      ['2025年项目支出绩效目标表'],
      ['项目名称', '城区道路养护', null, null],
      ['资金总额', null, 50, null],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '养护道路里程', '≥20公里'],
    ];
    const m = buildModel(recognizeWorkbook([grid('项目', rows)]));
    const [list] = m.tables[0].lists;
    const a = amountIn(list, list.lines[0], '合计')!;
    expect(a.value.toString()).toBe('50');
    const r = locate(m.tables, a.cell)!.reading;
    expect(r.layout).toBe('表单（标签与数值成对）');
    expect(r.sure).toBe(false);
    expect(r.reason).toContain('「资金总额」右侧紧邻的单元格为空');
  });
});
