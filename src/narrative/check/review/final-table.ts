/**
 * 决算 wording against the tables when the 说明 states the 决算 but not the 年初预算 beside it
 * (issue 14 §5): 「一般公共预算财政拨款支出决算190万元，完成年初预算的97%」 or 「…（项）。支出决算为
 * 115万元，决算数小于年初预算数」 — the 年初预算 is the one the tables print beside that line's 决算
 * (quoted-budget.ts). Only when the line read is certainly the sentence's: the table's 决算 on it
 * equals the stated 决算 (else which line was meant, or whether the 决算 is right, is another
 * check's business). Warnings, as final.ts.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../../findings';
import { fixed } from '../../../grid/decimal';
import type { BudgetModel } from '../../../model/types';
import { toWan } from '../../facts';
import { wan } from '../arithmetic';
import type { Claim } from '../claims';
import { COMPARISON, COMPLETION, pair, percentFits } from './final';
import { quotesBudget, tableBudgets, type TableBudget } from './quoted-budget';
import { paraFinding, sentenceAt, type Para } from './util';

/** The sentence's one stated 决算 amount and the table's 年初预算 of its line, or null. */
function fromTable(claims: Claim[], p: Para, offset: number, model: BudgetModel): { actual: Claim; budget: Decimal; where: TableBudget } | null {
  if (pair(claims, p, offset)) return null; // both stated: final.ts compares them
  const { start, end } = sentenceAt(p.text, offset);
  const amounts = claims.filter((c) => c.para === p.index && c.kind === 'amount' && c.unit.endsWith('元') && c.start >= start && c.end <= end);
  const actual = amounts.filter((c) => !quotesBudget(c));
  if (actual.length !== 1 || amounts.length !== 1) return null;
  const shown = wan(actual[0]).toDecimalPlaces(actual[0].decimals, Decimal.ROUND_HALF_UP);
  const sure = tableBudgets(actual[0], model).filter((b) => b.final && toWan(b.final.value, b.t.unit).toDecimalPlaces(actual[0].decimals, Decimal.ROUND_HALF_UP).eq(shown));
  if (sure.length === 0) return null;
  return { actual: actual[0], budget: toWan(sure[0].amount.value, sure[0].t.unit), where: sure[0] };
}

export function finalAgainstTableFindings(paras: Para[], claims: Claim[], model: BudgetModel): Finding[] {
  if (model.stage !== '决算') return [];
  const out: Finding[] = [];
  for (const p of paras) {
    for (const m of p.text.matchAll(new RegExp(COMPARISON.source, 'g'))) {
      const x = fromTable(claims, p, m.index ?? 0, model);
      if (!x) continue;
      const said = /大于|高于|超过|多于/.test(m[1]) ? 1 : /小于|低于|少于/.test(m[1]) ? -1 : 0;
      const is = wan(x.actual).comparedTo(x.budget);
      if (said === is) continue;
      const word = is > 0 ? '大于' : is < 0 ? '小于' : '等于';
      out.push(paraFinding('final_comparison', 'warning', p, m.index ?? 0,
        `说明写「${m[0]}」，但决算数${x.actual.printed}${x.actual.unit}${word}${x.where.t.title || x.where.t.sheet}所列年初预算数${fixed(x.budget, 2)}万元`,
        { expected: `决算数${word}预算数`, actual: m[0], cells: [x.where.amount.cell] }));
    }
    for (const m of p.text.matchAll(new RegExp(COMPLETION.source, 'g'))) {
      const x = fromTable(claims, p, m.index ?? 0, model);
      if (!x || x.budget.isZero() || percentFits(m[5], wan(x.actual), x.budget)) continue;
      const exact = wan(x.actual).div(x.budget).times(100);
      out.push(paraFinding('completion_rate', 'warning', p, m.index ?? 0,
        `说明写「${m[0]}」，按决算数${x.actual.printed}${x.actual.unit}与${x.where.t.title || x.where.t.sheet}所列年初预算数${fixed(x.budget, 2)}万元计算应为${fixed(exact, 2)}%`,
        { expected: `${fixed(exact, 2)}%`, actual: `${m[5]}%`, cells: [x.where.amount.cell] }));
    }
  }
  return out;
}
