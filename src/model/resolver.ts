/**
 * The one place a name becomes cells. A rule's reference (收支总表.收入总计, 支出总表[2010301].基本支出),
 * a fact of the 说明 (src/narrative/facts.ts) and `=YS.AMOUNT("收支总表","收入总计")` all ask
 * `resolve()`, so the same name is the same cell everywhere. It tries, in this order:
 *  form   — a 整体绩效目标表's form field by its label (资金总额, 财政拨款 …);
 *  figure — a named figure of the model (model.figure: row figures, codes, 类 names, column roles);
 *  label  — a line whose label says the figure (./resolve.ts figureLines: 收入合计 for 收入总计 …);
 *  total-column — the total line's column of that name (支出总表.基本支出), in one-sided tables;
 * and `line` — a line by 科目编码 or label, when the reference names one ([2010301]).
 * Every resolved figure says how it was read: the way (`how`), its lines and columns, each cell's
 * reading (./reading.ts: line, column, layout, sure or not) and the doubts a check must respect.
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';
import type { Amount, Line, RecognizedTable, TableList } from '../recognize/types';
import { mainColumn } from './lines';
import { layoutDoubt } from './layout-doubt';
import { norm } from './line-labels';
import { readingOf, type Reading } from './reading';
import { figureLines, findColumns } from './resolve';
import type { BudgetModel, Figure } from './types';

/** What is asked of one table: a figure name, or a line (code or label); a column optionally. */
export interface FigureRef {
  name?: string;
  line?: string;
  column?: string;
}

export type ReadWay = 'form' | 'figure' | 'label' | 'total-column' | 'line';

export interface Resolved extends Figure {
  how: ReadWay;
  list?: TableList;
  /** The lines read (none for a form field) and the columns summed on each of them. */
  lines: Line[];
  columns: number[];
  /** The amounts read, for the printed precision of the 尾差 tolerance (none for a form field). */
  amounts: (Amount | undefined)[];
  /** Every cell's reading: where it sits, the layout it came from, sure or not and why. */
  readings: Reading[];
  /** Why the figure is in doubt (the cells' doubts, then the layout's), [] when it is sure. */
  doubts: string[];
}

/** The name (or `line.column`) that the table does not have. */
export interface NotResolved {
  missing: string;
}

export function isResolved(r: Resolved | NotResolved): r is Resolved {
  return !('missing' in r);
}

/** The columns a reference reads on a list: the named one(s), else the main column. */
export function columnsFor(list: TableList, column: string | undefined): number[] | undefined {
  if (!column) {
    const m = mainColumn(list);
    return m ? [m.col] : undefined;
  }
  return findColumns(list, column)?.map((c) => c.col);
}

const unique = (ds: (string | undefined)[]): string[] => [...new Set(ds.filter((d): d is string => !!d))];

function onLines(how: ReadWay, name: string, t: RecognizedTable, list: TableList, lines: Line[], cols: number[], extraDoubt?: string): Resolved {
  let value = new Decimal(0);
  const cells: CellRef[] = [];
  const amounts: (Amount | undefined)[] = [];
  const readings: Reading[] = [];
  const doubts: (string | undefined)[] = [];
  let blank = true;
  for (const line of lines) {
    for (const c of cols) {
      const a = line.amounts[c];
      amounts.push(a);
      if (!a) {
        cells.push({ sheet: t.sheet, row: line.row, col: c });
        continue;
      }
      value = value.plus(a.value);
      cells.push(a.cell);
      blank &&= a.blank;
      // the recognized doubt of the cell (a guessed value cell, a PDF cell outside the grid …)
      doubts.push(a.doubt);
      readings.push(readingOf(t, list, line, list.columns.find((x) => x.col === c), a));
    }
  }
  const reading = readings.find((r) => !r.sure) ?? readings[0];
  return {
    name,
    value,
    unit: t.unit,
    cells,
    table: t,
    ...(lines.length === 1 ? { line: lines[0] } : {}),
    blank,
    ...(reading ? { reading } : {}),
    how,
    list,
    lines,
    columns: cols,
    amounts,
    readings,
    doubts: unique([...doubts, extraDoubt]),
  };
}

function fromFigure(f: Figure, extraDoubt?: string): Resolved {
  const list = f.line ? f.table.lists.find((l) => l.lines.includes(f.line!)) : undefined;
  const line = f.line;
  return {
    ...f,
    how: 'figure',
    ...(list ? { list } : {}),
    lines: line ? [line] : [],
    columns: f.cells.map((c) => c.col),
    amounts: line ? f.cells.filter((c) => c.row === line.row).map((c) => line.amounts[c.col]) : [],
    readings: f.reading ? [f.reading] : [],
    doubts: unique([f.reading?.reason, extraDoubt]),
  };
}

/** A name, or a line and column, of one recognized table → its cells, with how they were read. */
export function resolve(model: BudgetModel, t: RecognizedTable, ref: FigureRef): Resolved | NotResolved {
  if (ref.line !== undefined) {
    for (const list of t.lists) {
      const line = list.lines.find((l) => l.code === ref.line || norm(l.name) === norm(ref.line!));
      if (!line) continue;
      const cols = columnsFor(list, ref.column);
      if (!cols) return { missing: `${ref.line}.${ref.column ?? '金额'}` };
      return onLines('line', ref.line, t, list, [line], cols);
    }
    return { missing: ref.line };
  }
  const name = ref.name ?? '';
  if (t.kind === 'performance_overall' && !ref.column) {
    const key = norm(name);
    const ff = t.formFields?.find((f) => f.name === key);
    if (ff) {
      const doubts = unique([ff.doubt]);
      const reading: Reading = { cell: ff.cell, table: t.id, title: t.title || t.sheet, layout: '表单（标签与数值成对）', sure: !ff.doubt, ...(ff.doubt ? { reason: ff.doubt } : {}) };
      return { name, value: ff.value, unit: t.unit, cells: [ff.cell], table: t, blank: false, reading, how: 'form', lines: [], columns: [], amounts: [], readings: [reading], doubts };
    }
  }
  const f = model.figure(t.kind, ref.column ? `${name}[${ref.column}]` : name, t);
  if (f) return fromFigure(f, layoutDoubt(t, name));
  const found = figureLines(t, name);
  if (found) {
    const cols = columnsFor(found.list, ref.column);
    if (!cols) return { missing: `${name}.${ref.column ?? '金额'}` };
    return onLines('label', name, t, found.list, found.lines, cols, layoutDoubt(t, name));
  }
  if (!ref.column && t.lists.every((l) => l.side === 'main')) {
    // 支出总表.基本支出: the total line's column of that name. (Not in a two-sided table: there
    // the total line of a side mixes this year with carry-overs.)
    for (const list of t.lists) {
      const total = list.lines.find((l) => l.kind === 'total');
      const cols = findColumns(list, name);
      if (total && cols) return onLines('total-column', name, t, list, [total], cols.map((c) => c.col));
    }
  }
  return { missing: name };
}

/** The resolved figure of a name, or undefined (for callers that only need to know it is there). */
export function resolveFigure(model: BudgetModel, t: RecognizedTable, name: string, column?: string): Resolved | undefined {
  const r = resolve(model, t, { name, ...(column ? { column } : {}) });
  return isResolved(r) ? r : undefined;
}
