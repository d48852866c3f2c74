/**
 * Running parsed rules on a model: pick the tables each rule names, evaluate every check, collect
 * failures; a rule whose tables are absent is skipped (and said so), a check whose figures cannot
 * be found is not applicable (never a false error).
 */
import type { BudgetModel } from '../model/types';
import type { TableKind } from '../vocabulary/tables';
import type { RecognizedTable } from '../recognize/types';
import type { Check, Rule } from './notation/ast';
import { compareVals } from './evaluation/compare';
import { dominantUnit, type Ctx, type Failure } from './evaluation/context';
import { evalExpr, Missing } from './evaluation/evaluate';
import { runKind, runsOnWholeModel } from './checks/registry';
import { tablesOf } from './notation/parse';
import { tableKindOf } from '../vocabulary/tables';
import { tableToCompare } from './evaluation/table-to-compare';

export interface Skipped {
  rule: Rule;
  /** Table names the workbook lacks. */
  missing: string[];
}

export interface NotApplicable {
  rule: Rule;
  check: Check;
  reason: string;
  /** The name that was not found, when known. */
  what?: string;
}

/** A rule that threw while evaluated (a defect): reported, and the other rules still run. */
export interface Broken {
  rule: Rule;
  message: string;
}

export interface RunResult {
  failures: Failure[];
  skipped: Skipped[];
  notApplicable: NotApplicable[];
  broken: Broken[];
}

export function runParsedRules(rules: Rule[], model: BudgetModel): RunResult {
  const out: RunResult = { failures: [], skipped: [], notApplicable: [], broken: [] };
  const defaultUnit = dominantUnit(model.tables);
  for (const rule of rules) {
    // A check runs when its tables are present; a rule none of whose checks can run is skipped.
    const runnable = rule.checks.filter((c) => runsOnWholeModel(c) || tablesOf([c]).every((t) => model.tablesOf(tableKindOf(t)!).length > 0));
    if (runnable.length === 0) {
      out.skipped.push({ rule, missing: rule.tables.filter((t) => model.tablesOf(tableKindOf(t)!).length === 0) });
      continue;
    }
    // One defective rule must not take the others down: its partial results are dropped.
    const failures: Failure[] = [];
    const notApplicable: NotApplicable[] = [];
    try {
      for (const check of runnable) {
        const kinds = (runsOnWholeModel(check) ? [] : tablesOf([check])).map((t) => tableKindOf(t)!);
        for (const pick of picks(kinds, model)) {
          const ctx: Ctx = { model, pick, defaultUnit };
          const r = runCheck(rule, check, ctx);
          if (r instanceof Missing) notApplicable.push({ rule, check, reason: r.reason, what: r.what });
          else failures.push(...r);
        }
      }
    } catch (e) {
      out.broken.push({ rule, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    out.failures.push(...failures);
    out.notApplicable.push(...notApplicable);
  }
  return out;
}

/** A rule about one kind runs on every table of it; a rule across kinds on the first of each. */
function picks(kinds: TableKind[], model: BudgetModel): Map<TableKind, RecognizedTable>[] {
  const unique = [...new Set(kinds)];
  if (unique.length === 0) return [new Map()];
  if (unique.length === 1) return model.tablesOf(unique[0]).map((t) => new Map([[unique[0], t]]));
  const m = new Map<TableKind, RecognizedTable>();
  for (const k of unique) {
    const t = tableToCompare(model.tablesOf(k));
    if (t) m.set(k, t);
  }
  return [m];
}

function runCheck(rule: Rule, check: Check, ctx: Ctx): Failure[] | Missing {
  if (check.when) {
    const l = evalExpr(check.when.left, ctx);
    if (l instanceof Missing) return l;
    const r = evalExpr(check.when.right, ctx);
    if (r instanceof Missing) return r;
    if (compareVals(l, check.when.op, r).outcome !== 'ok') return [];
  }
  return runKind(rule, check, ctx);
}
