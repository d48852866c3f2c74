/**
 * Rows of positioned cells (one table, possibly over several pages) → a SheetGrid. Columns come
 * from the drawn borders when the table is ruled, otherwise from the alignment of the body:
 * the x-extents of the cells of rows holding amounts, merged where they overlap, leave gaps that
 * are the column borders. A header cell reaching over several columns becomes a merge.
 */
import type { CellRange, CellValue, SheetGrid } from '../grid/types';
import { isAmountText } from './pdf-chunks';
import type { PositionedCell, PositionedRow } from './pdf-page-rows';
import { markReprints } from './pdf-reprints';

interface Column {
  x0: number;
  x1: number;
}

function bordersToColumns(borders: number[]): Column[] {
  const xs = borders.slice().sort((a, b) => a - b);
  const merged: number[] = [];
  for (const x of xs) if (!merged.length || x - merged[merged.length - 1] > 3) merged.push(x);
  const cols: Column[] = [];
  for (let i = 0; i + 1 < merged.length; i++) cols.push({ x0: merged[i], x1: merged[i + 1] });
  return cols;
}

/** Columns from alignment: the union of the body cells' extents. */
function alignedColumns(rows: PositionedRow[]): Column[] {
  const body = rows.filter((r) => r.cells.length >= 2 && r.cells.some((c) => isAmountText(c.text)));
  const source = body.length ? body : rows.filter((r) => r.cells.length >= 2);
  const spans = source.flatMap((r) => r.cells.map((c) => ({ x0: c.x0, x1: c.x1 }))).sort((a, b) => a.x0 - b.x0);
  const cols: Column[] = [];
  for (const s of spans) {
    const last = cols[cols.length - 1];
    if (last && s.x0 <= last.x1 + 1) last.x1 = Math.max(last.x1, s.x1);
    else cols.push({ ...s });
  }
  return cols;
}

/** A figure outside the drawn grid of a ruled table (a page-break repeat, a note row). */
export const DOUBT_OUTSIDE_GRID = '该行印在表格线之外（如跨页单元格在下页重印），所属行和栏目按对齐推定';
/** A figure of an unruled table lying in no column's extent. */
export const DOUBT_NEAREST_COLUMN = '表格无框线，该数字不在任何一栏的范围内，按最近的栏归属';
/** Two texts of one line in one column of an unruled table. */
export const DOUBT_SHARED_COLUMN = '表格无框线，同一行有两段文字落在同一栏，栏目归属系推定';

/** Columns a cell covers: by overlap with the column, else the nearest column (nearest: -1 marks it). */
function coveredColumns(cell: PositionedCell, cols: Column[], ruled: boolean): [number, number, boolean?] {
  let c0 = -1;
  let c1 = -1;
  cols.forEach((col, i) => {
    const mid = (col.x0 + col.x1) / 2;
    const hit = ruled ? mid >= cell.x0 && mid <= cell.x1 : cell.x1 > col.x0 + 0.5 && cell.x0 < col.x1 - 0.5;
    if (hit) {
      if (c0 < 0) c0 = i;
      c1 = i;
    }
  });
  if (c0 >= 0) return [c0, c1];
  const cx = (cell.x0 + cell.x1) / 2;
  let best = 0;
  cols.forEach((col, i) => {
    const d = Math.max(col.x0 - cx, cx - col.x1, 0);
    const bd = Math.max(cols[best].x0 - cx, cx - cols[best].x1, 0);
    if (d < bd) best = i;
  });
  return [best, best, true];
}

/**
 * Why a figure's column is a guess, or undefined when it was read for sure: inside a drawn box
 * it is sure unless the box's text was cut apart; outside a ruled table's grid its column is
 * inferred; in an unruled table it is sure only when it lies within one column alone.
 */
