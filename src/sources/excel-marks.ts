/**
 * Navigation (select) and problem-cell marking for the Excel source.
 *
 * Marking saves each cell's fill and borders (getCellProperties) in the document settings before
 * it paints the highlight, so 「清除标记」 restores exactly what was there — also after the workbook
 * was closed and reopened. The highlight is a fill only: borders between two cells are shared on
 * screen, so painting one cell's edge could show on (and be reported for) its neighbour, which a
 * restore of the marked cells alone would not undo. Only what was painted is restored; values are
 * never touched.
 */
import type { CellRef } from '../grid/types';
import { a1, rangeA1 } from '../grid/address';
import type { ExcelRun } from './excel-read';

/** Document-settings key holding the saved formats of marked cells. */
export const MARKS_SETTING = 'yusuan.marks';
/** The highlight: a light red fill, the colour Excel itself uses for 「浅红填充」. */
export const HIGHLIGHT_FILL = '#FFC7CE';

export interface SavedCell {
  sheet: string;
  /** A1 address of the one cell, no sheet prefix. */
  address: string;
  fill: Excel.CellPropertiesFill;
  borders: Excel.CellBorderCollection;
}

export interface MarkState {
  version: 1;
  cells: SavedCell[];
}

const CAPTURE: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, patternTintAndShade: true, tintAndShade: true },
    borders: { color: true, style: true, weight: true, tintAndShade: true },
  },
};

/** The fill as it was: a "None" pattern is cleared, anything else set back property by property. */
function queueRestore(range: Excel.Range, saved: SavedCell): void {
  const f = saved.fill;
  if (!f.pattern || f.pattern === 'None') {
    range.format.fill.clear();
    return;
  }
  const fill: Excel.CellPropertiesFill = f.pattern === 'Solid' ? { color: f.color, tintAndShade: f.tintAndShade } : { ...f };
  range.setCellProperties([[{ format: { fill } }]]);
}

function key(sheet: string, address: string): string {
  return `${sheet}\u0000${address}`;
}

/**
 * Queue: restore the previously marked cells, capture the formats of every cell to be marked
 * (after that restore, so a re-mark never saves a highlight as "original"), paint the highlight.
 * Office.js runs queued commands in order, so all of it goes in one sync. Returns the new state
 * once `ctx.sync()` has run.
 */
export async function markCells(run: ExcelRun, previous: MarkState | undefined, cells: CellRef[]): Promise<MarkState> {
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    const prev = (previous?.cells ?? []).filter((c) => present.has(c.sheet));
    const wanted = new Map<string, { sheet: string; address: string }>();
    for (const c of prev) wanted.set(key(c.sheet, c.address), c);
    for (const c of cells) {
      const address = a1(c.row, c.col);
      if (!present.has(c.sheet)) throw Object.assign(new Error(c.sheet), { code: 'ItemNotFound' });
      wanted.set(key(c.sheet, address), { sheet: c.sheet, address });
    }
    for (const c of prev) queueRestore(sheets.getItem(c.sheet).getRange(c.address), c);
    const captures = [...wanted.values()].map((c) => {
      const range = sheets.getItem(c.sheet).getRange(c.address);
      const props = range.getCellProperties(CAPTURE);
      range.setCellProperties([[{ format: { fill: { color: HIGHLIGHT_FILL } } }]]);
      return { ...c, props };
    });
    await ctx.sync();
    const prevByKey = new Map(prev.map((c) => [key(c.sheet, c.address), c]));
    const saved: SavedCell[] = captures.map((c) => {
      const old = prevByKey.get(key(c.sheet, c.address));
      if (old) return old;
      const p = c.props.value[0][0].format ?? {};
      return { sheet: c.sheet, address: c.address, fill: p.fill ?? {}, borders: p.borders ?? {} };
    });
    return { version: 1, cells: saved };
  });
}

/** Restore every saved cell whose sheet still exists (two syncs: sheet names, then the restore). */
export async function clearCells(run: ExcelRun, state: MarkState): Promise<void> {
  await run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    for (const c of state.cells) if (present.has(c.sheet)) queueRestore(sheets.getItem(c.sheet).getRange(c.address), c);
    await ctx.sync();
  });
}

/**
 * Cells of one sheet as a compact comma-joined address: vertical runs become C5:C9, and runs with
 * the same rows in adjacent columns merge into rectangles (B5:D9).
 */
export function compactAddress(cells: { row: number; col: number }[]): string {
  const byCol = new Map<number, number[]>();
  for (const c of cells) {
    const rows = byCol.get(c.col) ?? [];
    rows.push(c.row);
    byCol.set(c.col, rows);
  }
  const runs: { r0: number; r1: number; c0: number; c1: number }[] = [];
  for (const col of [...byCol.keys()].sort((a, b) => a - b)) {
    const rows = [...new Set(byCol.get(col))].sort((a, b) => a - b);
    let start = rows[0];
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || rows[i] !== rows[i - 1] + 1) {
        const r1 = rows[i - 1];
        const left = runs.find((r) => r.r0 === start && r.r1 === r1 && r.c1 === col - 1);
        if (left) left.c1 = col;
        else runs.push({ r0: start, r1, c0: col, c1: col });
        start = rows[i];
      }
    }
  }
  return runs.map(rangeA1).join(',');
}

/** Activate the sheet of the first cell and select that sheet's cells (one sync). */
export async function selectCells(run: ExcelRun, cells: CellRef[]): Promise<void> {
  if (cells.length === 0) return;
  const sheet = cells[0].sheet;
  const address = compactAddress(cells.filter((c) => c.sheet === sheet));
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRanges(address).select();
    await ctx.sync();
  });
}
