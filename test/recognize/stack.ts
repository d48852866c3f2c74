/** Test helper: put every sheet of a workbook one under another on a single sheet (a PDF → Excel conversion). */
import type { CellValue, SheetGrid } from '../../src/grid/types';

export interface Stacked {
  grid: SheetGrid;
  /** Row offset of each source sheet in the stacked grid. */
  offsets: number[];
}

export function stackSheets(grids: SheetGrid[], name = 'Sheet1', gap = 2): Stacked {
  const values: CellValue[][] = [];
  const merges: SheetGrid['merges'] = [];
  const hiddenRows: number[] = [];
  const offsets: number[] = [];
  for (const g of grids) {
    const off = values.length - g.top;
    offsets.push(off);
    for (const row of g.values) {
      const r: CellValue[] = new Array(g.left).fill(null);
      values.push(r.concat(row));
    }
    for (const m of g.merges) merges.push({ r0: m.r0 + off, r1: m.r1 + off, c0: m.c0, c1: m.c1 });
    for (const h of g.hiddenRows) hiddenRows.push(h + off);
    for (let i = 0; i < gap; i++) values.push([]);
  }
  return { grid: { name, index: 0, top: 0, left: 0, values, merges, hiddenRows, hiddenCols: [] }, offsets };
}
