/**
 * In-memory edits of SheetGrids that keep the parallel arrays (values, formats, formulas,
 * texts), merges and hidden rows consistent — what a user does to a sheet in Excel.
 * Coordinates are absolute (0-based), as in the engine.
 */
import type { CellValue, SheetGrid } from '../../src/grid/types';

type Parallel = 'values' | 'formats' | 'formulas' | 'texts';
const PARALLEL: Parallel[] = ['values', 'formats', 'formulas', 'texts'];

function arrays(g: SheetGrid): unknown[][][] {
  return PARALLEL.map((p) => g[p] as unknown[][] | undefined).filter((a): a is unknown[][] => !!a);
}

export function getCell(g: SheetGrid, row: number, col: number): CellValue {
  const v = g.values[row - g.top]?.[col - g.left];
  return v === undefined ? null : v;
}

export function setCell(g: SheetGrid, row: number, col: number, v: CellValue): void {
  const r = row - g.top;
  const c = col - g.left;
  if (r < 0 || c < 0) throw new Error('setCell outside the used range origin');
  while (g.values.length <= r) g.values.push([]);
  const line = g.values[r];
  while (line.length < c) line.push(null);
  line[c] = v;
  // A changed value has no formula and no cached display text any more.
  if (g.formulas?.[r]) g.formulas[r][c] = null;
  if (g.texts?.[r]) g.texts[r][c] = null;
}

/** Insert n rows before absolute row `at`, optionally filled and hidden. */
export function insertRows(g: SheetGrid, at: number, rows: CellValue[][], hidden = false): void {
  const n = rows.length;
  const r = Math.max(0, at - g.top);
  for (const a of arrays(g)) {
    const fill = a === (g.values as unknown[][]) ? rows.map((x) => x.slice(g.left)) : rows.map(() => []);
    a.splice(r, 0, ...fill);
  }
  for (const m of g.merges) {
    if (m.r0 >= at) {
      m.r0 += n;
      m.r1 += n;
    } else if (m.r1 >= at) m.r1 += n;
  }
  g.hiddenRows = g.hiddenRows.map((h) => (h >= at ? h + n : h));
  if (hidden) for (let i = 0; i < n; i++) g.hiddenRows.push(at + i);
}

/** Insert n empty columns before absolute column `at`. */
export function insertCols(g: SheetGrid, at: number, n: number): void {
  const c = at - g.left;
  for (const a of arrays(g)) {
    for (const line of a) if (line.length > c) line.splice(c, 0, ...new Array(n).fill(null));
  }
  for (const m of g.merges) {
    if (m.c0 >= at) {
      m.c0 += n;
      m.c1 += n;
    } else if (m.c1 >= at) m.c1 += n;
  }
  g.hiddenCols = g.hiddenCols.map((h) => (h >= at ? h + n : h));
}

/** Every text cell, for find-and-replace edits. */
export function eachText(g: SheetGrid, fn: (text: string, row: number, col: number) => string | undefined): void {
  g.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (typeof v !== 'string') return;
      const out = fn(v, r + g.top, c + g.left);
      if (out !== undefined && out !== v) setCell(g, r + g.top, c + g.left, out);
    }),
  );
}

/** Rows of a grid as absolute indices. */
export function lastRow(g: SheetGrid): number {
  return g.top + g.values.length - 1;
}

/** A small deterministic PRNG so that "random" sheets are the same on every run. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
