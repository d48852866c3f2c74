/**
 * Workbook source for .xlsx files (exceljs), used by the CLI in Node and by the workbench in the
 * browser. Reads values as Excel would give them: formula results, rich text flattened, merged
 * slave cells empty, hidden rows/columns listed. Marks and settings live in memory (a file on
 * disk is never written unless the user asks).
 */
import type ExcelJS from 'exceljs';
import { NO_CACHED_RESULT, type CellRange, type CellRef, type CellValue, type SheetGrid } from '../grid/types';
import { parseRangeA1 } from '../grid/address';
import type { WorkbookSource } from '../source';
import { ENCRYPTED_REASON, NotAWorkbookError, prepareXlsx, type PreparedSheet, type PreparedXlsx } from './xlsx-package';

type ExcelJSModule = typeof ExcelJS;

/** Turn an exceljs cell value into the value Excel's API would report. */
export function excelJsValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return excelSerialDate(v);
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if ('error' in o && typeof o.error === 'string') return { error: o.error };
    if ('richText' in o && Array.isArray(o.richText)) {
      return (o.richText as { text: string }[]).map((r) => r.text).join('');
    }
    if ('formula' in o || 'sharedFormula' in o) {
      const r = o.result as ExcelJS.CellValue | undefined;
      // a file written by a program that saves formulas without results: unreadable, not blank
      return r === undefined ? { error: NO_CACHED_RESULT } : excelJsValue(r);
    }
    if ('text' in o && typeof o.text === 'string') return o.text; // hyperlink
  }
  return String(v);
}

/** Dates become Excel serial numbers, as Office JS reports them. */
function excelSerialDate(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function formulaOf(v: ExcelJS.CellValue): string | null {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    const o = v as unknown as Record<string, unknown>;
    if (typeof o.formula === 'string') return `=${o.formula}`;
    if (typeof o.sharedFormula === 'string') return `=${o.sharedFormula}`;
  }
  return null;
}

/** Merges as exceljs read them (a workbook built in memory; files go through xlsx-package.ts). */
function exceljsMerges(ws: ExcelJS.Worksheet): CellRange[] {
  const merges: CellRange[] = [];
  const mergeRefs: string[] = ((ws.model as unknown as { merges?: string[] }).merges) ?? [];
  for (const m of mergeRefs) {
    const r = parseRangeA1(m);
    if (r) merges.push(r);
  }
  return merges;
}

/**
 * Read one exceljs worksheet into a SheetGrid. `merges` (clipped to the sheet's cells) come from
 * the package scan; slave cells are blanked merge by merge within the rows that exist, never by
 * expanding a merge cell by cell over the whole sheet.
 */
export function worksheetToGrid(ws: ExcelJS.Worksheet, index: number, merges: CellRange[] = exceljsMerges(ws)): SheetGrid {
  const values: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  let maxRow = 0;
  // only the rows that exist (includeEmpty would build a Row object for every row up to the last)
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    if (row.hidden) hiddenRows.push(r);
    const vals: CellValue[] = [];
    const fmts: (string | null)[] = [];
    const fmls: (string | null)[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      vals[c] = excelJsValue(cell.value);
      fmts[c] = cell.numFmt ?? null;
      fmls[c] = formulaOf(cell.value);
    });
    values[r] = vals;
    formats[r] = fmts;
    formulas[r] = fmls;
    if (rowNumber > maxRow) maxRow = rowNumber;
  });
  const hiddenCols: number[] = [];
  const colCount = ws.columnCount;
  for (let c = 1; c <= colCount; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c - 1);
  for (let r = 0; r < maxRow; r++) {
    values[r] = fill(values[r]);
    formats[r] = fill(formats[r]);
    formulas[r] = fill(formulas[r]);
  }
  for (const m of merges) {
    for (let r = m.r0; r <= Math.min(m.r1, maxRow - 1); r++) {
      const vals = values[r];
      for (let c = r === m.r0 ? m.c0 + 1 : m.c0; c <= Math.min(m.c1, vals.length - 1); c++) {
        vals[c] = null;
        formats[r][c] = null;
        formulas[r][c] = null;
      }
    }
  }
  const state = (ws as unknown as { state?: string }).state;
  return {
    name: ws.name,
    index,
    top: 0,
    left: 0,
    values,
    formats,
    formulas,
    merges,
    hiddenRows,
    hiddenCols,
    visibility: state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible',
  };
}

