/**
 * Reading every sheet of the open workbook in as few context.sync() round trips as possible.
 *
 * Policy (why it looks like this):
 * - Round trip 1 loads the sheet list (names, visibility). Office.js cannot call a method on a
 *   collection item before the collection is loaded, so nothing per sheet can go in it.
 * - Round trip 2 queues, for every sheet, the used range (values only) with its address, size,
 *   values, valueTypes, text, numberFormat and formulas, its merged areas and its visible cells
 *   (hidden rows/columns are the rows/columns no visible area covers) — all before one sync.
 * - Excel refuses a batch whose request or response exceeds 5 MB. A sheet's payload is estimated
 *   from its cell count (BYTES_PER_CELL for the five per-cell properties); the sizes of the last
 *   read are remembered. When the remembered sizes say the workbook will not fit, or when Excel
 *   still answers with a payload-limit error, the read switches to the planned path: one round trip
 *   for the used-range sizes, merged and visible areas (small), then the cell data in row chunks
 *   packed so that each sync stays under the budget. Only genuinely huge workbooks pay these extra
 *   round trips; a budget disclosure (20 sheets of a few hundred cells) always takes two.
 */
import type { SheetGrid } from '../grid/types';
import { rangeA1 } from '../grid/address';
import { isPayloadLimitError } from './excel-errors';
import { partsToGrid, type SheetParts } from './excel-convert';

/** Excel.run, or a test's replacement that hands the batch a mocked RequestContext. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Conservative estimate of one cell's share of the response for the five properties below. */
export const BYTES_PER_CELL = 96;
/** Excel's limit is 5 MB per request/response; keep a margin for JSON framing. */
export const DEFAULT_PAYLOAD_BUDGET = 4_500_000;

const CELL_PROPS = ['values', 'valueTypes', 'text', 'numberFormat', 'formulas'] as const;
const SHAPE_PROPS = 'address,rowIndex,columnIndex,rowCount,columnCount';

export interface ReadOptions {
  payloadBudget: number;
  /** Cell counts of the last read, by sheet name; updated by every read. */
  sizeCache: Map<string, number>;
}

interface SheetRef {
  ws: Excel.Worksheet;
  name: string;
  index: number;
  visibility: string;
}

interface ShapeLoads {
  used: Excel.Range;
  merged: Excel.RangeAreas;
  visible: Excel.RangeAreas;
}

function queueShape(ws: Excel.Worksheet, withCells: boolean): ShapeLoads {
  // getUsedRange (not …OrNullObject) so that the chained calls below never run on a null object;
  // an empty sheet's used range is A1 holding "" and becomes an empty grid.
  const used = ws.getUsedRange(true);
  used.load(withCells ? `${SHAPE_PROPS},${CELL_PROPS.join(',')}` : SHAPE_PROPS);
  const merged = used.getMergedAreasOrNullObject();
  merged.load('address');
  const visible = used.getSpecialCellsOrNullObject('Visible');
  visible.load('address');
  return { used, merged, visible };
}

function shapeParts(s: SheetRef, l: ShapeLoads): SheetParts {
  return {
    name: s.name,
    index: s.index,
    visibility: s.visibility,
    top: l.used.rowIndex,
    left: l.used.columnIndex,
    rowCount: l.used.rowCount,
    colCount: l.used.columnCount,
    values: [],
    mergedAddress: l.merged.isNullObject ? null : l.merged.address,
    visibleAddress: l.visible.isNullObject ? null : l.visible.address,
  };
}

function withCells(p: SheetParts, r: Excel.Range): SheetParts {
  return { ...p, values: r.values, valueTypes: r.valueTypes as string[][], text: r.text, numberFormat: r.numberFormat, formulas: r.formulas };
}

/** A slice of rows of one sheet's used range, read in one sync with others. */
export interface Chunk {
  sheet: number;
  rowOffset: number;
  rowCount: number;
}

/**
 * Pack sheets (rows × cols each) into syncs of at most `budget` estimated bytes, splitting a sheet
 * by rows when it alone is too big. Returns the chunks of each sync in order.
 */
