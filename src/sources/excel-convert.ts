/**
 * Pure conversions from what Office.js returns (2-D arrays, area addresses) to the SheetGrid model.
 * No Office globals here: the functions take plain data, so they are testable without a mock.
 */
import type { CellRange, CellValue, SheetGrid } from '../grid/types';
import { parseRangeA1 } from '../grid/address';

/** What one sheet's reads gave back, already synced. */
export interface SheetParts {
  name: string;
  index: number;
  visibility: string;
  top: number;
  left: number;
  rowCount: number;
  colCount: number;
  values: unknown[][];
  valueTypes?: string[][];
  text?: unknown[][];
  numberFormat?: unknown[][];
  formulas?: unknown[][];
  /** RangeAreas addresses ("表1!A1:B2,表1!C3"), null when Excel returned a null object. */
  mergedAddress: string | null;
  visibleAddress: string | null;
}

/** A value as Office.js reports it → CellValue. Empty cells come back as "" (type "Empty"). */
export function officeValue(v: unknown, type: string | undefined): CellValue {
  if (type === 'Empty' || v === '' || v === null || v === undefined) return null;
  if (type === 'Error') return { error: String(v) };
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/**
 * "表1!A1:B2,'表 2'!$C$3" → ranges. Splits on commas outside single quotes, because a quoted sheet
 * name may itself contain a comma; drops the sheet prefix (the areas all lie on the one sheet).
 */
export function parseAreas(address: string | null | undefined): CellRange[] {
  if (!address) return [];
  const parts: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  const out: CellRange[] = [];
  for (const p of parts) {
    const local = p.slice(p.lastIndexOf('!') + 1).replace(/\$/g, '').trim();
    const r = parseRangeA1(local);
    if (r) out.push(r);
  }
  return out;
}

/**
 * Hidden rows/columns of the used range from the areas of its visible cells: a row (column) is
 * hidden when no visible area covers it. Visible cells of a grid with hidden rows and columns form
 * a product of visible rows × visible columns, so the covered rows and columns are exactly the
 * visible ones. A null visible set means every row is hidden.
 */
export function hiddenFromVisible(
  top: number, left: number, rowCount: number, colCount: number, visible: CellRange[] | null,
): { hiddenRows: number[]; hiddenCols: number[] } {
  const rows = new Array<boolean>(rowCount).fill(false);
  const cols = new Array<boolean>(colCount).fill(false);
  if (visible === null) return { hiddenRows: rows.map((_, i) => top + i), hiddenCols: [] };
  for (const a of visible) {
    for (let r = Math.max(a.r0, top); r <= Math.min(a.r1, top + rowCount - 1); r++) rows[r - top] = true;
    for (let c = Math.max(a.c0, left); c <= Math.min(a.c1, left + colCount - 1); c++) cols[c - left] = true;
  }
  const hiddenRows: number[] = [];
  const hiddenCols: number[] = [];
  rows.forEach((v, i) => v || hiddenRows.push(top + i));
  cols.forEach((v, i) => v || hiddenCols.push(left + i));
  return { hiddenRows, hiddenCols };
}

function visibilityOf(v: string): SheetGrid['visibility'] {
  if (v === 'Hidden') return 'hidden';
  if (v === 'VeryHidden') return 'veryHidden';
  return 'visible';
}

function textOrNull(v: unknown): string | null {
  return v === '' || v === null || v === undefined ? null : String(v);
}

function formulaOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.startsWith('=') ? v : null;
}

/**
 * An empty sheet's used range (values only) is A1 holding "": that, and nothing else, is an empty
 * grid.
 */
function isEmptyUsedRange(p: SheetParts): boolean {
  return p.rowCount === 0 || (p.rowCount === 1 && p.colCount === 1 && officeValue(p.values[0]?.[0], p.valueTypes?.[0]?.[0]) === null);
}

export function partsToGrid(p: SheetParts): SheetGrid {
  const visibility = visibilityOf(p.visibility);
  if (isEmptyUsedRange(p)) {
    return { name: p.name, index: p.index, top: 0, left: 0, values: [], texts: [], formats: [], formulas: [], merges: [], hiddenRows: [], hiddenCols: [], visibility };
  }
  const values = p.values.map((row, r) => row.map((v, c) => officeValue(v, p.valueTypes?.[r]?.[c])));
  const visible = p.visibleAddress === null ? null : parseAreas(p.visibleAddress);
  const hidden = hiddenFromVisible(p.top, p.left, p.rowCount, p.colCount, visible);
  return {
    name: p.name,
    index: p.index,
    top: p.top,
    left: p.left,
    values,
    texts: p.text?.map((row) => row.map(textOrNull)),
    formats: p.numberFormat?.map((row) => row.map(textOrNull)),
    formulas: p.formulas?.map((row) => row.map(formulaOrNull)),
    merges: parseAreas(p.mergedAddress),
    hiddenRows: hidden.hiddenRows,
    hiddenCols: hidden.hiddenCols,
    visibility,
  };
}
