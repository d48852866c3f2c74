/**
 * Evaluating expressions of the notation against recognized tables (through the model's named
 * figures first, the table's lines second). A reference that cannot be found makes the check
 * not applicable (Missing), never a false error.
 */
import type { Figure } from '../../model/types';
import type { Line, RecognizedTable, TableList } from '../../recognize/types';
import type { Expr, RefExpr, SumExpr } from '../notation/ast';
import { unitOf, type Ctx } from './context';
import { projectFormsTotal } from './project-forms';
import { figureLines, findColumns, lineSet, norm } from '../../model/resolve';
import { mainColumn } from '../../model/lines';
import { tableKindOf } from '../../vocabulary/tables';
import { combine, fromAmount, literal, zero, type Val } from './value';
import { withPrintedPrecision } from './printed-precision';
import { withSourceOfFundsDoubt } from './source-of-funds';
import Decimal from 'decimal.js';

export class Missing {
  /** `what`: the figure, line, set or column name that was not found (for the user's own rules). */
  constructor(public reason: string, public what?: string) {}
}

/** Row context for 逐行 checks: a bare name is a column of this line. */
export interface RowEnv {
  table: RecognizedTable;
  list: TableList;
  line: Line;
}

export function evalExpr(e: Expr, ctx: Ctx, row?: RowEnv): Val | Missing {
  switch (e.type) {
    case 'number':
      return literal(e.value, row ? unitOf(row.table, ctx) : ctx.defaultUnit);
    case 'binary': {
      const a = evalExpr(e.left, ctx, row);
      if (a instanceof Missing) return a;
      const b = evalExpr(e.right, ctx, row);
      if (b instanceof Missing) return b;
      return combine(a, b, e.op);
    }
    case 'column': {
      if (!row) return new Missing(`「${e.name}」不是表名`);
      const cols = findColumns(row.list, e.name);
      const unit = unitOf(row.table, ctx);
      if (!cols) return e.optional ? zero(unit) : new Missing(`${row.table.sheet} 没有「${e.name}」栏`, e.name);
      return lineValue(row.table, row.line, cols.map((c) => c.col), unit);
    }
    case 'ref':
      return evalRef(e, ctx);
    case 'sum':
      return evalSum(e, ctx);
  }
}

function tableFor(name: string, ctx: Ctx): RecognizedTable | Missing {
  const kind = tableKindOf(name);
  const t = kind ? ctx.pick.get(kind) : undefined;
  return t ?? new Missing(`缺少${name}`);
}

function lineValue(t: RecognizedTable, line: Line, cols: number[], unit: Val['unit']): Val {
  let v = new Decimal(0);
  const cells = [];
  const doubts: string[] = [];
  for (const c of cols) {
    const a = line.amounts[c];
    if (a) {
      v = v.plus(a.value);
      cells.push(a.cell);
      if (a.doubt) doubts.push(a.doubt);
    } else cells.push({ sheet: t.sheet, row: line.row, col: c });
  }
  const val = withDoubt(fromAmount(v, unit, cells, t.id, cols.length), ...doubts);
  return withPrintedPrecision(val, cols.map((c) => line.amounts[c]), unit);
}

function withDoubt(v: Val, ...doubts: (string | undefined)[]): Val {
  const ds = doubts.filter((d): d is string => !!d);
  return ds.length ? { ...v, doubts: ds } : v;
}

function figureVal(f: Figure, t: RecognizedTable, ctx: Ctx): Val {
  const unit = f.unit ?? unitOf(t, ctx);
  const val = withDoubt(fromAmount(f.value, unit, f.cells, t.id, 1), f.reading?.reason);
  const line = f.line;
  return line ? withPrintedPrecision(val, f.cells.filter((c) => c.row === line.row).map((c) => line.amounts[c.col]), unit) : val;
}

