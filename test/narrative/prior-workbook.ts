/**
 * A prior-year workbook derived in memory from a fixture (no binary files): every amount cell of
 * the recognized tables is multiplied by a factor (exactly, so the tables still add up), a few
 * chosen cells can be set to other values, and the year in the texts is moved back by one.
 */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../src/grid/types';
import { parseAmount } from '../../src/grid/number';
import type { RecognizedTable } from '../../src/recognize/types';

export interface PriorChanges {
  /** Every amount × factor (e.g. 0.8: this year is 25% more). */
  factor: string;
  /** "sheet!row,col" (0-based) → the value to put there instead. */
  set?: Record<string, number>;
}

function scaled(v: CellValue, factor: Decimal): CellValue {
  const p = parseAmount(v);
  if (p.kind !== 'number' || p.value.isZero()) return v;
  return Number(p.value.times(factor).toString());
}

export function priorYearSheets(sheets: SheetGrid[], tables: RecognizedTable[], year: number, changes: PriorChanges): SheetGrid[] {
  const factor = new Decimal(changes.factor);
  const copy = sheets.map((s) => ({ ...s, values: s.values.map((row) => row.map((v) => (typeof v === 'string' ? v.split(String(year)).join(String(year - 1)) : v))) }));
  const bySheet = new Map(copy.map((s) => [s.name, s]));
  const done = new Set<string>();
  for (const t of tables) {
    for (const list of t.lists) {
      for (const line of list.lines) {
        for (const a of Object.values(line.amounts)) {
          const key = `${a.cell.sheet}!${a.cell.row},${a.cell.col}`;
          const g = bySheet.get(a.cell.sheet);
          const row = g?.values[a.cell.row - g.top];
          if (!g || !row || done.has(key)) continue;
          done.add(key);
          const col = a.cell.col - g.left;
          row[col] = key in (changes.set ?? {}) ? changes.set![key] : scaled(row[col], factor);
        }
      }
    }
  }
  return copy;
}

/** The same prior year as an .xlsx (in a temporary folder), for `--prior` on the command line. */
export async function writePriorWorkbook(fixture: string, prior: SheetGrid[], out: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture);
  for (const g of prior) {
    const ws = wb.getWorksheet(g.name);
    if (!ws) continue;
    g.values.forEach((row, r) => row.forEach((v, c) => {
      const cell = ws.getCell(g.top + r + 1, g.left + c + 1);
      if (cell.isMerged && cell.master !== cell) return;
      if (typeof v === 'number' || typeof v === 'string') cell.value = v;
    }));
  }
  await wb.xlsx.writeFile(out);
  return out;
}
