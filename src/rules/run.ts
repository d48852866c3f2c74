/**
 * Running parsed rules on a model: pick the tables each rule names, evaluate every check, collect
 * failures; a rule whose tables are absent is skipped (and said so), a check whose figures cannot
 * be found is not applicable (never a false error).
 */
import type { BudgetModel } from '../model/types';
import type { TableKind } from '../vocabulary/tables';
import type { RecognizedTable } from '../recognize/types';
import type { Check, CompareCheck, CompareOp, Expr, Rule } from './notation/ast';
import type { Val } from './evaluation/value';
import { compareVals, failure } from './evaluation/compare';
import { describeExpr } from './notation/describe';
import { dominantUnit, type Ctx, type Failure } from './evaluation/context';
import { evalExpr, Missing } from './evaluation/evaluate';
import { mergeRows } from './evaluation/merge-rows';
import { runStructure } from './checks/structure';
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
    const runnable = rule.checks.filter((c) => alwaysRuns(c) || tablesOf([c]).every((t) => model.tablesOf(tableKindOf(t)!).length > 0));
    if (runnable.length === 0) {
      out.skipped.push({ rule, missing: rule.tables.filter((t) => model.tablesOf(tableKindOf(t)!).length === 0) });
      continue;
    }
    // One defective rule must not take the others down: its partial results are dropped.
    const failures: Failure[] = [];
    const notApplicable: NotApplicable[] = [];
    try {
      for (const check of runnable) {
        const kinds = (alwaysRuns(check) ? [] : tablesOf([check])).map((t) => tableKindOf(t)!);
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

function alwaysRuns(c: Check): boolean {
  return c.type === 'structure' && (c.kind === '必备' || c.kind === '内置');
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
  if (check.type === 'structure') return runStructure(rule, check, ctx);
  if (check.perRow) return runPerRow(rule, check, ctx);
  const blocks = expenditureBlocks(check, ctx);
  if (blocks > 1) {
    // Every block of a multi-block 收支总表 (功能分类 / 经济分类 side by side) must add up.
    const out: Failure[] = [];
    for (let b = 0; b < blocks; b++) {
      const r = compareOnce(rule, check, { ...ctx, block: b });
      if (r instanceof Missing) continue;
      out.push(...r);
    }
    return out;
  }
  return compareOnce(rule, check, ctx);
}

const BLOCK_SETS = /^(支出项|功能分类|本年支出项)$/;

function expenditureBlocks(check: CompareCheck, ctx: Ctx): number {
  let n = 1;
  const walk = (e: Expr) => {
    if (e.type === 'sum' && BLOCK_SETS.test(e.set)) {
      const t = ctx.pick.get(tableKindOf(e.table)!);
      if (t) n = Math.max(n, t.lists.filter((l) => l.side === 'expenditure').length);
    } else if (e.type === 'binary') {
      walk(e.left);
      walk(e.right);
    }
  };
  walk(check.left);
  walk(check.right);
  return n;
}

function compareOnce(rule: Rule, check: CompareCheck, ctx: Ctx): Failure[] | Missing {
  const left = evalExpr(check.left, ctx);
  if (left instanceof Missing) return left;
  const right = evalExpr(check.right, ctx);
  if (right instanceof Missing) return right;
  const where = ctx.block !== undefined ? `第${ctx.block + 1}栏支出` : '';
  const c = compareVals(left, check.op, right);
  const f = failure(rule, describeExpr(check.left), left, check.op, describeExpr(check.right), right, c, where);
  if (f && c.outcome === 'error' && holdsOtherwise(left, check.op, right)) {
    // The lines can be read another way (see items.ts) and then agree: not sure enough for an error.
    return [{ ...f, severity: 'warning', message: `${f.message}；但按各项的层级另一种理解（如“一、”级标题之和、“其中”明细不计）则相符，请核对各项的层级与合计口径` }];
  }
  return f ? [f] : [];
}

function holdsOtherwise(left: Val, op: CompareOp, right: Val): boolean {
  const ls = left.alts ?? [];
  const rs = right.alts ?? [];
  return ls.some((y) => compareVals({ ...left, yuan: y }, op, right).outcome !== 'error') || rs.some((y) => compareVals(left, op, { ...right, yuan: y }).outcome !== 'error');
}

function runPerRow(rule: Rule, check: CompareCheck, ctx: Ctx): Failure[] | Missing {
  const t = ctx.pick.get(tableKindOf(check.perRow!)!)!;
  const out: Failure[] = [];
  let missing: Missing | null = null;
  for (const list of t.lists) {
    const rows: Failure[] = [];
    let applicable = true;
    for (const line of list.lines) {
      if (line.kind === 'placeholder' || line.kind === 'note') continue;
      const env = { table: t, list, line };
      const left = evalExpr(check.left, ctx, env);
      const right = left instanceof Missing ? left : evalExpr(check.right, ctx, env);
      if (left instanceof Missing || right instanceof Missing) {
        missing = (left instanceof Missing ? left : (right as Missing));
        applicable = false;
        break;
      }
      const where = `第${line.row + 1}行${line.code || line.name ? `「${[line.code, line.name].filter(Boolean).join(' ')}」` : ''}`;
      const f = failure(rule, describeExpr(check.left), left, check.op, describeExpr(check.right), right, compareVals(left, check.op, right), where);
      if (f) rows.push(f);
    }
    if (applicable) out.push(...mergeRows(rows));
  }
  if (out.length === 0 && missing) return missing;
  return out;
}
