/** A1-style addresses for 0-based coordinates, and sheet-qualified references. */
import type { CellRange, CellRef } from './types';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. Returns -1 for anything that is not column letters. */
export function columnIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) return -1;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** (4, 2) → "C5". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "C5" → {row: 4, col: 2}; null when not an A1 cell address. */
export function parseA1(addr: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(addr.trim());
  if (!m) return null;
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** A range as "A1:F30" (a single cell as "A1"). */
export function rangeA1(r: CellRange): string {
  const start = a1(r.r0, r.c0);
  const end = a1(r.r1, r.c1);
  return start === end ? start : `${start}:${end}`;
}

/** "A1:F30" → CellRange; null when malformed. */
export function parseRangeA1(s: string): CellRange | null {
  const [p, q] = s.split(':');
  const a = parseA1(p);
  const b = q === undefined ? a : parseA1(q);
  if (!a || !b) return null;
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.col, b.col), r1: Math.max(a.row, b.row), c1: Math.max(a.col, b.col) };
}

/**
 * The contract's cell reference: "<sheet name as in the workbook>!C5". The sheet name is not
 * quoted, so that it reads exactly as the user sees it on the sheet tab.
 */
export function refToString(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}

/** Inverse of refToString; splits on the last "!" so sheet names with "!" survive. */
export function parseRef(s: string): CellRef | null {
  const i = s.lastIndexOf('!');
  if (i < 0) return null;
  const cell = parseA1(s.slice(i + 1));
  if (!cell) return null;
  return { sheet: s.slice(0, i), ...cell };
}

/** Excel formula-style sheet reference: quotes the name when needed ('表一 收支'!C5). */
export function excelSheetPrefix(sheet: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}
