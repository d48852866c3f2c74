/**
 * Whether a workbook may serve as the prior year of another: the same department, and the budget
 * year − 1. A 说明 comparing with another department's or another year's figures would state
 * false 比上年 changes, so the CLI (`yusuan narrative --prior`) and the pane's prior-year picker
 * refuse it with this reason, unless the user overrides explicitly (`--prior-any`, 「仍然使用」).
 * When either workbook does not say its department or year, that part cannot be judged and is
 * not a reason to refuse.
 */
import type { BudgetModel } from '../model/types';
import { departmentOf } from './department';

/** Department names compared without spaces, brackets and a trailing 本级/机关. */
function sameBody(a: string, b: string): boolean {
  const n = (s: string) => s.replace(/[\s（）()【】\[\]“”"]/g, '').replace(/(本级|机关)$/, '');
  const x = n(a);
  const y = n(b);
  return x === y || (x.length >= 4 && y.length >= 4 && (x.endsWith(y) || y.endsWith(x)));
}

/** A Chinese reason why `prior` is not the prior year of `current`, or null when it may be. */
export function priorMismatch(current: BudgetModel, prior: BudgetModel): string | null {
  const reasons: string[] = [];
  if (current.year !== null && prior.year !== null && prior.year !== current.year - 1) {
    reasons.push(`上年工作簿是${prior.year}年的，而本年工作簿是${current.year}年的（上年应为${current.year - 1}年）`);
  }
  const a = departmentOf(current);
  const b = departmentOf(prior);
  if (a && b && !sameBody(a, b)) reasons.push(`上年工作簿的单位是「${b}」，而本年工作簿的单位是「${a}」`);
  return reasons.length ? `不能用作上年数据：${reasons.join('；')}` : null;
}
