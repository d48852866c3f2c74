/**
 * One page → rows of positioned cells. Inside a ruled grid a cell is a drawn box (merged boxes
 * keep their span); elsewhere a cell is a run of text and a row is a baseline. Columns are not
 * decided here: a table running over several pages gets one set of columns for all its rows
 * (src/sources/pdf-columns.ts).
 */
import { ruledGrids, type RuledGrid } from './pdf-ruling';
import type { PdfPageContent, PdfTextRun } from './pdf-types';
import { chunksOf, isAmountText, textLines, type Chunk } from './pdf-chunks';

export interface PositionedCell {
  text: string;
  /** Horizontal extent: the drawn box, or the text itself outside a grid. */
  x0: number;
  x1: number;
  /** Rows the cell spans downwards (a header box spanning rows); 1 otherwise. */
  rowSpan: number;
  /** Set inside a ruled grid: the grid's column borders (shared by the cells of one grid). */
  borders?: number[];
  /** Why the cell's extent was guessed rather than read (a run cut apart, a band cut by baselines). */
  doubt?: string;
}

export interface PositionedRow {
  page: number;
  /** Baseline (text row) or top border (grid row), from the top of the page. */
  y: number;
  cells: PositionedCell[];
  /** Set for rows of a ruled grid. */
  ruled: boolean;
}

/** A ruled band without row borders holding several figures: rows are the text baselines. */
export const DOUBT_BAND_ROWS = '表格该处未画行线，按文字基线分行，行的归属系推定';

function inside(c: Chunk, g: RuledGrid): boolean {
  const cx = (c.x0 + c.x1) / 2;
  const cy = c.y - c.h * 0.35;
  // a wrapped line running over the grid's bottom border (see reattachOverflow) is still the last row's
  const overBottom = c.y - c.h < g.y1 - 0.2 * c.h;
  return cx >= g.x0 - 1 && cx <= g.x1 + 1 && cy >= g.y0 - 1 && (cy <= g.y1 + 1 || overBottom);
}

function band(edges: number[], v: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i] - 0.5 && v <= edges[i + 1] + 0.5) return i;
  return v < edges[0] ? 0 : edges.length - 2;
}

/** Join the chunks of one box in reading order (CJK wraps join without a space). */
function joinText(chunks: Chunk[]): string {
  const parts = textLines(chunks).map((l) => l.map((c) => c.s).join(' '));
  let s = '';
  for (const p of parts) s += s && /[A-Za-z0-9]$/.test(s) && /^[A-Za-z]/.test(p) ? ' ' + p : p;
  return s;
}

/** The first doubt among a box's chunks. */
function doubtOf(chunks: Chunk[]): { doubt?: string } {
  const d = chunks.find((c) => c.doubt)?.doubt;
  return d ? { doubt: d } : {};
}

/** A figure wrapped inside a narrow box (「811,669.9」 over 「7」): read as one figure, in doubt. */
export const DOUBT_WRAPPED_FIGURE = '该数字在格内折行印出，已将两行接续读作一个数，系推定';

/**
 * Whether `next` continues the figure on `prev` wrapped inside a box from x0 to x1: the first
 * line fills the box, the second is shorter, and together they read as one figure.
 */
function wrapsFigure(prev: Chunk[], next: Chunk[], x0: number, x1: number): boolean {
  if (prev.length !== 1 || next.length !== 1) return false;
  const [a, b] = [prev[0], next[0]];
  if (!isAmountText(a.s) || !/^[\d.,]+[)）]?$/.test(b.s) || !isAmountText(a.s + b.s)) return false;
  return a.x1 - a.x0 >= 0.7 * (x1 - x0) && b.x1 - b.x0 < a.x1 - a.x0;
}

/** A box's lines with wrapped figures joined back (the joined chunk carries the doubt). */
function unwrapFigures(chunks: Chunk[], x0: number, x1: number): Chunk[] {
  const lines = textLines(chunks);
  const out: Chunk[] = [];
  for (let i = 0; i < lines.length; i++) {
    const next = lines[i + 1];
    if (next && wrapsFigure(lines[i], next, x0, x1)) {
      const [a, b] = [lines[i][0], next[0]];
      out.push({ ...a, s: a.s + b.s, x1: Math.max(a.x1, b.x1), doubt: DOUBT_WRAPPED_FIGURE });
      i++;
    } else out.push(...lines[i]);
  }
  return out;
}

