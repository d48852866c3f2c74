/**
 * 科目 in the 说明: every 项 of the 一般公共预算支出表 at or above a threshold the user sets
 * (CheckOptions.explainThreshold, 万元) should be explained — named by its name or code somewhere
 * in the 说明. (A named 「类-款-项」 amount against its line is against-model.ts's itemFindings.)
 */
import type { Finding } from '../../../findings';
import { fixed } from '../../../grid/decimal';
import { parseAmountText } from '../../../grid/number';
import type { BudgetModel } from '../../../model/types';
import { amountIn } from '../../../model/lines';
import { toWan } from '../../facts';
import { documentFinding } from './util';

/** The threshold as the user types it (「100」「100万元」「1,000」) → 万元; undefined when empty or not an amount ≥ 0. */
export function explainThresholdOf(text: string | undefined): number | undefined {
  if (!text?.trim()) return undefined;
  const p = parseAmountText(text);
  return p.kind === 'number' && !p.value.isNegative() ? p.value.toNumber() : undefined;
}

export function unexplainedItemFindings(text: string, model: BudgetModel, threshold: number | undefined): Finding[] {
  if (threshold === undefined || !(threshold >= 0)) return [];
  const t = model.tablesOf('general_budget_expenditure')[0];
  if (!t) return [];
  const compact = text.replace(/\s+/g, '').replace(/[（(]项[)）]/g, '');
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const list of t.lists) {
    for (const line of list.lines) {
      if (!line.code || line.code.length !== 7 || seen.has(line.code)) continue;
      const a = amountIn(list, line);
      if (!a) continue;
      const v = toWan(a.value, t.unit);
      if (v.lt(threshold)) continue;
      seen.add(line.code);
      const name = line.name.replace(/\s+/g, '');
      if (compact.includes(line.code) || (name.length >= 2 && compact.includes(name))) continue;
      out.push(documentFinding('item_unexplained', 'warning', `一般公共预算支出表「${line.code} ${line.name}」${fixed(v, 2)}万元，达到说明要求的${threshold}万元，但说明中没有对该项目作出说明`, [a.cell]));
    }
  }
  return out;
}
