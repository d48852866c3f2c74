/**
 * Evaluating expressions of the notation against recognized tables (through the model's named
 * figures first, the table's lines second). A reference that cannot be found makes the check
 * not applicable (Missing), never a false error.
 */
import type { Line, RecognizedTable, TableList } from '../../recognize/types';
import type { Expr, RefExpr, SumExpr } from '../notation/ast';
import { unitOf, type Ctx } from './context';
import { projectFormsTotal } from './project-forms';
import { findColumns, lineSet } from '../../model/resolve';
import { columnsFor, isResolved, resolve, type Resolved } from '../../model/resolver';
import { tableKindOf } from '../../vocabulary/tables';
import { combine, fromAmount, literal, zero, type Val } from './value';
import { withPrintedPrecision } from './printed-precision';
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

/** A resolved figure as a value: its cells, exact sum, printed precision, and the doubts it carries. */
function resolvedVal(r: Resolved, t: RecognizedTable, ctx: Ctx): Val {
  const unit = r.how === 'figure' ? r.unit ?? unitOf(t, ctx) : unitOf(t, ctx);
  if (r.how === 'form') return withDoubt(fromAmount(r.value, unit, r.cells, t.id, 1), ...r.doubts);
  if (r.how === 'figure') {
    const val = withDoubt(fromAmount(r.value, unit, r.cells, t.id, 1), ...r.doubts);
    return r.line ? withPrintedPrecision(val, r.amounts, unit) : val;
  }
  // lines × columns: each line's value keeps its own printed precision, then they are added
  const val = r.lines.map((l) => lineValue(t, l, r.columns, unit)).reduce((a, b) => combine(a, b, '+'));
  const { doubts: _cells, ...rest } = val;
  return withDoubt(rest, ...r.doubts);
}

function evalRef(e: RefExpr, ctx: Ctx): Val | Missing {
  const t = tableFor(e.table, ctx);
  if (t instanceof Missing) return t;
  const unit = unitOf(t, ctx);
  if (t.kind === 'performance_project' && e.line === undefined && !e.column) {
    // one form per project: the package's total over every form (not a figure of one table)
    const forms = projectFormsTotal(ctx.model, e.name!, unit);
    if (forms) return forms;
  }
  const r = resolve(ctx.model, t, { name: e.name, line: e.line, column: e.column });
  if (isResolved(r)) return resolvedVal(r, t, ctx);
  // An empty list table's figures are 0; a form's field not found is not 0 (its label may be
  // written another way, or the form read as empty holds numbers the engine could not place).
  const emptyList = t.empty && !t.kind.startsWith('performance');
  return e.optional || emptyList ? zero(unit) : new Missing(`${t.sheet} 中找不到「${r.missing}」`, r.missing);
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