function evalRef(e: RefExpr, ctx: Ctx): Val | Missing {
  const t = tableFor(e.table, ctx);
  if (t instanceof Missing) return t;
  const unit = unitOf(t, ctx);
  // An empty list table's figures are 0; a form's field not found is not 0 (its label may be
  // written another way, or the form read as empty holds numbers the engine could not place).
  const emptyList = t.empty && !t.kind.startsWith('performance');
  const absent = (what: string) => (e.optional || emptyList ? zero(unit) : new Missing(`${t.sheet} 中找不到「${what}」`, what));
  if (e.line !== undefined) {
    for (const list of t.lists) {
      const line = list.lines.find((l) => l.code === e.line || norm(l.name) === norm(e.line!));
      if (!line) continue;
      const cols = columnsFor(list, e.column);
      if (!cols) return absent(`${e.line}.${e.column ?? '金额'}`);
      return lineValue(t, line, cols, unit);
    }
    return absent(e.line);
  }
  const name = e.name!;
  if (t.kind === 'performance_overall' && !e.column) {
    const key = norm(name);
    const ff = t.formFields?.find((f) => f.name === key);
    if (ff) return withDoubt(fromAmount(ff.value, unit, [ff.cell], t.id, 1), ff.doubt);
  }
  if (t.kind === 'performance_project' && !e.column) {
    const forms = projectFormsTotal(ctx.model, name, unit);
    if (forms) return forms;
  }
  const f = ctx.model.figure(tableKindOf(e.table)!, e.column ? `${name}[${e.column}]` : name, t);
  if (f) return withSourceOfFundsDoubt(figureVal(f, t, ctx), t, name);
  const found = figureLines(t, name);
  if (found) {
    const cols = columnsFor(found.list, e.column);
    if (!cols) return absent(`${name}.${e.column ?? '金额'}`);
    return withSourceOfFundsDoubt(found.lines.map((l) => lineValue(t, l, cols, unit)).reduce((a, b) => combine(a, b, '+')), t, name);
  }
  if (!e.column && t.lists.every((l) => l.side === 'main')) {
    // 支出总表.基本支出: the total line's column of that name. (Not in a two-sided table: there
    // the total line of a side mixes this year with carry-overs.)
    for (const list of t.lists) {
      const total = list.lines.find((l) => l.kind === 'total');
      const cols = findColumns(list, name);
      if (total && cols) return lineValue(t, total, cols.map((c) => c.col), unit);
    }
  }
  return absent(name);
}

function evalSum(e: SumExpr, ctx: Ctx): Val | Missing {
  const t = tableFor(e.table, ctx);
  if (t instanceof Missing) return t;
  const unit = unitOf(t, ctx);
  const sets = lineSet(t, e.set);
  const chosen = ctx.block !== undefined && sets.length > 1 ? sets[ctx.block] : sets.find((s) => s.lines.length > 0);
  const first = chosen && chosen.lines.length > 0 ? chosen : undefined;
  if (!first) return e.optional || t.empty ? zero(unit) : new Missing(`${t.sheet} 中找不到「${e.set}」`, e.set);
  const cols = columnsFor(first.list, e.column);
  if (!cols) return new Missing(`${t.sheet} 中找不到「${e.column ?? '金额'}」栏`, e.column);
  const sum = (lines: Line[]) => lines.reduce<Val>((acc, l) => combine(acc, lineValue(t, l, cols, unit), '+'), { ...zero(unit), tables: [t.id] });
  const acc = sum(first.lines);
  // Other readings of the same lines (numbering levels, 其中 continuations): see items.ts.
  if (first.alternatives) acc.alts = first.alternatives.map((ls) => sum(ls).yuan);
  return acc;
}

function columnsFor(list: TableList, column: string | undefined): number[] | undefined {
  if (!column) {
    const m = mainColumn(list);
    return m ? [m.col] : undefined;
  }
  return findColumns(list, column)?.map((c) => c.col);
}
