/**
 * A read-only view of a SheetGrid for recognition: per-row statistics computed in one linear
 * pass, and merged-area lookup (a merged slave cell reads its master's value where asked).
 */
import type { CellRange, CellValue, SheetGrid } from '../grid/types';
import { cellText } from './text';

export interface RowInfo {
  /** Absolute row index. */
  row: number;
  /** Non-empty cells (masters only). */
  filled: number;
  /** Cells holding a number or numeric text. */
  numeric: number;
  /** Distinct non-empty texts in the row (first few, for title/note detection). */
  texts: string[];
  /** First / last non-empty absolute column, -1 when empty. */
  first: number;
  last: number;
}

const NUMERIC_TEXT = /^[\s(（]*[-+－]?[0-9０-９][0-9０-９,，.．]*[)）%]?\s*$/;

/** First characters a numeric text can start with (digits, signs, brackets, spaces, full-width). */
function mayBeNumber(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || ch === 32 || ch === 40 || ch === 43 || ch === 45 || ch === 0x3000 || ch === 0xff08 || ch === 0xff0d || (ch >= 0xff10 && ch <= 0xff19) || ch === 9;
}

function distinctTexts(r: CellValue[]): string[] {
  const texts: string[] = [];
  for (const v of r) {
    if (v === null || v === undefined || typeof v === 'number' || typeof v === 'boolean') continue;
    const t = typeof v === 'string' ? v.trim() : cellText(v);
    if (t && !texts.includes(t)) texts.push(t);
    if (texts.length >= 4) break;
  }
  return texts;
}

export class SheetView {
  readonly rows: RowInfo[] = [];
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly master = new Map<number, CellRange>();
  private readonly hidden: Set<number>;

  constructor(readonly grid: SheetGrid) {
    this.top = grid.top;
    this.left = grid.left;
    let right = grid.left - 1;
    const vals = grid.values;
    for (let i = 0; i < vals.length; i++) {
      const r = vals[i] ?? [];
      let filled = 0;
      let numeric = 0;
      let first = -1;
      let last = -1;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v === null || v === undefined || v === '') continue;
        // an error value (#REF!) or a formula without a result stands where a figure was computed
        let isNum = typeof v === 'number' || typeof v === 'object';
        if (typeof v === 'string') {
          if (v.length < 40 && mayBeNumber(v.charCodeAt(0)) && NUMERIC_TEXT.test(v)) isNum = true;
          else if (v.trim() === '') continue;
        }
        filled++;
        if (isNum) numeric++;
        if (first < 0) first = grid.left + j;
        last = grid.left + j;
      }
      if (last > right) right = last;
      // distinct texts matter only for short rows (titles, notes, meta lines): body rows skip them
      this.rows.push({ row: grid.top + i, filled, numeric, texts: filled <= 6 || numeric === 0 ? distinctTexts(r) : [], first, last });
    }
    this.bottom = grid.top + vals.length - 1;
    this.right = right;
    for (const m of grid.merges) {
      // Only multi-cell merges of reasonable size are indexed (huge merges are clipped to the grid).
      const r1 = Math.min(m.r1, this.bottom);
      const c1 = Math.min(m.c1, Math.max(this.right, m.c0));
      if ((r1 - m.r0 + 1) * (c1 - m.c0 + 1) > 200000) continue;
      for (let r = m.r0; r <= r1; r++) for (let c = m.c0; c <= c1; c++) if (r !== m.r0 || c !== m.c0) this.master.set(r * 16384 + c, m);
    }
    this.hidden = new Set(grid.hiddenRows);
  }

  info(row: number): RowInfo | undefined {
    return this.rows[row - this.top];
  }

  /** Raw value (merged slaves are null). */
  value(row: number, col: number): CellValue {
    const r = this.grid.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined ? null : v;
  }

  /** Why the source read this cell in doubt (SheetGrid.cellDoubts), or undefined. */
  doubt(row: number, col: number): string | undefined {
    return this.grid.cellDoubts?.[`${row},${col}`];
  }

  /** Value with merged slaves reading their master. */
  expanded(row: number, col: number): CellValue {
    const m = this.master.get(row * 16384 + col);
    return m ? this.value(m.r0, m.c0) : this.value(row, col);
  }

  /** The merge a cell belongs to (as slave), if any. */
  mergeOf(row: number, col: number): CellRange | undefined {
    return this.master.get(row * 16384 + col);
  }

  text(row: number, col: number): string {
    return cellText(this.value(row, col));
  }

  expandedText(row: number, col: number): string {
    return cellText(this.expanded(row, col));
  }

  isHidden(row: number): boolean {
    return this.hidden.has(row);
  }

  /** Right-most column touched by merges that start in rows r0..r1. */
  mergeRight(r0: number, r1: number): number {
    let right = -1;
    for (const m of this.grid.merges) if (m.r0 >= r0 && m.r0 <= r1 && m.c1 > right) right = Math.min(m.c1, this.right);
    return right;
  }
}
