/**
 * Navigation (select) and problem-cell marking for the Excel source.
 *
 * Marking saves each cell's fill and borders (getCellProperties) in the document settings before
 * it paints the highlight, so 「清除标记」 restores exactly what was there — also after the workbook
 * was closed and reopened, and also when saving the settings fails (then nothing is painted). The
 * highlight is a fill only: borders between two cells are shared on screen, so painting one cell's
 * edge could show on (and be reported for) its neighbour, which a restore of the marked cells alone
 * would not undo. Values are never touched.
 *
 * Saved cells are keyed by worksheet id, which survives a rename (the name is kept for messages).
 * A cell is restored only while it still shows the highlight: if the user recoloured it, or rows
 * were inserted/deleted so another cell now sits at the saved address, restoring would overwrite
 * the user's format, so it is left alone and counted.
 */
import type { CellRef } from '../grid/types';
import { a1, rangeA1 } from '../grid/address';
import type { ExcelRun } from './excel-read';

/** Document-settings key holding the saved formats of marked cells. */
export const MARKS_SETTING = 'yusuan.marks';
/** The highlight: a light red fill, the colour Excel itself uses for 「浅红填充」. */
export const HIGHLIGHT_FILL = '#FFC7CE';

export interface SavedCell {
  /** Worksheet id (stable across renames). Absent in states saved before ids were kept. */
  sheetId?: string;
  /** Sheet name when marked, for messages (and the lookup of id-less states). */
  sheet: string;
  /** A1 address of the one cell, no sheet prefix. */
  address: string;
  fill: Excel.CellPropertiesFill;
  borders: Excel.CellBorderCollection;
}

export interface MarkState {
  version: 1 | 2;
  cells: SavedCell[];
}

/** What 「清除标记」 did: restored cells, and cells left alone with the reason in Chinese. */
export interface ClearResult {
  restored: number;
  /** Cells whose fill is no longer the highlight (nor their original): changed by the user. */
  changedByUser: number;
  /** Cells on sheets that were deleted since marking. */
  sheetGone: number;
  /** A Chinese note for the user when some cells were left alone; absent when all went back. */
  note?: string;
}

const CAPTURE: Excel.CellPropertiesLoadOptions = {
  format: {
    fill: { color: true, pattern: true, patternColor: true, patternTintAndShade: true, tintAndShade: true },
    borders: { color: true, style: true, weight: true, tintAndShade: true },
  },
};
const CURRENT_FILL: Excel.CellPropertiesLoadOptions = { format: { fill: { color: true, pattern: true } } };

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

function noFill(f: Excel.CellPropertiesFill | undefined): boolean {
  return !f?.pattern || f.pattern === 'None';
}

/** True when the cell shows the add-in's highlight (Excel reports colours as #RRGGBB, any case). */
export function showsHighlight(f: Excel.CellPropertiesFill | undefined): boolean {
  return !noFill(f) && String(f?.color ?? '').toUpperCase() === HIGHLIGHT_FILL;
}

/** Same visible fill (pattern and colour; colour does not matter without a fill). */
function sameFill(a: Excel.CellPropertiesFill | undefined, b: Excel.CellPropertiesFill | undefined): boolean {
  if (noFill(a) || noFill(b)) return noFill(a) && noFill(b);
  return a!.pattern === b!.pattern && String(a!.color ?? '').toUpperCase() === String(b!.color ?? '').toUpperCase();
}

function key(sheetId: string, address: string): string {
  return `${sheetId}\u0000${address}`;
}

/** The workbook's sheets by id and by name (one load, synced by the caller). */
function sheetIndex(items: { id: string; name: string }[]) {
  const nameById = new Map(items.map((s) => [s.id, s.name]));
  const idByName = new Map(items.map((s) => [s.name, s.id]));
  /** The current id of a saved cell's sheet, undefined when that sheet is gone. */
  const locate = (c: SavedCell): string | undefined => (c.sheetId ? (nameById.has(c.sheetId) ? c.sheetId : undefined) : idByName.get(c.sheet));
  return { nameById, idByName, locate };
}

async function loadSheets(ctx: Excel.RequestContext) {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name,items/id');
  await ctx.sync();
  return { sheets, index: sheetIndex(sheets.items) };
}

type Located = SavedCell & { sheetId: string };

/**
 * Mark `cells`, replacing the previous marks, in three syncs: sheet ids; the current formats of
 * every previous and new cell; then restore + paint. Between the last two, `persist` saves the
 * state holding the originals of every cell about to change — if it fails nothing is painted.
 * Returns the state to keep once the paint has run (the new cells only).
 */