interface Box {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  chunks: Chunk[];
}

/**
 * A wrapped text taller than its ruled row runs over the row border into the next row (北京
 * 支出总表: 「2080506-机关事业单位职业年金」 at the top of its row, 「缴费支出」 across the border
 * below). Such a line starts above the border and continues the text of the box above at the
 * normal line spacing: it belongs there, not to the row below, whose own text starts under the
 * border.
 */
function reattachOverflow(g: RuledGrid, boxes: Map<number, Box>, boxAt: (r: number, c: number) => Box): void {
  for (const b of boxes.values()) {
    if (b.r0 === 0) continue;
    const border = g.ys[b.r0];
    for (const ch of b.chunks.slice()) {
      if (ch.y - ch.h >= border - 0.2 * ch.h || band(g.ys, ch.y - ch.h * 0.35) !== b.r0) continue;
      const above = boxAt(b.r0 - 1, band(g.xs, (ch.x0 + ch.x1) / 2));
      if (above === b || above.c0 !== b.c0 || above.c1 !== b.c1) continue;
      const prev = above.chunks.filter((c) => c.y < ch.y).sort((x, y) => y.y - x.y)[0];
      const gap = prev ? ch.y - prev.y : 0;
      if (!prev || gap < 0.9 * ch.h || gap > 1.7 * ch.h || prev.x0 > ch.x1 || prev.x1 < ch.x0) continue;
      b.chunks.splice(b.chunks.indexOf(ch), 1);
      above.chunks.push(ch);
    }
  }
}

