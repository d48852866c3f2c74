/**
 * 科目编码 that no classification has: a published table's typo (「7 / 11 / 02 事业单位医疗」 for
 * 210 11 02). Such a line is neither a 类 nor a unit: it gets one warning and stays out of the
 * hierarchy sums, so that one typo does not turn into a cascade of false 类/合计 errors.
 */
import type { CellRef } from '../../grid/types';
import type { Line, TableList } from '../../recognize/types';
import { classify } from '../../catalog';
import { toHalfWidth } from '../../vocabulary/fold';

interface CodeColumn {
  col: number;
  /** The header group the column belongs to: 部门经济分类 and 政府经济分类 side by side are two codes. */
  group: string;
}

function codeColumns(list: TableList): CodeColumn[] {
  return list.columns.filter((c) => c.type === 'code').map((c) => ({ col: c.col, group: c.path.slice(0, -1).join('/') }));
}

/** Digits of a code cell; full-width digits accepted; null when the cell is not digits. */
function digits(raw: string): string | null {
  const text = /^\s*\d+\s*$/.test(raw) ? raw.trim() : toHalfWidth(raw, 'ascii').trim(); // the common case skips the mapping
  return /^\d+$/.test(text) ? text : null;
}

/**
 * The codes as written in the 类/款/项 columns of a line, one per header group, each as its
 * segments with their columns. Null when a cell is not digits. Hot path (every line of every
 * coded table): no cell references are built here, only for the lines found invalid.
 */
function writtenCodes(columns: CodeColumn[], line: Line): { segments: string[]; cols: number[] }[] | null {
  const texts = line.texts;
  if (!texts) return null;
  let groups: Map<string, { segments: string[]; cols: number[] }> | null = null;
  for (const c of columns) {
    const raw = texts[c.col];
    if (!raw) continue;
    const d = digits(raw);
    if (d === null) return null;
    groups ??= new Map();
    const g = groups.get(c.group);
    if (g) {
      g.segments.push(d);
      g.cols.push(c.col);
    } else groups.set(c.group, { segments: [d], cols: [c.col] });
  }
  return groups ? [...groups.values()] : null;
}

function cellSheet(line: Line): string {
  return Object.values(line.amounts)[0]?.cell.sheet ?? '';
}

/**
 * A code some classification has. A 7-digit 经济科目 is a region's subdivision of a 款 (西安
 * 「3010201 津贴补贴」 under 30102): valid when its 5-digit 款 is.
 */
function known(code: string): boolean {
  if (classify(code) !== null) return true;
  return code.length === 7 && code[0] === '3' && classify(code.slice(0, 5)) === 'economic';
}

/** A split 类/款/项 code is 3 + 2 + 2 digits; a joined one 3, 5 or 7 digits; its 类 must be known to the catalog. */
function valid(segments: string[]): boolean {
  // Codes of two classifications side by side (部门经济分类 30107 | 政府经济分类 50501): each whole.
  if (segments.length > 1 && segments.every((s) => s.length >= 3 && s.length !== 4)) return segments.every(known);
  // A 款/项 typed as a number loses its leading zero (「03」 → 3): that is formatting, not a typo.
  if (segments.length > 1) segments = [segments[0], ...segments.slice(1).map((s) => s.padStart(2, '0'))];
  if (segments.length > 1 && (segments[0].length !== 3 || segments.slice(1).some((s) => s.length !== 2))) return false;
  const code = segments.join('');
  if (![3, 5, 7].includes(code.length)) return segments.length === 1 ? true : false;
  return known(code);
}

export interface InvalidCode {
  line: Line;
  code: string;
  cells: CellRef[];
}

/**
 * Lines whose written 科目编码 is invalid. A single-column number is only judged when it is read as
 * a 科目 code (unit codes such as 「106001」 sit in the same column and are not 科目).
 */
export function invalidCodes(list: TableList): InvalidCode[] {
  const out: InvalidCode[] = [];
  const columns = codeColumns(list);
  if (columns.length === 0) return out;
  for (const line of list.lines) {
    const ws = writtenCodes(columns, line);
    if (!ws) continue;
    const bad = ws.find((w) => {
      const split = w.segments.length > 1;
      if (!split && !(line.code && line.kind !== 'unit' && [3, 5, 7].includes(line.code.length))) return false;
      return !valid(w.segments);
    });
    if (bad) {
      const sheet = cellSheet(line);
      out.push({ line, code: bad.segments.join(' '), cells: bad.cols.map((col) => ({ sheet, row: line.row, col })) });
    }
  }
  return out;
}
