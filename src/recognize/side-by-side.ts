/**
 * Tables side by side on one sheet (two tables printed on one page, a PDF converted to Excel):
 * the sheet is cut into column bands, each recognized on its own. A band starts at a column that
 * carries its own table title; columns between two titled bands go with the band on their left.
 * Cuts are made at blank columns, or — when two titles share a row with no blank column between
 * the tables — at the second title's column.
 */
import type { CellValue, SheetGrid } from '../grid/types';
import type { RowInfo } from './sheet-view';
import { bestTitle } from './classify';
import { looksLikeTitle } from './segment';

const MAX_TITLE_SCAN_CELLS = 8;

function isKindTitle(v: CellValue | undefined): boolean {
  if (typeof v !== 'string') return false;
  const t = v.trim();
  return t.length >= 4 && looksLikeTitle(t) && bestTitle(t) !== null;
}

/** Columns (absolute) of title cells in short, number-free rows; and second titles of a row. */
function titleColumns(g: SheetGrid, rows: RowInfo[], covered: (r: number, c: number) => boolean): { cols: Set<number>; pairCuts: Set<number> } {
  const cols = new Set<number>();
  const pairCuts = new Set<number>();
  for (const info of rows) {
    if (info.filled === 0 || info.numeric > 0 || info.filled > MAX_TITLE_SCAN_CELLS) continue;
    const row = g.values[info.row - g.top] ?? [];
    const titles: number[] = [];
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      // a 目录 lists titles in several columns: nothing to cut
      if (typeof v === 'string' && v.length < 20 && bestTitle(v)?.kind === 'table_of_contents') return { cols: new Set<number>(), pairCuts };
      if (isKindTitle(v)) titles.push(g.left + j);
    }
    for (const c of titles) cols.add(c);
    // two titles in one row whose cells do not touch: the second starts another table
    for (let k = 1; k < titles.length; k++) if (!covered(info.row, titles[k])) pairCuts.add(titles[k]);
  }
  return { cols, pairCuts };
}

/**
 * Column bands [c0, c1] of a sheet holding side-by-side tables; one band when there is nothing to
 * cut. `rows` are the sheet's row statistics (SheetView), so that a sheet whose titles all start
 * in one column costs no extra pass over its cells.
 */
export function sideBySideBands(g: SheetGrid, rows: RowInfo[], right: number): [number, number][] {
  if (right - g.left < 3) return [[g.left, right]];
  const spans = g.merges.filter((m) => m.c1 > m.c0);
  const covered = (r: number, c: number) => spans.some((m) => m.c0 < c && c <= m.c1 && m.r0 <= r && r <= m.r1);
  const { cols: titled, pairCuts } = titleColumns(g, rows, covered);
  if (titled.size < 2) return [[g.left, right]];
  const width = right - g.left + 1;
  const usedCol = new Uint8Array(width);
  for (const row of g.values) {
    if (!row) continue;
    for (let j = 0; j < row.length && j < width; j++) {
      const v = row[j];
      if (usedCol[j] || v === null || v === undefined || v === '' || (typeof v === 'string' && v.trim() === '')) continue;
      usedCol[j] = 1;
    }
  }
  const used = new Map<number, boolean>();
  for (let j = 0; j < width; j++) if (usedCol[j]) used.set(g.left + j, true);
  // a document heading merged across (nearly) the whole sheet does not join the tables below it
  for (const m of spans) if (m.c1 - m.c0 + 1 < width * 0.6) for (let c = m.c0; c <= Math.min(m.c1, right); c++) used.set(c, true);
  // candidate cuts: first used column after a blank column, and second titles of a row
  const starts: number[] = [];
  let prevBlank = true;
  for (let c = g.left; c <= right; c++) {
    const u = used.get(c) === true;
    if (u && (prevBlank || pairCuts.has(c)) && c > g.left) starts.push(c);
    prevBlank = !u;
  }
  const bands: [number, number][] = [];
  let c0 = g.left;
  const hasTitle = (a: number, b: number) => [...titled].some((c) => c >= a && c <= b);
  for (const s of starts) {
    const nextStart = starts.find((x) => x > s) ?? right + 1;
    // cut only where both sides carry a title of their own
    if (hasTitle(c0, s - 1) && hasTitle(s, nextStart - 1)) {
      bands.push([c0, s - 1]);
      c0 = s;
    }
  }
  bands.push([c0, right]);
  return bands;
}

/** The part of a sheet between two columns, as a grid of its own (same name, absolute coordinates). */
export function bandGrid(g: SheetGrid, c0: number, c1: number): SheetGrid {
  return {
    ...g,
    left: c0,
    values: cut(g.values, g.left, c0, c1),
    merges: g.merges.filter((m) => m.c0 >= c0 && m.c0 <= c1).map((m) => ({ ...m, c1: Math.min(m.c1, c1) })),
    hiddenCols: g.hiddenCols.filter((c) => c >= c0 && c <= c1),
    texts: g.texts && cut(g.texts, g.left, c0, c1),
    formats: g.formats && cut(g.formats, g.left, c0, c1),
    formulas: g.formulas && cut(g.formulas, g.left, c0, c1),
  };
}

function cut<T>(rows: T[][], left: number, c0: number, c1: number): T[][] {
  return rows.map((row) => (row ?? []).slice(c0 - left, c1 - left + 1));
}

