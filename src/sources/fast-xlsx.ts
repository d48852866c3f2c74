/**
 * A lean .xlsx reader for the CLI: the sheets straight from the XML into SheetGrids, without
 * building exceljs' document model (a Row and a Cell object with its style per cell), which is
 * most of a bare exceljs load's time and memory and all of its garbage on a 1 M-cell workbook.
 *
 * It gives the grid the exceljs source (xlsx.ts) gives — values as Excel reports them (formula
 * results, rich text and inline strings flattened, errors as { error }), merges with their slave
 * cells blank, hidden rows and columns, sheet visibility — and nothing else (no formats or
 * formulas: recognition does not read them). It is a fast path only: anything it does not know
 * (no workbook part, an entry too big to inflate safely, a malformed part) throws, and the caller
 * reads the file through the exceljs source instead, which also gives the Chinese reasons for bad
 * files (test/sources/fast-xlsx.test.ts: the same grids as xlsx.ts on every workbook we have).
 */
import JSZip from 'jszip';
import { parseRangeA1 } from '../grid/address';
import { NO_CACHED_RESULT, type CellRange, type CellValue, type SheetGrid } from '../grid/types';

/** An XML part bigger than this is left to the exceljs path (and to its guards). */
const MAX_PART_BYTES = 400 * 1024 * 1024;

const ENTITY: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITY[e],
  );
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : undefined;
}

async function part(zip: JSZip, path: string): Promise<string | null> {
  const f = zip.file(path);
  if (!f) return null;
  const size = (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  if (typeof size === 'number' && size > MAX_PART_BYTES) throw new Error(`part ${path} too big`);
  return f.async('string');
}

/** Text of a <si> or an <is>: its <t> runs joined, phonetic guides (<rPh>) left out. */
const T = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>|<(?:\w+:)?t\s*\/>/g;
function runsText(xml: string): string {
  const body = xml.indexOf('rPh') >= 0 ? xml.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, '') : xml;
  let out = '';
  T.lastIndex = 0;
  for (let m = T.exec(body); m; m = T.exec(body)) if (m[1]) out += m[1];
  return decode(out);
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const SI = /<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
  for (let m = SI.exec(xml); m; m = SI.exec(xml)) out.push(m[1] ? runsText(m[1]) : '');
  return out;
}

/** "AB12" → 0-based column (27); the row part is read apart. */
function colOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k < 65 || k > 90) break;
    c = c * 26 + (k - 64);
  }
  return c - 1;
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const V = /<(?:\w+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?v>/;
const IS = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/;
const MERGE = /<(?:\w+:)?mergeCell\b[^>]*?\sref="([^"]+)"/g;
const COL = /<(?:\w+:)?col\b([^>]*?)\/?>/g;

function cellValue(attrs: string, body: string | undefined, shared: string[]): CellValue {
  if (!body) return null;
  const t = attrs.indexOf(' t="') >= 0 || attrs.startsWith('t="') ? attr(attrs, 't') : undefined;
  if (t === 'inlineStr') {
    const is = IS.exec(body);
    return is ? runsText(is[1]) : null;
  }
  const v = V.exec(body);
  // a formula saved without its result (a library that does not calculate): as the exceljs source says it
  if (!v) return /<(?:\w+:)?f[\s>/]/.test(body) ? { error: NO_CACHED_RESULT } : null;
  const text = v[1];
  if (text === '' && t !== 's' && t !== 'str') return null; // <v></v>: a formula whose result is ""

  switch (t) {
    case 's': {
      const s = shared[parseInt(text, 10)];
      return s === undefined ? null : s;
    }
    case 'str':
    case 'd':
      return decode(text);
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: decode(text) };
    default: {
      // Excel writes the shortest round-trip decimal; Number() reads it exactly as exceljs does
      const n = Number(text);
      return Number.isNaN(n) ? decode(text) : n;
    }
  }
}

