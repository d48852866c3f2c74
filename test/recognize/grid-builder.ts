/** Test helper: small SheetGrids from arrays of rows. */
import type { CellRange, CellValue, SheetGrid } from '../../src/grid/types';

export function grid(name: string, rows: CellValue[][], merges: CellRange[] = [], hiddenRows: number[] = []): SheetGrid {
  return { name, index: 0, top: 0, left: 0, values: rows.map((r) => r.slice()), merges, hiddenRows, hiddenCols: [] };
}

/** A typical one-sided 功能分类 expenditure table under a given title. */
export function expenditureTable(title: string, unit = '单位：万元'): CellValue[][] {
  return [
    [title, null, null, null, null],
    ['部门名称：某某局', null, null, null, unit],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['**', '**', 1, 2, 3],
    [null, '合计', 120.5, 100.5, 20],
    ['201', '一般公共服务支出', 120.5, 100.5, 20],
    ['20103', '政府办公厅（室）及相关机构事务', 120.5, 100.5, 20],
    ['2010301', '行政运行', 100.5, 100.5, null],
    ['2010302', '一般行政管理事务', 20, null, 20],
  ];
}
