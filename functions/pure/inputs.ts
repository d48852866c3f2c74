/**
 * Reading Excel arguments the way finance tables hold them. Every amount goes through the engine's
 * parseAmount (text numbers, 千分位, full-width digits, (负数), "—" for zero); a range counts as the
 * sum of its cells, as SUM would. Nothing here throws: bad input becomes an FnError.
 */
import Decimal from 'decimal.js';
import { excelErrorMessage, parseAmount } from '../../src/grid/number';
import type { CellValue } from '../../src/grid/types';
import { badValue, isFnError, type Result } from '../errors';

/** A scalar argument or a range (Excel passes ranges as any[][]). */
export type Arg = unknown;

/** Every cell of a scalar or a range, row by row. */
export function cellsOf(v: Arg): unknown[] {
  if (!Array.isArray(v)) return [v];
  const out: unknown[] = [];
  for (const row of v) {
    if (Array.isArray(row)) out.push(...row);
    else out.push(row);
  }
  return out;
}

/** Excel error code of an input cell, in any of the shapes the runtimes use; null if none. */
export function errorCodeOf(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const key of ['code', 'error', 'errorType']) {
    const c = o[key];
    if (typeof c === 'string') return c.startsWith('#') ? c : `#${c}`;
  }
  return '#VALUE!';
}

/** One cell as the engine's CellValue; an FnError for error values and unsupported types. */
export function toCellValue(v: unknown, label: string): Result<Exclude<CellValue, object>> {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  const code = errorCodeOf(v);
  return badValue(`${label}：${excelErrorMessage(code ?? '#VALUE!')}`);
}

/** One cell as an amount (blank → 0). */
export function amountOfCell(v: unknown, label: string): Result<Decimal> {
  const cell = toCellValue(v, label);
  if (isFnError(cell)) return cell;
  if (typeof cell === 'boolean') return badValue(`${label}应为数字，而不是逻辑值 ${cell ? 'TRUE' : 'FALSE'}`);
  const p = parseAmount(cell);
  if (p.kind === 'number') return p.value;
  if (p.kind === 'blank') return new Decimal(0);
  if (p.kind === 'error') return badValue(`${label}：${p.message}`);
  return badValue(`${label}「${p.text}」不是数字`);
}

/** A scalar or a range as one amount: the sum of its cells (blanks count as 0). */
export function amountArg(v: Arg, label: string): Result<Decimal> {
  const cells = cellsOf(v);
  if (cells.length === 1) return amountOfCell(cells[0], label); // the usual case: no addition
  let total = new Decimal(0);
  for (const cell of cells) {
    const a = amountOfCell(cell, label);
    if (isFnError(a)) return a;
    total = total.plus(a);
  }
  return total;
}

/** Is the argument omitted (Excel passes null/undefined for a missing optional argument)? */
export function isOmitted(v: Arg): boolean {
  const cells = cellsOf(v);
  return cells.every((c) => c === undefined || c === null || c === '');
}

export const MAX_DIGITS = 10;

/** Number of decimals (default 2): an integer 0..10. */
export function digitsArg(v: Arg, fallback = 2): Result<number> {
  if (isOmitted(v)) return fallback;
  const d = amountArg(v, '小数位数');
  if (isFnError(d)) return d;
  if (!d.isInteger() || d.isNegative() || d.greaterThan(MAX_DIGITS)) {
    return badValue(`小数位数应为 0 到 ${MAX_DIGITS} 之间的整数，收到 ${d.toString()}`);
  }
  return d.toNumber();
}

/** A text argument (numbers are written as Excel shows them); blank → "". */
export function textArg(v: Arg, label: string): Result<string> {
  const cells = cellsOf(v);
  if (cells.length !== 1) return badValue(`${label}应为单个单元格或文字，而不是区域`);
  const cell = toCellValue(cells[0], label);
  if (isFnError(cell)) return cell;
  if (cell === null) return '';
  return String(cell).trim();
}

/** A Decimal as the number Excel stores (the nearest double to the exact decimal). */
export function toExcelNumber(d: Decimal): number {
  return d.toNumber();
}