/** The rows of one ruled grid. */
function gridRows(page: number, g: RuledGrid, chunks: Chunk[], free: Chunk[]): PositionedRow[] {
  const nr = g.ys.length - 1;
  const nc = g.xs.length - 1;
  // boxes: union of neighbouring slots without a border between them
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !g.vBorder(c + 1, r)) parent[find(id(r, c + 1))] = find(id(r, c));
      if (r + 1 < nr && !g.hBorder(r + 1, c)) parent[find(id(r + 1, c))] = find(id(r, c));
    }
  }
  const boxes = new Map<number, Box>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const k = find(id(r, c));
      const b = boxes.get(k);
      if (!b) boxes.set(k, { r0: r, r1: r, c0: c, c1: c, chunks: [] });
      else {
        b.r1 = Math.max(b.r1, r);
        b.c0 = Math.min(b.c0, c);
        b.c1 = Math.max(b.c1, c);
      }
    }
  }
  for (const ch of chunks) {
    const r = band(g.ys, ch.y - ch.h * 0.35);
    const c = band(g.xs, (ch.x0 + ch.x1) / 2);
    const b = boxes.get(find(id(r, c)))!;
    // a box as wide as the grid is a frame around a title block or a note, not a cell
    if (nc > 1 && b.c0 === 0 && b.c1 === nc - 1) free.push(ch);
    else b.chunks.push(ch);
  }
  reattachOverflow(g, boxes, (r, c) => boxes.get(find(id(r, c)))!);
  for (const b of boxes.values()) if (b.c0 === b.c1 && b.chunks.length > 1) b.chunks = unwrapFigures(b.chunks, g.xs[b.c0], g.xs[b.c1 + 1]);
  // a grid drawn without row borders in the body: a box holding several amounts one above the
  // other is several rows; its baselines become rows
  const splits: number[][] = Array.from({ length: nr }, () => []);
  for (const b of boxes.values()) {
    if (b.c0 !== b.c1) continue;
    const lines = textLines(b.chunks);
    const amounts = lines.filter((l) => l.length === 1 && isAmountText(l[0].s));
    if (amounts.length >= 2) for (let r = b.r0; r <= b.r1; r++) splits[r].push(...amounts.map((l) => l[0].y));
  }
  const out: PositionedRow[] = [];
  const rowStart: number[] = [];
  const subRows: number[][] = [];
  for (let r = 0; r < nr; r++) {
    rowStart.push(out.length);
    const ys = textLines(splits[r].map((y) => ({ s: '', x0: 0, x1: 0, y, h: 6 }))).map((l) => l[0].y);
    subRows.push(ys);
    const n = Math.max(1, ys.length);
    for (let k = 0; k < n; k++) out.push({ page, y: ys[k] ?? g.ys[r], cells: [], ruled: true });
  }
  rowStart.push(out.length);
  const borders = g.xs;
  for (const b of boxes.values()) {
    const x0 = g.xs[b.c0];
    const x1 = g.xs[b.c1 + 1];
    const aligned = (ys: number[]) => textLines(b.chunks).every((l) => ys.some((y) => Math.abs(y - l[0].y) < l[0].h * 0.5));
    if (b.r0 === b.r1 && subRows[b.r0].length > 1 && aligned(subRows[b.r0])) {
      // a box in a split band whose lines stand beside the figures: each baseline its own row
      // (a wrapped text between the figures' baselines stays one cell spanning the band)
      const ys = subRows[b.r0];
      const byRow: Chunk[][] = ys.map(() => []);
      for (const ch of b.chunks) {
        let best = 0;
        for (let k = 1; k < ys.length; k++) if (Math.abs(ys[k] - ch.y) < Math.abs(ys[best] - ch.y)) best = k;
        byRow[best].push(ch);
      }
      byRow.forEach((cs, k) => {
        if (cs.length) out[rowStart[b.r0] + k].cells.push({ text: joinText(cs), x0, x1, rowSpan: 1, borders, doubt: DOUBT_BAND_ROWS });
      });
      continue;
    }
    const text = joinText(b.chunks);
    const rowSpan = rowStart[b.r1 + 1] - rowStart[b.r0];
    if (text || rowSpan > 1 || b.c1 > b.c0) out[rowStart[b.r0]].cells.push({ text, x0, x1, rowSpan, borders, ...doubtOf(b.chunks) });
  }
  for (const row of out) row.cells.sort((a, b) => a.x0 - b.x0);
  return out.filter((r) => r.cells.some((c) => c.text !== ''));
}

/** Rows of a page: ruled grids as drawn, the text around them line by line. */
export function pageRows(p: PdfPageContent): PositionedRow[] {
  const grids = ruledGrids(p.segments);
  // a grid's borders part only the runs printed within its height: a title above a ruled table
  // printed in two runs (「2022」「年部门综合预算收支总表」) is one text even where a column
  // border of the grid below lies between them
  const byGrid: PdfTextRun[][] = grids.map(() => []);
  const outsideRuns: PdfTextRun[] = [];
  for (const r of p.runs) {
    const gi = grids.findIndex((g) => inside({ s: r.s, x0: r.x, x1: r.x + r.w, y: r.y, h: r.h }, g));
    (gi >= 0 ? byGrid[gi] : outsideRuns).push(r);
  }
  const chunks = [...chunksOf(outsideRuns), ...grids.flatMap((g, i) => chunksOf(byGrid[i], g.xs))];
  const inGrid: Chunk[][] = grids.map(() => []);
  const free: Chunk[] = [];
  for (const c of chunks) {
    const gi = grids.findIndex((g) => inside(c, g));
    if (gi >= 0) inGrid[gi].push(c);
    else free.push(c);
  }
  const rows: PositionedRow[] = [];
  grids.forEach((g, i) => {
    if (inGrid[i].length) rows.push(...gridRows(p.page, g, inGrid[i], free));
  });
  for (const line of textLines(free)) {
    rows.push({ page: p.page, y: line[0].y, ruled: false, cells: line.map((c) => ({ text: c.s, x0: c.x0, x1: c.x1, rowSpan: 1, ...(c.doubt ? { doubt: c.doubt } : {}) })) });
  }
  return rows.sort((a, b) => a.y - b.y);
}
