/**
 * The indicators of a 绩效目标表 (整体支出 / 项目支出) as printed: the rows under the 「一级指标 /
 * 二级指标 / 三级指标」 header, counted the way the 说明 counts them (「设置二级指标11个、三级指标11个」):
 * every filled 三级 cell is one 三级指标; consecutive rows with the same 一级 and 二级 (merged or
 * repeated) are one 二级指标. Handed over as RecognizedTable.indicatorLevels; the 说明 checker
 * takes the indicator rows (model.indicators + countIndicators) first and these counts for tables
 * whose rows recognition does not give (docs/narrative.md).
 */
import type { CellRange, CellValue, SheetGrid } from '../grid/types';
import { cellAt } from '../grid/types';
import { cellText } from './text';
import type { IndicatorLevel, IndicatorLevels } from './types';

/** Cell text through merges: a merged slave reads its master; `master` tells which cell that is. */
class MergedText {
  constructor(private readonly grid: SheetGrid) {}

  master(row: number, col: number): { row: number; col: number } {
    const m: CellRange | undefined = this.grid.merges.find((x) => row >= x.r0 && row <= x.r1 && col >= x.c0 && col <= x.c1);
    return m ? { row: m.r0, col: m.c0 } : { row, col };
  }

  text(row: number, col: number): string {
    const at = this.master(row, col);
    const v: CellValue = cellAt(this.grid, at.row, at.col);
    return cellText(v).replace(/\s+/g, '');
  }
}

const HEADER = { 1: /^一级指标$/, 2: /^二级指标$/, 3: /^三级指标$/ } as const;

/** Row and columns of the 「一级指标 二级指标 三级指标」 header inside the table's range. */
function findHeader(cells: MergedText, r: CellRange): { row: number; c1: number | null; c2: number; c3: number } | null {
  for (let row = r.r0; row <= r.r1; row++) {
    let c1: number | null = null;
    let c2: number | null = null;
    let c3: number | null = null;
    for (let col = r.c0; col <= r.c1; col++) {
      const t = cells.text(row, col);
      if (c1 === null && HEADER[1].test(t)) c1 = col;
      if (c2 === null && HEADER[2].test(t)) c2 = col;
      if (c3 === null && HEADER[3].test(t)) c3 = col;
    }
    if (c2 !== null && c3 !== null) return { row, c1, c2, c3 };
  }
  return null;
}

/** The indicator block of the table in `range` of `grid`, or null when it cannot be read. */
export function readIndicatorLevels(grid: SheetGrid, range: CellRange): IndicatorLevels | null {
  const cells = new MergedText(grid);
  const header = findHeader(cells, range);
  if (!header) return null;
  const sheet = grid.name;
  const level1: IndicatorLevel = { count: 0, cells: [] };
  const level2: IndicatorLevel = { count: 0, cells: [] };
  const level3: IndicatorLevel = { count: 0, cells: [] };
  let prev1 = '';
  let prev2 = '';
  for (let row = header.row + 1; row <= range.r1; row++) {
    const t1 = header.c1 !== null ? cells.text(row, header.c1) : '';
    const t2 = cells.text(row, header.c2);
    const t3 = cells.text(row, header.c3);
    if (HEADER[2].test(t2)) break; // a second indicator block (another table) starts
    if (!t2 && !t3) continue;
    if (header.c1 !== null && t1 && t1 !== prev1) {
      level1.count++;
      level1.cells.push({ sheet, row, col: header.c1 });
    }
    if (t1) prev1 = t1;
    const key2 = `${t1}|${t2}`;
    if (t2 && key2 !== prev2) {
      level2.count++;
      level2.cells.push({ sheet, row, col: header.c2 });
    }
    if (t2) prev2 = key2;
    const m3 = cells.master(row, header.c3);
    if (t3 && m3.row === row) {
      level3.count++;
      level3.cells.push({ sheet, row, col: header.c3 });
    }
  }
  return level3.count > 0 ? { level1, level2, level3 } : null;
}