function cellDoubt(cell: PositionedCell, rowRuled: boolean, tableRuled: boolean, nearest: boolean, shared: boolean): string | undefined {
  if (cell.doubt) return cell.doubt;
  if (rowRuled) return undefined;
  if (tableRuled) return DOUBT_OUTSIDE_GRID;
  if (nearest) return DOUBT_NEAREST_COLUMN;
  if (shared) return DOUBT_SHARED_COLUMN;
  return undefined;
}

export interface GridWithPages {
  grid: SheetGrid;
  /** 1-based page of each grid row. */
  rowPages: number[];
}

/**
 * Build the grid of one table. Rows with a single text outside the grid (title, 单位, notes)
 * sit in the first column, as a title does in a workbook.
 */
export function rowsToGrid(name: string, index: number, rows: PositionedRow[]): GridWithPages {
  // the first page's drawn columns are the table's: a continuation page drawn with a border
  // more (a cell split differently) must not split a column of the whole table
  const firstRuled = rows.find((r) => r.ruled)?.page;
  const ruledBorders = rows.filter((r) => r.ruled && r.page === firstRuled).flatMap((r) => r.cells.flatMap((c) => c.borders ?? []));
  const ruled = ruledBorders.length > 0;
  let cols = ruled ? bordersToColumns(ruledBorders) : alignedColumns(rows);
  if (cols.length === 0) cols = [{ x0: 0, x1: 1e6 }];
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  const rowPages: number[] = [];
  const taken = new Set<string>();
  const cellDoubts: Record<string, string> = {};
  // rows of a ruled table printed outside its drawn grid (the top of a merged cell repeated
  // after a page break, a wrapped label): which row and column their cells belong to is a guess
  const outside: number[] = [];
  rows.forEach((row, r) => {
    values.push([]);
    rowPages.push(row.page);
    if (ruled && !row.ruled) outside.push(r);
    const single = !row.ruled && row.cells.length === 1;
    for (const cell of row.cells) {
      let [c0, c1, nearest] = single ? [0, 0, false] : coveredColumns(cell, cols, row.ruled);
      const wanted = c0;
      // two texts of one line falling in one column: the later one moves right when it can
      while (taken.has(`${r},${c0}`) && c0 + 1 < cols.length) c0++;
      if (c1 < c0) c1 = c0;
      const doubt = single || !isAmountText(cell.text) ? undefined : cellDoubt(cell, row.ruled, ruled, !!nearest, c0 !== wanted || taken.has(`${r},${c0}`));
      if (doubt) cellDoubts[`${r},${c0}`] = doubt;
      if (taken.has(`${r},${c0}`)) {
        const prev = values[r][c0];
        values[r][c0] = `${typeof prev === 'string' ? prev : ''}${cell.text}`;
        continue;
      }
      values[r][c0] = cell.text === '' ? null : cell.text;
      const r1 = r + Math.max(1, cell.rowSpan) - 1;
      for (let rr = r; rr <= r1; rr++) for (let cc = c0; cc <= c1; cc++) taken.add(`${rr},${cc}`);
      // a single text outside the grid is not merged: the recognizer reads it as a title line
      const header = row.ruled || !row.cells.some((x) => isAmountText(x.text));
      if ((c1 > c0 && !single && header) || r1 > r) merges.push({ r0: r, c0, r1: Math.min(r1, rows.length - 1), c1 });
    }
  });
  const width = cols.length;
  for (const row of values) {
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
  }
  // a blank read there is as uncertain as a figure: the line may have its figures elsewhere
  for (const r of outside) for (let c = 0; c < width; c++) cellDoubts[`${r},${c}`] ??= DOUBT_OUTSIDE_GRID;
  markReprints(values, rowPages, cellDoubts);
  return {
    grid: { name, index, top: 0, left: 0, values, merges, hiddenRows: [], hiddenCols: [], visibility: 'visible', ...(Object.keys(cellDoubts).length ? { cellDoubts } : {}) },
    rowPages,
  };
}
