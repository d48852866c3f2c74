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
  /** Cells of the grid the sheet becomes: each row as wide as its last cell. */
  gridCells: number;
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

/** Cut the named elements out; returns the kept XML and the text of each cut mergeCells element. */
function cutElements(xml: string): { xml: string; mergeBlocks: string[] } {
  const parts: string[] = [];
  const mergeBlocks: string[] = [];
  let pos = 0;
  // the cut elements come after <sheetData> (the schema's order): search from its end
  const dataEnd = xml.lastIndexOf('</sheetData>');
  let from = dataEnd < 0 ? 0 : dataEnd;
  for (;;) {
    let best = -1;
    let bestName = '';
    for (const name of CUT) {
      let i = xml.indexOf(`<${name}`, from);
      while (i >= 0 && !startsTag(xml, i, name)) i = xml.indexOf(`<${name}`, i + 1);
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
    from = end;
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
  }
  gridCells += rowWidth;
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
  return { xml, merges, mergeCount, mergedCells, cells, gridCells };
}
