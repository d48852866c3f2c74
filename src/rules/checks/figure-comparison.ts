/**
 * 比较: a = b, a ≤ b, a ≥ b, a ≈ b between two figures of the notation (收支总表.收入总计 =
 * 收支总表.支出总计). A multi-block 收支总表 (功能分类 / 经济分类 side by side) is compared block by
 * block; a failure that holds under another reading of the lines' levels is a warning, not an error.
 */
import type { CompareCheck, CompareOp, Expr, Rule } from '../notation/ast';
import { describeExpr } from '../notation/describe';
import { compareVals, failure } from '../evaluation/compare';
import type { Ctx, Failure } from '../evaluation/context';
import { evalExpr, Missing } from '../evaluation/evaluate';
import type { Val } from '../evaluation/value';
import { tableKindOf } from '../../vocabulary/tables';
import type { CheckPlugin } from './plugin';

function compareFigures(rule: Rule, check: CompareCheck, ctx: Ctx): Failure[] | Missing {
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
    // The lines can be read another way (see model/items.ts) and then agree: not sure enough for an error.
    return [{ ...f, severity: 'warning', message: `${f.message}；但按各项的层级另一种理解（如“一、”级标题之和、“其中”明细不计）则相符，请核对各项的层级与合计口径` }];
  }
  return f ? [f] : [];
}

function holdsOtherwise(left: Val, op: CompareOp, right: Val): boolean {
  const ls = left.alts ?? [];
  const rs = right.alts ?? [];
  return ls.some((y) => compareVals({ ...left, yuan: y }, op, right).outcome !== 'error') || rs.some((y) => compareVals(left, op, { ...right, yuan: y }).outcome !== 'error');
}

export const FIGURE_COMPARISON: CheckPlugin = { family: '比较', kinds: { 比较: { run: compareFigures } } };
