/**
 * Build a small .xlsx in memory with exceljs (rows, merges, hidden rows) and read it back through
 * the real xlsx source, so that hand-made workbooks go through exactly what a user's file does.
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/grid/types';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** A1 ranges, e.g. "A1:G1". */
  merges?: string[];
  /** 0-based rows to hide. */
  hidden?: number[];
}

export async function buildGrids(sheets: SheetSpec[]): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const h of s.hidden ?? []) ws.getRow(h + 1).hidden = true;
  }
  const buf = await wb.xlsx.writeBuffer();
  const src = await XlsxWorkbookSource.fromBuffer('handmade.xlsx', new Uint8Array(buf as ArrayBuffer));
  return src.readSheets();
}

/** Put a value into a built sheet spec (0-based), e.g. to inject a wrong 合计. */
export function poke(sheets: SheetSpec[], sheet: string, row: number, col: number, v: CellValue): SheetSpec[] {
  const copy: SheetSpec[] = structuredClone(sheets);
  const s = copy.find((x) => x.name === sheet)!;
  s.rows[row][col] = v;
  return copy;
}
