/**
 * The amount cells of a recognized table that cannot be read as amounts: Excel error values
 * (#REF!, #DIV/0! …, also typed as text) and formulas whose file holds no computed result. Read here,
 * from the grid, once; src/rules/unreadable-cells.ts reports them and softens the checks they spoil.
 * Straight from the grid rather than through the lines' amounts: building every line's amounts of a
 * huge table costs memory.
 */
import { parseAmount } from '../grid/number';
import { isCellError, type CellValue, type SheetGrid } from '../grid/types';
import type { RecognizedTable, UnreadableCell } from './types';

/** The error code a cell value holds, if it is unreadable as an amount. */
export function unreadableCode(v: CellValue | undefined): string | null {
  if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean') return null;
  if (isCellError(v)) return v.error;
  const p = parseAmount(v); // error text such as "#REF!" typed or pasted as text
  return p.kind === 'error' ? p.error : null;
}

export function readUnreadableCells(g: SheetGrid, t: RecognizedTable): UnreadableCell[] {
  const out: UnreadableCell[] = [];
  for (const list of t.lists) {
    const cols = list.columns.filter((c) => c.type === 'amount' && !c.virtual).map((c) => c.col);
    for (const line of list.lines) {
      for (const col of cols) {
        const code = unreadableCode(g.values[line.row - g.top]?.[col - g.left]);
        if (!code) continue;
        out.push({ cell: { sheet: t.sheet, row: line.row, col }, code, formula: g.formulas?.[line.row - g.top]?.[col - g.left] ?? null });
      }
    }
  }
  return out;
}
