/**
 * 逐行 表：a = b — the comparison in every data row of a table, where a bare name is a column of the
 * row (逐行 支出表：合计 = 基本支出 + 项目支出). Rows failing the same way are merged into one finding.
 */
import type { CompareCheck, Rule } from '../notation/ast';
import { describeExpr } from '../notation/describe';
import { compareVals, failure } from '../evaluation/compare';
import type { Ctx, Failure } from '../evaluation/context';
import { evalExpr, Missing } from '../evaluation/evaluate';
import { mergeRows } from '../evaluation/merge-rows';
import { tableKindOf } from '../../vocabulary/tables';
import type { CheckPlugin } from './plugin';

function perRow(rule: Rule, check: CompareCheck, ctx: Ctx): Failure[] | Missing {
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

export const PER_ROW: CheckPlugin = { family: '逐行', kinds: { 逐行: { run: perRow } } };