/** Sparse arrays from eachCell → dense rows with null holes. */
function fill<T>(row: (T | null)[] | undefined): (T | null)[] {
  if (!row) return [];
  const out: (T | null)[] = new Array(row.length);
  for (let i = 0; i < row.length; i++) out[i] = row[i] === undefined ? null : row[i];
  return out;
}

/** The library's English reason, said in Chinese (the raw text helps nobody in a finance office). */
function xlsxLoadReason(e: unknown): string {
  if (e instanceof NotAWorkbookError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  if (/central directory|zip|signature/i.test(msg)) return '文件不是有效的 .xlsx 格式（可能已损坏，或是改了扩展名的其他文件）';
  if (/password|encrypt/i.test(msg)) return ENCRYPTED_REASON;
  return '文件不是有效的 .xlsx 格式，请在 Excel 中打开后另存为 .xlsx 再试';
}

/** A sheet listed in the workbook that is not read: kept in place, empty, with its reason. */
function unreadSheet(name: string, index: number, reason: string): SheetGrid {
  return { name, index, top: 0, left: 0, values: [], formats: [], formulas: [], merges: [], hiddenRows: [], hiddenCols: [], unreadable: reason };
}

export class XlsxWorkbookSource implements WorkbookSource {
  private marks: CellRef[] = [];
  private settings = new Map<string, unknown>();
  /** The last selection, for tests and the workbench's highlight. */
  selection: CellRef[] = [];

  /**
   * `sheets`: every sheet the file lists, in order, with its merges or the reason it is not read
   * (from prepareXlsx); without it (a workbook built in memory) exceljs' own sheets and merges.
   */
  constructor(
    readonly name: string,
    private readonly workbook: ExcelJS.Workbook,
    private readonly sheets?: PreparedSheet[],
  ) {}

  /**
   * Load from bytes (Node Buffer or browser ArrayBuffer). Throws a Chinese message on files that
   * are not workbooks or pass the caps of xlsx-limits.ts.
   */
  static async fromBuffer(name: string, data: ArrayBuffer | Uint8Array, exceljs?: ExcelJSModule): Promise<XlsxWorkbookSource> {
    const lib: ExcelJSModule = exceljs ?? (await import('exceljs')).default;
    const wb = new lib.Workbook();
    let prepared: PreparedXlsx;
    try {
      prepared = await prepareXlsx(data instanceof Uint8Array ? data : new Uint8Array(data));
      // exceljs accepts Buffer or ArrayBuffer at run time; its typings name Buffer only.
      await wb.xlsx.load(prepared.data as unknown as ArrayBuffer);
    } catch (e) {
      throw new Error(`无法读取工作簿「${name}」：${xlsxLoadReason(e)}`);
    }
    return new XlsxWorkbookSource(name, wb, prepared.sheets);
  }

  async listSheets(): Promise<string[]> {
    return this.sheets ? this.sheets.map((s) => s.name) : this.workbook.worksheets.map((w) => w.name);
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    const out: SheetGrid[] = [];
    if (!this.sheets) {
      this.workbook.worksheets.forEach((ws, i) => {
        if (!names || names.includes(ws.name)) out.push(worksheetToGrid(ws, i));
      });
      return out;
    }
    const byName = new Map(this.workbook.worksheets.map((ws) => [ws.name, ws]));
    this.sheets.forEach((s, i) => {
      if (names && !names.includes(s.name)) return;
      const ws = byName.get(s.name);
      if (s.reason || !ws) out.push(unreadSheet(s.name, i, s.reason ?? '工作表内容无法读取（文件可能已损坏）'));
      else out.push(worksheetToGrid(ws, i, s.merges));
    });
    return out;
  }

  async select(cells: CellRef[]): Promise<void> {
    this.selection = cells.slice();
  }

  async mark(cells: CellRef[]): Promise<void> {
    this.marks = cells.slice();
  }

  async clearMarks(): Promise<void> {
    this.marks = [];
  }

  /** Cells currently marked (the workbench draws them). */
  get marked(): CellRef[] {
    return this.marks;
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.settings.get(key) as T | undefined;
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    this.settings.set(key, value);
  }
}
