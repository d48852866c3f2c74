/**
 * Comparisons: a = b, a ≤ b, a ≥ b, a ≈ b between two evaluated sides, with the 尾差 policy, and
 * the Chinese sentence that says what does not agree.
 */
import Decimal from 'decimal.js';
import type { CellRef } from '../../grid/types';
import type { CompareOp, Rule } from '../notation/ast';
import type { Failure } from './context';
import { judge, show, tolerance, type Outcome, type Val } from './value';

export interface Compared {
  outcome: Outcome;
  /** left − right, in 元. */
  diff: Decimal;
}

export function compareVals(left: Val, op: CompareOp, right: Val): Compared {
  const diff = left.yuan.minus(right.yuan);
  const tol = tolerance(left, right);
  if (op === '=' || op === '≈') return { outcome: judge(diff, tol), diff };
  const excess = op === '<=' ? diff : diff.negated(); // > 0 means violated
  if (excess.lte(0)) return { outcome: 'ok', diff };
  return { outcome: excess.lte(tol) ? 'rounding' : 'error', diff };
}

const VIOLATED: Record<CompareOp, string> = { '=': '≠', '≈': '≠', '<=': '>', '>=': '<' };

/** Which side is "the figure being checked": the single figure against a sum, else both. */
function sides(left: Val, right: Val): { totals: CellRef[]; parts: CellRef[] } {
  if (left.count <= 1 && right.count > 1) return { totals: left.cells, parts: right.cells };
  if (right.count <= 1 && left.count > 1) return { totals: right.cells, parts: left.cells };
  return { totals: [...left.cells, ...right.cells], parts: [] };
}

export function failure(
  rule: Rule,
  leftText: string,
  left: Val,
  op: CompareOp,
  rightText: string,
  right: Val,
  c: Compared,
  where = '',
): Failure | null {
  if (c.outcome === 'ok') return null;
  const unit = left.count > 0 ? left.unit : right.unit;
  // actual = the figure being checked (the single figure against a sum), expected = the other side.
  const flip = right.count <= 1 && left.count > 1;
  const [actual, expected] = flip ? [right, left] : [left, right];
  // 差额 = 实际 − 应为, in the message as in the `difference` field (docs/rules.md)
  const diffText = show(actual.yuan.minus(expected.yuan), unit);
  const lead = `${rule.name}${where ? `（${where}）` : ''}：`;
  // a bare number in the rule (「= 100」) is shown once, as the amount
  const side = (text: string, v: Val) => `${/^-?[\d.]+$/.test(text) ? '' : `${text} `}${show(v.yuan, unit)}${unit}`;
  const body = `${side(leftText, left)} ${VIOLATED[op]} ${side(rightText, right)}，差额 ${diffText}${unit}`;
  const tail = c.outcome === 'rounding' ? `；差额在四舍五入允许范围内，属尾差` : '';
  return {
    rule,
    outcome: c.outcome,
    message: lead + body + tail,
    detail: `${where ? `${where}：` : ''}${body}`,
    ...sides(left, right),
    expected: show(expected.yuan, unit),
    actual: show(actual.yuan, unit),
    difference: show(actual.yuan.minus(expected.yuan), unit),
    tables: [...new Set([...left.tables, ...right.tables])],
    unit,
    ...(left.doubts || right.doubts ? { doubts: [...new Set([...(left.doubts ?? []), ...(right.doubts ?? [])])] } : {}),
  };
}
