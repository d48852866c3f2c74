/**
 * How a figure was read: the cell, the line and column it sits on, the layout it came from, and
 * whether the engine is sure of the reading (with the reason when not). Checks trust only sure
 * readings for an error (docs/rules.md, "Read certainty"); an unsure one makes a warning that
 * says what was read and why it is in doubt.
 */
import type { CellRef } from '../grid/types';
import type { Amount, Column, Line, RecognizedTable, TableList } from '../recognize/types';

export interface Reading {
  cell: CellRef;
  /** The table id and title it came from. */
  table: string;
  title: string;
  /** The line's row label (「第6行「总计」」) and the column's header path, when a list holds it. */
  line?: string;
  column?: string;
  /** The layout: 列表 (rows × columns), 表单 (label | value form), 收支两栏 … */
  layout: string;
  sure: boolean;
  /** Why the reading is in doubt (only when !sure), in Chinese. */
  reason?: string;
}

/** Why an amount cell's reading is in doubt, or undefined when it is sure. */
export function amountDoubt(a: Amount, column?: Column): string | undefined {
  if (a.doubt) return a.doubt;
  if (a.problem) return `${a.problem}，按0计`;
  if (column && column.type === 'amount' && !column.virtual && column.path.every((p) => !p.trim())) return '该栏没有表头，栏目含义系推测';
  return undefined;
}

function layoutOf(t: RecognizedTable, list?: TableList): string {
  if (list?.columns.some((c) => c.virtual)) return '表单（标签与数值成对）';
  if (t.lists.some((l) => l.side === 'income')) return '收支两栏';
  return '列表（行×栏）';
}

function lineText(line: Line): string {
  const name = [line.code, line.name || line.label].filter(Boolean).join(' ');
  return `第${line.row + 1}行${name ? `「${name}」` : ''}`;
}

export function readingOf(t: RecognizedTable, list: TableList | undefined, line: Line | undefined, column: Column | undefined, a: Amount): Reading {
  const reason = amountDoubt(a, column);
  return {
    cell: a.cell,
    table: t.id,
    title: t.title || t.sheet,
    ...(line ? { line: lineText(line) } : {}),
    ...(column && !column.virtual ? { column: column.path.filter(Boolean).join(' › ') || column.role || '' } : {}),
    layout: layoutOf(t, list),
    sure: !reason,
    ...(reason ? { reason } : {}),
  };
}

/** An amount cell found in the tables, with everything around it. */
export interface Located {
  table: RecognizedTable;
  list: TableList;
  line: Line;
  column?: Column;
  amount: Amount;
  reading: Reading;
}

const rowIndexes = new WeakMap<TableList, Map<string, Line>>();

/** The line on a sheet's row (a table continued on another sheet holds lines of both). */
function lineAt(list: TableList, sheet: string, row: number): Line | undefined {
  let m = rowIndexes.get(list);
  if (!m) {
    m = new Map();
    for (const l of list.lines) {
      const first = Object.values(l.amounts)[0];
      const k = `${first ? first.cell.sheet : ''}\u0000${l.row}`;
      if (!m.has(k)) m.set(k, l);
    }
    rowIndexes.set(list, m);
  }
  return m.get(`${sheet}\u0000${row}`);
}

/**
 * The amount at a cell, looked up through the table holding it (no index of every cell: a
 * consolidated package holds ~1 M amounts and only the cells of failed checks are asked for).
 */
export function locate(tables: RecognizedTable[], cell: CellRef): Located | undefined {
  for (const t of tables) {
    for (const list of t.lists) {
      // A form's value may sit below its label (another row than the line's): search its lines.
      const lines = list.columns.some((c) => c.virtual) ? list.lines : [lineAt(list, cell.sheet, cell.row)];
      for (const line of lines) {
        if (!line) continue;
        for (const a of Object.values(line.amounts)) {
          if (a.cell.row !== cell.row || a.cell.col !== cell.col || a.cell.sheet !== cell.sheet) continue;
          const column = list.columns.find((c) => line.amounts[c.col] === a);
          return { table: t, list, line, column, amount: a, reading: readingOf(t, list, line, column, a) };
        }
      }
    }
  }
  return undefined;
}
