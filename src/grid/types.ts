/**
 * The cell-grid model: what a sheet is, nothing more. Every workbook source (Office JS, exceljs)
 * produces the same SheetGrid so that recognition never knows where the cells came from.
 *
 * Coordinates are 0-based absolute sheet coordinates (row 0 / col 0 = A1). The grid stores the
 * used range only, starting at (top, left).
 */

/** An Excel error value such as #REF! or #DIV/0!, or NO_CACHED_RESULT. */
export interface CellError {
  error: string;
}

/**
 * The error code the xlsx source gives a formula cell whose file holds no computed result (written
 * by a program that saves formulas only): not a value Excel shows, but just as unreadable.
 */
export const NO_CACHED_RESULT = '#无计算结果';

/** A value as Excel gives it: number, text, boolean, error, or null for an empty cell. */
export type CellValue = number | string | boolean | CellError | null;

/** A merged area, inclusive, 0-based absolute coordinates. The value lives in (r0, c0). */
export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetGrid {
  /** Sheet name exactly as in the workbook. */
  name: string;
  /** Position of the sheet in the workbook (0-based). */
  index: number;
  /** First row / column of the used range (0-based). */
  top: number;
  left: number;
  /**
   * values[r][c] is the cell at (top + r, left + c). Rows may be shorter than the widest row;
   * a missing entry is an empty cell. Merged slave cells are null (Office JS gives the value
   * only in the top-left cell of a merge).
   */
  values: CellValue[][];
  /** Displayed text, same shape as values, where the source provides it. */
  texts?: (string | null)[][];
  /** Number formats, same shape as values, where the source provides it. */
  formats?: (string | null)[][];
  /** Formulas (without the leading "=" stripped), same shape, where the source provides it. */
  formulas?: (string | null)[][];
  merges: CellRange[];
  /** Absolute 0-based indices of hidden rows / columns. */
  hiddenRows: number[];
  hiddenCols: number[];
  /** Sheet visibility; hidden sheets are still read and recognized, but flagged. */
  visibility?: 'visible' | 'hidden' | 'veryHidden';
  /**
   * Set when the source could not read the sheet (its part is missing from the file, it passes a
   * size cap, it is a chart sheet): the reason, in Chinese. The grid is then empty.
   */
  unreadable?: string;
  /**
   * Cells the source read in doubt (a PDF table's column guessed from alignment, a cell split
   * from a joined text run …): absolute "row,col" → why, in Chinese. An amount read from such a
   * cell carries the doubt (Amount.doubt), so a check resting on it reports a warning only.
   */
  cellDoubts?: Record<string, string>;
}

/** A cell on a named sheet, 0-based absolute coordinates. */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** Number of rows a grid spans (used range height). */
export function gridRowCount(g: SheetGrid): number {
  return g.values.length;
}

/** Number of columns a grid spans (widest row). */
export function gridColCount(g: SheetGrid): number {
  let w = 0;
  for (const r of g.values) if (r.length > w) w = r.length;
  return w;
}

/** Value at absolute coordinates, null outside the used range. */
export function cellAt(g: SheetGrid, row: number, col: number): CellValue {
  const r = g.values[row - g.top];
  if (!r) return null;
  const v = r[col - g.left];
  return v === undefined ? null : v;
}

/** Displayed text at absolute coordinates, if the source gave one. */
export function textAt(g: SheetGrid, row: number, col: number): string | null {
  const r = g.texts?.[row - g.top];
  if (!r) return null;
  const v = r[col - g.left];
  return v === undefined ? null : v;
}

export function isCellError(v: CellValue): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}
