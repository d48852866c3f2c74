/**
 * "A workbook": the one small interface behind which everything host-specific sits. The engine
 * never imports Office JS; Excel (src/sources/excel.ts) and xlsx files (src/sources/xlsx.ts)
 * implement this, and the CLI, the task pane and the workbench use it.
 */
import type { CellRef, SheetGrid } from './grid/types';

/** What clearing marks did, when the source can tell (cells the user changed are left alone). */
export interface ClearMarksResult {
  note?: string;
}

export interface WorkbookSource {
  /** File name or workbook name shown to the user. */
  readonly name: string;
  /** Names of the sheets in workbook order. */
  listSheets(): Promise<string[]>;
  /** Read every sheet (or the named ones) as grids. */
  readSheets(names?: string[]): Promise<SheetGrid[]>;
  /** Activate the sheet and select the cells (navigation from a finding). */
  select(cells: CellRef[]): Promise<void>;
  /** Mark cells (fill/border) remembering what was there; clearMarks restores it exactly. */
  mark(cells: CellRef[]): Promise<void>;
  /** Restores the marked cells; a note (Chinese) says which cells were left alone and why. */
  clearMarks(): Promise<ClearMarksResult | void>;
  /** Per-workbook settings (document settings in Excel; a side-car object elsewhere). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
}
