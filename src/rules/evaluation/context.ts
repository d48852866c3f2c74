/**
 * Evaluation context: which recognized table stands for each table name of a rule, the default
 * unit for tables whose unit label is missing, and the failures collected.
 */
import type { CellRef } from '../../grid/types';
import type { BudgetModel } from '../../model/types';
import type { TableKind } from '../../vocabulary/tables';
import type { RecognizedTable, Unit } from '../../recognize/types';
import type { Rule } from '../notation/ast';
import type { Outcome } from './value';

/** One failed relation, before it becomes a Finding. */
export interface Failure {
  rule: Rule;
  outcome: Exclude<Outcome, 'ok'>;
  message: string;
  /** The message without the rule name, for merged findings ("第5行：合计 3.37 ≠ …"). */
  detail?: string;
  /** The figure(s) being checked (a total, a subtotal, a copied figure). */
  totals: CellRef[];
  /** The figures it is compared with (summands, the other table's figure). */
  parts: CellRef[];
  expected?: string;
  actual?: string;
  difference?: string;
  tables: string[];
  /** For findings that are not a failed balance (科目 names, unit labels): their own severity. */
  severity?: 'error' | 'warning' | 'info';
  /** The unit expected/actual/difference are printed in (for the doubt signs, doubt.ts). */
  unit?: Unit;
  /** Why an input of this check was read uncertainly (Val.doubts): an error becomes a warning. */
  doubts?: string[];
  /** Set by doubt.ts when the failure was made a warning for doubt: what was read and why. */
  doubt?: string;
}

export interface Ctx {
  model: BudgetModel;
  /** The table chosen for each kind in this evaluation. */
  pick: Map<TableKind, RecognizedTable>;
  defaultUnit: Unit;
  /** For a multi-block 收支总表: which expenditure block a 支出项 sum takes (default: the first). */
  block?: number;
}

/** The unit most tables of the package are printed in (for tables whose unit label is missing). */
export function dominantUnit(tables: RecognizedTable[]): Unit {
  let wan = 0;
  let yuan = 0;
  for (const t of tables) {
    if (t.unit === '万元') wan++;
    else if (t.unit === '元') yuan++;
  }
  return yuan > wan ? '元' : '万元';
}

export function unitOf(t: RecognizedTable, ctx: Ctx): Unit {
  return t.unit ?? ctx.defaultUnit;
}