export function planChunks(sizes: { rows: number; cols: number }[], budget: number): Chunk[][] {
  const batches: Chunk[][] = [];
  let cur: Chunk[] = [];
  let used = 0;
  const flush = () => {
    if (cur.length > 0) batches.push(cur);
    cur = [];
    used = 0;
  };
  sizes.forEach((s, sheet) => {
    if (s.rows <= 0) return;
    const rowBytes = Math.max(s.cols, 1) * BYTES_PER_CELL;
    // A sheet that fits a fresh sync but not the current one starts a new sync (keeps it whole).
    if (used + s.rows * rowBytes > budget && s.rows * rowBytes <= budget) flush();
    let offset = 0;
    while (offset < s.rows) {
      const room = Math.floor((budget - used) / rowBytes);
      if (room < 1) {
        if (cur.length === 0) {
          // A single row over budget: it still has to be read, alone.
          cur.push({ sheet, rowOffset: offset, rowCount: 1 });
          offset += 1;
        }
        flush();
        continue;
      }
      const take = Math.min(room, s.rows - offset);
      cur.push({ sheet, rowOffset: offset, rowCount: take });
      used += take * rowBytes;
      offset += take;
    }
  });
  flush();
  return batches;
}

function estimate(cells: number): number {
  return cells * BYTES_PER_CELL;
}

async function readOptimistic(ctx: Excel.RequestContext, sheets: SheetRef[]): Promise<SheetParts[]> {
  const loads = sheets.map((s) => queueShape(s.ws, true));
  await ctx.sync();
  return sheets.map((s, i) => withCells(shapeParts(s, loads[i]), loads[i].used));
}

async function readPlanned(ctx: Excel.RequestContext, sheets: SheetRef[], budget: number): Promise<SheetParts[]> {
  const loads = sheets.map((s) => queueShape(s.ws, false));
  await ctx.sync();
  const parts = sheets.map((s, i) => shapeParts(s, loads[i]));
  const cells = parts.map(() => ({ values: [] as unknown[][], valueTypes: [] as string[][], text: [] as unknown[][], numberFormat: [] as unknown[][], formulas: [] as unknown[][] }));
  const plan = planChunks(parts.map((p) => ({ rows: p.rowCount, cols: p.colCount })), budget);
  for (const batch of plan) {
    const ranges = batch.map((ch) => {
      const p = parts[ch.sheet];
      const addr = rangeA1({ r0: p.top + ch.rowOffset, c0: p.left, r1: p.top + ch.rowOffset + ch.rowCount - 1, c1: p.left + p.colCount - 1 });
      const r = sheets[ch.sheet].ws.getRange(addr);
      r.load(CELL_PROPS.join(','));
      return r;
    });
    await ctx.sync(); // one sync per planned chunk batch, never per sheet or per row
    batch.forEach((ch, i) => {
      const c = cells[ch.sheet];
      const r = ranges[i];
      c.values.push(...r.values);
      c.valueTypes.push(...(r.valueTypes as string[][]));
      c.text.push(...r.text);
      c.numberFormat.push(...r.numberFormat);
      c.formulas.push(...r.formulas);
    });
  }
  return parts.map((p, i) => ({ ...p, ...cells[i] }));
}

/** Read the named sheets (all when `names` is undefined) of the workbook behind `run`. */
export function readWorkbook(run: ExcelRun, names: string[] | undefined, opts: ReadOptions): Promise<SheetGrid[]> {
  return run(async (ctx) => {
    const collection = ctx.workbook.worksheets;
    collection.load('items/name,items/visibility');
    await ctx.sync();
    const sheets: SheetRef[] = [];
    collection.items.forEach((ws, index) => {
      if (!names || names.includes(ws.name)) sheets.push({ ws, name: ws.name, index, visibility: ws.visibility });
    });
    if (sheets.length === 0) return [];
    const remembered = sheets.reduce((n, s) => n + (opts.sizeCache.get(s.name) ?? 0), 0);
    let parts: SheetParts[] | undefined;
    if (estimate(remembered) <= opts.payloadBudget) {
      try {
        parts = await readOptimistic(ctx, sheets);
      } catch (e) {
        if (!isPayloadLimitError(e)) throw e;
      }
    }
    if (!parts) parts = await readPlanned(ctx, sheets, opts.payloadBudget);
    for (const p of parts) opts.sizeCache.set(p.name, p.rowCount * p.colCount);
    return parts.map(partsToGrid);
  });
}
