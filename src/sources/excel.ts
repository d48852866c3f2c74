/**
 * The Office.js workbook source: the open Excel workbook behind the WorkbookSource interface.
 * With excel-read.ts, excel-marks.ts and excel-settings.ts these are the only files in src/ that
 * touch Office.js; the globals (Excel.run, Office.context) are only defaults of the constructor,
 * so tests hand in office-addin-mock objects instead.
 *
 * Round trips: readSheets 2 (more only for workbooks over the 5 MB payload budget, see
 * excel-read.ts), listSheets 1, select 1, mark 3, clearMarks 3 — never one per sheet or per cell.
 */
import type { CellRef, SheetGrid } from '../grid/types';
import type { WorkbookSource } from '../source';
import { withChineseErrors } from './excel-errors';
import { DEFAULT_PAYLOAD_BUDGET, readWorkbook, type ExcelRun } from './excel-read';
import { clearCells, markCells, MARKS_SETTING, selectCells, type ClearResult, type MarkState } from './excel-marks';
import { DocumentSettings, type SettingsLike } from './excel-settings';

export interface ExcelSourceOptions {
  /** Workbook name shown to the user (default 「当前工作簿」). */
  name?: string;
  /** Excel.run or a replacement (tests). Default: the global Excel.run. */
  run?: ExcelRun;
  /** Office.context.document.settings or a replacement. Default: the global one. */
  settings?: SettingsLike;
  /** Estimated bytes allowed per sync (default 4.5 MB, under Excel's 5 MB limit). */
  payloadBudget?: number;
}

export class ExcelWorkbookSource implements WorkbookSource {
  readonly name: string;
  private readonly run: ExcelRun;
  private readonly settings: DocumentSettings;
  private readonly payloadBudget: number;
  /** Cell counts of the last read, to foresee workbooks too big for one sync. */
  private readonly sizeCache = new Map<string, number>();

  constructor(opts: ExcelSourceOptions = {}) {
    this.name = opts.name ?? '当前工作簿';
    this.run = opts.run ?? (((batch) => Excel.run(batch)) as ExcelRun);
    this.settings = new DocumentSettings(opts.settings ?? (() => Office.context.document.settings));
    this.payloadBudget = opts.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  }

  listSheets(): Promise<string[]> {
    return withChineseErrors('读取工作表列表', () =>
      this.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load('items/name');
        await ctx.sync();
        return sheets.items.map((s) => s.name);
      }),
    );
  }

  readSheets(names?: string[]): Promise<SheetGrid[]> {
    return withChineseErrors('读取工作表', () =>
      readWorkbook(this.run, names, { payloadBudget: this.payloadBudget, sizeCache: this.sizeCache }),
    );
  }

  select(cells: CellRef[]): Promise<void> {
    return withChineseErrors('定位单元格', () => selectCells(this.run, cells));
  }

  mark(cells: CellRef[]): Promise<void> {
    return withChineseErrors('标记问题单元格', async () => {
      const previous = this.settings.get<MarkState>(MARKS_SETTING);
      // The originals are saved before anything is painted: a highlight whose original is not in
      // the workbook could never be cleared. If that save fails, the in-memory settings go back.
      const persist = async (pending: MarkState) => {
        this.settings.set(MARKS_SETTING, pending);
        try {
          await this.settings.save();
        } catch (e) {
          if (previous) this.settings.set(MARKS_SETTING, previous);
          else this.settings.remove(MARKS_SETTING);
          throw e;
        }
      };
      const state = await markCells(this.run, previous, cells, persist);
      this.settings.set(MARKS_SETTING, state);
      // Best effort: the saved pending state already covers every painted cell, and the cells it
      // adds were restored just now, which clearing recognizes (their fill is the original again).
      await this.settings.save().catch(() => undefined);
    });
  }

  /**
   * Restore the marked cells that still show the highlight. The result counts cells left alone
   * (recoloured by the user, shifted by inserted rows, or on a deleted sheet) with a Chinese note.
   */
  clearMarksReport(): Promise<ClearResult> {
    return withChineseErrors('清除标记', async () => {
      const state = this.settings.get<MarkState>(MARKS_SETTING);
      if (!state || state.cells.length === 0) return { restored: 0, changedByUser: 0, sheetGone: 0 };
      const result = await clearCells(this.run, state);
      this.settings.remove(MARKS_SETTING);
      await this.settings.save();
      return result;
    });
  }

  /** WorkbookSource.clearMarks: the counts and, when cells were left alone, the note. */
  clearMarks(): Promise<ClearResult> {
    return this.clearMarksReport();
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return withChineseErrors('读取设置', async () => this.settings.get<T>(key));
  }

  setSetting<T>(key: string, value: T): Promise<void> {
    return withChineseErrors('保存设置', async () => {
      this.settings.set(key, value);
      await this.settings.save();
    });
  }
}
