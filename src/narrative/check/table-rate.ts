/**
 * A 增减率 whose amount the tables contradict: 「基本支出137.05万元，比上年减少1万元，减少0.7%」
 * where the tables say 89.05. The rate agrees with the stated (wrong) amount, but applied to the
 * table figure the same change gives another rate (1/90.05 = 1.11%): a warning, since which of
 * the two the author meant is not known. A rate that agrees with the table figure only is not a
 * rate error (the amount error already stands), so the arithmetic check lets it pass.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../findings';
import { fixed, roundHalfUp } from '../../grid/decimal';
import type { BudgetModel } from '../../model/types';
import type { Facts } from '../facts';
import { tableMismatch } from './against-model';
import { signed, wan } from './arithmetic';
import type { Claim } from './claims';
import { claimFinding } from './finding';
import { percentAccepted, percentExplained } from './percent';

interface TableRate {
  /** The table figure (万元, as printed with 2 decimals), the prior year implied, the exact rate in %. */
  table: Decimal;
  prior: Decimal;
  exact: Decimal;
  /** The rate computed from the 说明's own figures is what it prints. */
  selfConsistent: boolean;
  rate: Claim;
  change: Claim;
  current: Claim;
}

function tableRate(rate: Claim, facts: Facts, model: BudgetModel): TableRate | null {
  const change = rate.kind === 'rate' ? rate.of : undefined;
  const current = change?.of;
  if (!change || !current || rate.direction !== change.direction) return null;
  const mismatch = tableMismatch(current, facts, model);
  if (!mismatch) return null;
  const table = roundHalfUp(mismatch.best.value, 2);
  const prior = table.minus(signed(change));
  const statedPrior = wan(current).minus(signed(change));
  if (prior.lte(0) || statedPrior.lte(0)) return null;
  const exact = wan(change).div(prior).times(100);
  const selfConsistent = percentAccepted(rate.value, rate.decimals, wan(change).div(statedPrior).times(100));
  return { table, prior, exact, selfConsistent, rate, change, current };
}

/** For the arithmetic check: this rate is right for the table figure (its amount is the error). */
export function rateFitsTable(rate: Claim, facts: Facts, model: BudgetModel): boolean {
  const t = tableRate(rate, facts, model);
  return !!t && percentAccepted(rate.value, rate.decimals, t.exact);
}

export function tableRateFindings(claims: Claim[], facts: Facts, model: BudgetModel): Finding[] {
  const out: Finding[] = [];
  for (const c of claims) {
    const t = c.kind === 'rate' ? tableRate(c, facts, model) : null;
    if (!t || !t.selfConsistent || percentAccepted(c.value, c.decimals, t.exact)) continue;
    const verb = t.change.direction === 'down' ? '减少' : '增加';
    const rateVerb = t.change.direction === 'down' ? '下降' : '增长';
    const shown = Math.max(c.decimals, 2);
    out.push(claimFinding('rate_vs_table', 'warning', c,
      `说明中增减率${c.printed}%是按文中金额${t.current.printed}万元计算的；按表列数${fixed(t.table, 2)}万元计算，${verb}${t.change.printed}万元应${rateVerb}${fixed(t.exact, shown)}%（${t.change.printed}/${fixed(t.prior, 2)}），而非${c.printed}%`,
      { expected: percentExplained(t.exact, shown, wan(t.change), t.prior), actual: `${c.printed}%`, difference: `${fixed(c.value.minus(roundHalfUp(t.exact, shown)), shown)}个百分点` }));
  }
  return out;
}