export async function markCells(
  run: ExcelRun,
  previous: MarkState | undefined,
  cells: CellRef[],
  persist: (pending: MarkState) => Promise<void>,
): Promise<MarkState> {
  return run(async (ctx) => {
    const { sheets, index } = await loadSheets(ctx);
    const prev: Located[] = [];
    for (const c of previous?.cells ?? []) {
      const id = index.locate(c);
      if (id) prev.push({ ...c, sheetId: id, sheet: index.nameById.get(id)! });
    }
    const prevByKey = new Map(prev.map((c) => [key(c.sheetId, c.address), c]));
    const wanted = new Map<string, { sheetId: string; sheet: string; address: string }>();
    for (const c of cells) {
      const id = index.idByName.get(c.sheet);
      if (!id) throw Object.assign(new Error(c.sheet), { code: 'ItemNotFound' });
      const address = a1(c.row, c.col);
      wanted.set(key(id, address), { sheetId: id, sheet: c.sheet, address });
    }
    const all = new Map<string, { sheetId: string; address: string }>([...prevByKey, ...wanted]);
    const props = new Map([...all].map(([k, c]) => [k, sheets.getItem(c.sheetId).getRange(c.address).getCellProperties(CAPTURE)]));
    await ctx.sync();
    const current = (k: string) => props.get(k)!.value[0][0].format ?? {};
    // A previous cell still showing the highlight keeps its saved original; one the user changed
    // is left as it is and, if marked again, its current format becomes the original.
    const ours = (k: string) => prevByKey.has(k) && showsHighlight(current(k).fill);
    const saved: SavedCell[] = [...wanted].map(([k, c]) => {
      if (ours(k)) return { ...prevByKey.get(k)!, sheet: c.sheet };
      const p = current(k);
      return { ...c, fill: p.fill ?? {}, borders: p.borders ?? {} };
    });
    const toRestore = [...prevByKey].filter(([k]) => !wanted.has(k) && ours(k)).map(([, c]) => c);
    await persist({ version: 2, cells: [...saved, ...toRestore] });
    for (const c of toRestore) queueRestore(sheets.getItem(c.sheetId).getRange(c.address), c);
    for (const c of wanted.values()) sheets.getItem(c.sheetId).getRange(c.address).setCellProperties([[{ format: { fill: { color: HIGHLIGHT_FILL } } }]]);
    await ctx.sync();
    return { version: 2, cells: saved };
  });
}

/** The Chinese note on cells left alone, undefined when there are none. */
export function clearNote(r: Omit<ClearResult, 'note'>): string | undefined {
  const parts: string[] = [];
  if (r.changedByUser > 0) {
    parts.push(`${r.changedByUser} 个单元格的填充色在标记后已被修改（或因插入、删除行列而移位），为免覆盖您的格式未作恢复，请核对这些单元格附近是否仍有浅红色标记`);
  }
  if (r.sheetGone > 0) parts.push(`${r.sheetGone} 个单元格所在的工作表已被删除`);
  return parts.length > 0 ? `已恢复 ${r.restored} 个单元格；${parts.join('；')}。` : undefined;
}

/**
 * Restore every saved cell that still shows the highlight, on its sheet found by id (renames do
 * not matter). Three syncs: sheet ids, the current fills of the saved cells, the restore.
 */
export async function clearCells(run: ExcelRun, state: MarkState): Promise<ClearResult> {
  return run(async (ctx) => {
    const { sheets, index } = await loadSheets(ctx);
    const located: { cell: SavedCell; id: string; props: OfficeExtension.ClientResult<Excel.CellProperties[][]> }[] = [];
    let sheetGone = 0;
    for (const cell of state.cells) {
      const id = index.locate(cell);
      if (!id) {
        sheetGone++;
        continue;
      }
      located.push({ cell, id, props: sheets.getItem(id).getRange(cell.address).getCellProperties(CURRENT_FILL) });
    }
    if (located.length > 0) await ctx.sync();
    let restored = 0;
    let changedByUser = 0;
    for (const l of located) {
      const fill = l.props.value[0][0].format?.fill;
      if (showsHighlight(fill)) {
        queueRestore(sheets.getItem(l.id).getRange(l.cell.address), l.cell);
        restored++;
      } else if (!sameFill(fill, l.cell.fill)) changedByUser++;
    }
    if (restored > 0) await ctx.sync();
    const counts = { restored, changedByUser, sheetGone };
    return { ...counts, note: clearNote(counts) };
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
