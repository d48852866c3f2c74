/**
 * 科目编码 that no classification has: a published table's typo (「7 / 11 / 02 事业单位医疗」 for
 * 210 11 02). Such a line is neither a 类 nor a unit: it gets one warning and stays out of the
 * hierarchy sums, so that one typo does not turn into a cascade of false 类/合计 errors.
 */
import type { CellRef } from '../grid/types';
import type { Line, TableList } from '../recognize/types';
import { classify, toHalfWidth } from '../catalog';

/**
 * The codes as written in the 类/款/项 columns of a line: one per header group (部门经济分类 and
 * 政府经济分类 side by side are two codes), each as its segments. Null when a cell is not digits.
 */
function writtenCodes(list: TableList, line: Line): { segments: string[]; cells: CellRef[] }[] | null {
  const groups = new Map<string, { segments: string[]; cells: CellRef[] }>();
  for (const c of list.columns) {
    if (c.type !== 'code') continue;
    const text = toHalfWidth(line.texts?.[c.col] ?? '').trim();
    if (!text) continue;
    if (!/^\d+$/.test(text)) return null;
    const key = c.path.slice(0, -1).join('/');
    const g = groups.get(key) ?? { segments: [], cells: [] };
    g.segments.push(text);
    g.cells.push({ sheet: cellSheet(line), row: line.row, col: c.col });
    groups.set(key, g);
  }
  return groups.size ? [...groups.values()] : null;
}

function cellSheet(line: Line): string {
  return Object.values(line.amounts)[0]?.cell.sheet ?? '';
}

/** A split 类/款/项 code is 3 + 2 + 2 digits; a joined one 3, 5 or 7 digits; its 类 must be known to the catalog. */
function valid(segments: string[]): boolean {
  // Codes of two classifications side by side (部门经济分类 30107 | 政府经济分类 50501): each whole.
  if (segments.length > 1 && segments.every((s) => s.length >= 3 && s.length !== 4)) return segments.every((s) => classify(s) !== null);
  // A 款/项 typed as a number loses its leading zero (「03」 → 3): that is formatting, not a typo.
  if (segments.length > 1) segments = [segments[0], ...segments.slice(1).map((s) => s.padStart(2, '0'))];
  if (segments.length > 1 && (segments[0].length !== 3 || segments.slice(1).some((s) => s.length !== 2))) return false;
  const code = segments.join('');
  if (![3, 5, 7].includes(code.length)) return segments.length === 1 ? true : false;
  return classify(code) !== null;
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
  for (const line of list.lines) {
    const ws = writtenCodes(list, line);
    if (!ws) continue;
    const bad = ws.find((w) => {
      const split = w.segments.length > 1;
      if (!split && !(line.code && line.kind !== 'unit' && [3, 5, 7].includes(line.code.length))) return false;
      return !valid(w.segments);
    });
    if (bad) out.push({ line, code: bad.segments.join(' '), cells: bad.cells });
  }
  return out;
}