function sheetGrid(xml: string, name: string, index: number, state: string | undefined, shared: string[], given?: CellRange[]): SheetGrid {
  const merges: CellRange[] = given ? [...given] : [];
  const data = xml.indexOf('sheetData');
  MERGE.lastIndex = Math.max(0, xml.lastIndexOf('sheetData'));
  for (let m = given ? null : MERGE.exec(xml); m; m = MERGE.exec(xml)) {
    const r = parseRangeA1(m[1]);
    if (r) merges.push(r);
  }
  // Slave cells of merges are blank (as Office.js reports them): per row, the columns to blank.
  const slaves = new Map<number, number[][]>();
  for (const m of merges) {
    for (let r = m.r0; r <= m.r1; r++) {
      const list = slaves.get(r) ?? [];
      list.push([r === m.r0 ? m.c0 + 1 : m.c0, m.c1]);
      slaves.set(r, list);
    }
  }
  const values: CellValue[][] = [];
  const hiddenRows: number[] = [];
  let width = 0;
  let lastRow = -1;
  ROW.lastIndex = Math.max(0, data);
  for (let m = ROW.exec(xml); m; m = ROW.exec(xml)) {
    const rAttr = attr(m[1], 'r');
    const r = rAttr ? parseInt(rAttr, 10) - 1 : lastRow + 1;
    lastRow = r;
    const hidden = attr(m[1], 'hidden');
    if (hidden === '1' || hidden === 'true') hiddenRows.push(r);
    const row: CellValue[] = [];
    const body = m[2];
    if (body) {
      let lastCol = -1;
      CELL.lastIndex = 0;
      for (let c = CELL.exec(body); c; c = CELL.exec(body)) {
        const ref = attr(c[1], 'r');
        const col = ref ? colOf(ref) : lastCol + 1;
        lastCol = col;
        const v = cellValue(c[1], c[2], shared);
        if (v !== null) row[col] = v;
      }
    }
    const blanks = slaves.get(r);
    if (blanks) for (const [c0, c1] of blanks) for (let c = c0; c <= c1 && c < row.length; c++) row[c] = null as unknown as CellValue;
    // trailing blanks do not make a row longer (exceljs' eachCell skips empty cells the same way)
    let len = row.length;
    while (len > 0 && (row[len - 1] === undefined || row[len - 1] === null)) len--;
    const dense: CellValue[] = new Array(len);
    for (let i = 0; i < len; i++) dense[i] = row[i] === undefined ? null : row[i];
    values[r] = dense;
    if (len > width) width = len;
  }
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const hiddenCols: number[] = [];
  const head = data >= 0 ? xml.slice(0, data) : '';
  COL.lastIndex = 0;
  for (let m = COL.exec(head); m; m = COL.exec(head)) {
    const h = attr(m[1], 'hidden');
    if (h !== '1' && h !== 'true') continue;
    const min = parseInt(attr(m[1], 'min') ?? '0', 10);
    const max = Math.min(parseInt(attr(m[1], 'max') ?? '0', 10), width);
    for (let c = min; c <= max; c++) hiddenCols.push(c - 1);
  }
  return {
    name,
    index,
    top: 0,
    left: 0,
    values,
    merges,
    hiddenRows,
    hiddenCols,
    visibility: state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible',
  };
}

/**
 * The workbook's sheets as grids; throws on anything unusual (the caller falls back to exceljs).
 * `merges` by sheet name, when the package was prepared (src/sources/xlsx-package.ts: merges read
 * and clipped there, removed from the XML), replaces reading them from the sheet XML.
 */
export async function readXlsxGrids(data: Uint8Array | ArrayBuffer, merges?: Map<string, CellRange[]>): Promise<SheetGrid[]> {
  const zip = await JSZip.loadAsync(data);
  const book = await part(zip, 'xl/workbook.xml');
  const rels = await part(zip, 'xl/_rels/workbook.xml.rels');
  if (!book || !rels) throw new Error('no xl/workbook.xml');
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], 'Id');
    const type = attr(m[1], 'Type') ?? '';
    const target = attr(m[1], 'Target');
    if (id && target && /\/worksheet$/.test(type)) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const shared = sharedStrings(await part(zip, 'xl/sharedStrings.xml'));
  const grids: SheetGrid[] = [];
  for (const m of book.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)) {
    const id = attr(m[1], 'r:id') ?? /\s[\w]+:id="([^"]*)"/.exec(m[1])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (!target) continue; // a chart sheet: no cells
    const xml = await part(zip, target);
    if (xml === null) throw new Error(`missing ${target}`);
    const name = attr(m[1], 'name') ?? '';
    grids.push(sheetGrid(xml, name, grids.length, attr(m[1], 'state'), shared, merges?.get(name)));
  }
  return grids;
}
