/**
 * Recognized tables of a PDF package → a clean workbook (exceljs): one sheet per table, named by
 * its kind, with the title, the 单位 line, the header with its merges and the body with amounts
 * as numbers (exact: the printed digits, formatted with the printed decimals). Labels, codes and
 * notes stay text. The user brings a published package into Excel with it.
 */
import type ExcelJS from 'exceljs';
import { parseAmount } from '../grid/number';
import { cellAt, type SheetGrid } from '../grid/types';
import { kindName } from '../vocabulary/tables';
import type { RecognizedTable } from '../recognize/types';

type ExcelJSModule = typeof ExcelJS;

const BAD_SHEET_CHARS = /[\\/?*[\]:]/g;

function sheetTitle(t: RecognizedTable, used: Set<string>): string {
  const base = (t.kind === 'unknown' ? t.title || t.sheet : kindName(t.kind)).replace(BAD_SHEET_CHARS, '').replace(/^'|'$/g, '').slice(0, 28) || '表';
  let name = base;
  for (let n = 2; used.has(name); n++) name = `${base.slice(0, 26)}${n}`;
  used.add(name);
  return name;
}

/** The number format showing as many decimals as printed (1,234.56 → #,##0.00). */
function formatFor(text: string): string {
  const dec = /\.(\d+)/.exec(text)?.[1].length ?? 0;
  return dec ? `#,##0.${'0'.repeat(dec)}` : '#,##0';
}

export async function tablesToWorkbook(tables: RecognizedTable[], sheets: SheetGrid[], exceljs?: ExcelJSModule): Promise<ExcelJS.Workbook> {
  const lib: ExcelJSModule = exceljs ?? (await import('exceljs')).default;
  const wb = new lib.Workbook();
  const used = new Set<string>();
  for (const t of tables) {
    const grid = sheets.find((g) => g.name === t.sheet);
    if (!grid) continue;
    const ws = wb.addWorksheet(sheetTitle(t, used));
    const { r0, c0, r1, c1 } = t.range;
    const bodyFrom = t.dataRange?.r0 ?? Infinity;
    const bodyTo = t.dataRange?.r1 ?? -1;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) {
        const v = cellAt(grid, r, c);
        if (v === null || v === '') continue;
        const cell = ws.getCell(r - r0 + 1, c - c0 + 1);
        const p = typeof v === 'string' && r >= bodyFrom && r <= bodyTo ? parseAmount(v) : null;
        const column = t.lists.flatMap((l) => l.columns).find((col) => col.col === c);
        if (p && p.kind === 'number' && column?.type === 'amount') {
          cell.value = p.value.toNumber();
          cell.numFmt = formatFor(String(v));
        } else {
          cell.value = typeof v === 'object' ? String(v) : v;
        }
      }
    }
    for (const m of grid.merges) {
      if (m.r0 < r0 || m.r1 > r1 || m.c0 < c0 || m.c1 > c1) continue;
      ws.mergeCells(m.r0 - r0 + 1, m.c0 - c0 + 1, m.r1 - r0 + 1, m.c1 - c0 + 1);
    }
    ws.getRow(1).font = { bold: true, size: 14 };
  }
  return wb;
}
