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
    // One push per cell: spreading a row of 100,000+ cells would overflow the call stack.
    if (Array.isArray(row)) for (const cell of row) out.push(cell);
    else out.push(row);
  }
  return out;
}

/** Excel.ErrorCellValueType / CustomFunctions.ErrorCode names → the codes the cells show. */
const ERROR_TYPES: Record<string, string> = {
  ref: '#REF!', div0: '#DIV/0!', value: '#VALUE!', notavailable: '#N/A', na: '#N/A', name: '#NAME?', num: '#NUM!', null: '#NULL!',
  invalidreference: '#REF!', divisionbyzero: '#DIV/0!', invalidvalue: '#VALUE!', invalidname: '#NAME?', invalidnumber: '#NUM!', nullreference: '#NULL!',
};

/** Excel error code of an input cell, in any of the shapes the runtimes use; null if none. */
export function errorCodeOf(v: unknown): string | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  for (const key of ['code', 'error', 'errorType']) {
    const c = o[key];
    if (typeof c === 'string') return c.startsWith('#') ? c : (ERROR_TYPES[c.toLowerCase()] ?? `#${c}`);
  }
  return '#VALUE!';
}

/** A label, or how to build it: labels are only needed for an error message, rarely. */
export type Label = string | (() => string);

function labelText(label: Label): string {
  return typeof label === 'string' ? label : label();
}

/** One cell as the engine's CellValue; an FnError for error values and unsupported types. */
export function toCellValue(v: unknown, label: Label): Result<Exclude<CellValue, object>> {
  if (v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  const code = errorCodeOf(v);
  return badValue(`${labelText(label)}：${excelErrorMessage(code ?? '#VALUE!')}`);
}

const ZERO = new Decimal(0);
/** Plain ASCII numbers, the usual text cells: decimal.js reads them exactly as parseAmount would. */
const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;
const THOUSANDS_NUMBER = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** One cell as an amount (blank → 0). */
export function amountOfCell(v: unknown, label: Label): Result<Decimal> {
  // Fast paths for what nearly every cell is (a finite number, a plain numeric text); the result
  // is the Decimal parseAmount builds for them (test/functions/inputs.test.ts checks it).
  if (typeof v === 'number' && Number.isFinite(v)) return new Decimal(v);
  if (typeof v === 'string') {
    if (PLAIN_NUMBER.test(v)) return new Decimal(v);
    if (THOUSANDS_NUMBER.test(v)) return new Decimal(v.replace(/,/g, ''));
  }
  const cell = toCellValue(v, label);
  if (isFnError(cell)) return cell;
  if (typeof cell === 'boolean') return badValue(`${labelText(label)}应为数字，而不是逻辑值 ${cell ? 'TRUE' : 'FALSE'}`);
  const p = parseAmount(cell);
  if (p.kind === 'number') return p.value;
  if (p.kind === 'blank') return ZERO;
  if (p.kind === 'error') return badValue(`${labelText(label)}：${p.message}`);
  return badValue(`${labelText(label)}「${p.text}」不是数字`);
}

/** A scalar or a range as one amount: the sum of its cells (blanks count as 0). */
export function amountArg(v: Arg, label: Label): Result<Decimal> {
  // The usual case, one cell (a scalar or a 1×1 range): no array and no addition.
  if (!Array.isArray(v)) return amountOfCell(v, label);
  if (v.length === 1) {
    const row: unknown = v[0];
    if (!Array.isArray(row)) return amountOfCell(row, label);
    if (row.length === 1) return amountOfCell(row[0], label);
  }
  let total = ZERO;
  for (const cell of cellsOf(v)) {
    const a = amountOfCell(cell, label);
    if (isFnError(a)) return a;
    total = total.plus(a);
  }
  return total;
}

/** Is the argument omitted (Excel passes null/undefined for a missing optional argument)? */
export function isOmitted(v: Arg): boolean {
  if (v === undefined || v === null || v === '') return true;
  const cells = cellsOf(v);
  return cells.every((c) => c === undefined || c === null || c === '');
}

export const MAX_DIGITS = 10;

/** Number of decimals (default 2): an integer 0..10. */
export function digitsArg(v: Arg, fallback = 2): Result<number> {
  if (isOmitted(v)) return fallback;
  const d = numberOptionArg(v, '小数位数');
  if (isFnError(d)) return d;
  if (!d.isInteger() || d.isNegative() || d.greaterThan(MAX_DIGITS)) {
    return badValue(`小数位数应为 0 到 ${MAX_DIGITS} 之间的整数，收到 ${d.toString()}`);
  }
  return d.toNumber();
}

/** A numeric option (digits, year): one cell, not a range to add up. */
export function numberOptionArg(v: Arg, label: string): Result<Decimal> {
  if (Array.isArray(v) && cellsOf(v).length !== 1) return badValue(`${label}应为单个单元格或数字，而不是区域`);
  return amountArg(v, label);
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
