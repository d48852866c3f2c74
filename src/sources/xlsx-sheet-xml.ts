/**
 * One linear pass over a sheet's XML before exceljs sees it. exceljs expands a merge into one cell
 * object per covered cell and checks every new merge against all earlier ones (a merge over
 * A1:XFD1048576 runs out of memory; 30,000 merges take minutes), and expands data validations
 * per cell the same way. So the parts the checker does not need, or reads itself, are cut out
 * here: merges are read with a plain scan and clipped to the cells the sheet really has; the cells
 * are counted for the caps (docs/input-limits.md).
 */
import { parseRangeA1, columnIndex } from '../grid/address';
import type { CellRange } from '../grid/types';

export interface SheetXmlScan {
  /** The XML without mergeCells, dataValidations, conditionalFormatting, hyperlinks, extLst. */
  xml: string;
  /** Merged areas clipped to the sheet's cells; areas lying wholly outside them dropped. */
  merges: CellRange[];
  /** Merged areas as written (before clipping). */
  mergeCount: number;
  /** Covered cells of the clipped merges, together. */
  mergedCells: number;
  /** <c> elements. */
  cells: number;
  /** Cells of the grid the sheet becomes: each row as wide as its last cell, plus one per row. */
  gridCells: number;
  /**
   * Formula cells with no <v> at all (row * 16384 + col): the file holds no result. exceljs reads
   * these and a formula whose result is "" (<v></v>, =IF(…,"",…)) alike, but only these are unread.
   */
  uncached: Set<number>;
}

/** Elements cut out of the sheet (never read by the checker, or read here). */
const CUT = ['mergeCells', 'dataValidations', 'conditionalFormatting', 'hyperlinks', 'extLst'];

/** End of the element starting at `start` (`<name …/>` or `<name …>…</name>`), or -1. */
function elementEnd(xml: string, start: number, name: string): number {
  const open = xml.indexOf('>', start);
  if (open < 0) return -1;
  if (xml[open - 1] === '/') return open + 1;
  const close = xml.indexOf(`</${name}>`, open);
  return close < 0 ? -1 : close + name.length + 3;
}

/** Is the text at i the start tag of `name` (not of a longer name such as <mergeCellsX>)? */
function startsTag(xml: string, i: number, name: string): boolean {
  const next = xml.charCodeAt(i + 1 + name.length);
  return next === 32 || next === 62 || next === 47 || next === 9 || next === 10 || next === 13;
}

/** Next start tag of `name` at or after `from`, or -1. */
function nextTag(xml: string, name: string, from: number): number {
  let i = xml.indexOf(`<${name}`, from);
  while (i >= 0 && !startsTag(xml, i, name)) i = xml.indexOf(`<${name}`, i + 1);
  return i;
}

/**
 * Cut the named elements out; returns the kept XML and the text of each cut mergeCells element.
 * The whole text is searched (a hostile file may put them before <sheetData>; inside cell text a
 * "<" is always escaped), and each name's next position is searched again only once passed, so
 * thousands of conditionalFormatting elements stay one pass.
 */
function cutElements(xml: string): { xml: string; mergeBlocks: string[] } {
  const parts: string[] = [];
  const mergeBlocks: string[] = [];
  let pos = 0;
  const next = new Map(CUT.map((name) => [name, nextTag(xml, name, 0)]));
  for (;;) {
    let best = -1;
    let bestName = '';
    for (const [name, i] of next) {
      if (i >= 0 && (best < 0 || i < best)) {
        best = i;
        bestName = name;
      }
    }
    if (best < 0) break;
    const end = elementEnd(xml, best, bestName);
    if (end < 0) break;
    parts.push(xml.slice(pos, best));
    if (bestName === 'mergeCells') mergeBlocks.push(xml.slice(best, end));
    pos = end;
    for (const [name, i] of next) if (i >= 0 && i < end) next.set(name, nextTag(xml, name, end));
  }
  parts.push(xml.slice(pos));
  return { xml: parts.join(''), mergeBlocks };
}

const ROW_OR_CELL = /<(row|c)(?=[\s/>])([^>]*)>/g;
const R_ATTR = /\br="([A-Z]*)([0-9]*)"/;
const MERGE_REF = /\bref="([^"]*)"/g;

export function scanSheetXml(source: string): SheetXmlScan {
  const { xml, mergeBlocks } = cutElements(source);
  let cells = 0;
  let gridCells = 0;
  let row = -1;
  let col = -1;
  let rowWidth = 0;
  let maxRow = -1;
  let maxCol = -1;
  const uncached = new Set<number>();
  // next <f, <v and </c> at or after the current cell, searched again only once passed (linear)
  let nextF = -1;
  let nextV = -1;
  let nextClose = -1;
  const NONE = -2; // no such tag after the last search: never searched again
  const after = (tag: string, cached: number, from: number): number => {
    if (cached === NONE || cached >= from) return cached;
    const i = xml.indexOf(tag, from);
    return i < 0 ? NONE : i;
  };
  const dataStart = xml.indexOf('<sheetData');
  ROW_OR_CELL.lastIndex = dataStart < 0 ? 0 : dataStart;
  for (let m = ROW_OR_CELL.exec(xml); m; m = ROW_OR_CELL.exec(xml)) {
    const r = R_ATTR.exec(m[2]);
    if (m[1] === 'row') {
      gridCells += rowWidth;
      rowWidth = 0;
      row = r && r[2] ? Number(r[2]) - 1 : row + 1;
      col = -1;
      continue;
    }
    cells++;
    col = r && r[1] ? columnIndex(r[1]) : col + 1;
    if (r && r[2]) row = Number(r[2]) - 1;
    if (col + 1 > rowWidth) rowWidth = col + 1;
    if (row > maxRow) maxRow = row;
    if (col > maxCol) maxCol = col;
    if (m[2].endsWith('/')) continue; // <c …/>: no content
    const from = ROW_OR_CELL.lastIndex;
    nextClose = after('</c>', nextClose, from);
    nextF = after('<f', nextF, from);
    if (nextF < 0 || nextClose < 0 || nextF > nextClose) continue;
    nextV = after('<v', nextV, from);
    if (nextV < 0 || nextV > nextClose) uncached.add(row * 16384 + col);
  }
  gridCells += rowWidth;
  // every row up to the last costs an (empty) row in the grid, even when the XML skips it
  gridCells += maxRow + 1;
  const merges: CellRange[] = [];
  let mergeCount = 0;
  let mergedCells = 0;
  for (const block of mergeBlocks) {
    MERGE_REF.lastIndex = 0;
    for (let m = MERGE_REF.exec(block); m; m = MERGE_REF.exec(block)) {
      mergeCount++;
      const range = parseRangeA1(m[1]);
      if (!range || range.r0 > maxRow || range.c0 > maxCol) continue;
      const clipped = { r0: range.r0, c0: range.c0, r1: Math.min(range.r1, maxRow), c1: Math.min(range.c1, maxCol) };
      mergedCells += (clipped.r1 - clipped.r0 + 1) * (clipped.c1 - clipped.c0 + 1);
      merges.push(clipped);
    }
  }
  return { xml, merges, mergeCount, mergedCells, cells, gridCells, uncached };
}
