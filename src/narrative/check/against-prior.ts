/**
 * Stated 增减额/增减率 against a prior-year workbook: 「比上年增加Y万元，增长Z%」 must be this year's
 * table figure minus last year's (computed exactly, or from the 2-decimal 万元 figures as the
 * documents print them), with the direction from the sign and the rate = change / prior year.
 * Only for subjects both workbooks hold; comparisons with the 年初预算 (决算 documents) are not
 * prior-year changes and are left alone.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../../findings';
import { fixed, roundHalfUp } from '../../grid/decimal';
import type { BudgetModel } from '../../model/types';
import type { Fact, Facts } from '../facts';
import { candidatesFor, subjectName } from './against-model';
import { otherBases, wan } from './arithmetic';
import type { Claim } from './claims';
import { claimFinding } from './finding';
import { percentAccepted, percentExplained } from './percent';

const NOT_PRIOR_YEAR = /年初预算|调整预算|预算数|决算数|执行数|完成/;

interface Pair {
  current: Fact;
  prior: Fact;
  /** current − prior, exact and from the printed 2-decimal figures. */
  exact: Decimal;
  printed: Decimal;
}

function pairs(subject: string, facts: Facts, model: BudgetModel, priorFacts: Facts, prior: BudgetModel): Pair[] {
  const cur = candidatesFor(subject, facts, model);
  const pre = candidatesFor(subject, priorFacts, prior);
  return cur.flatMap((c) => pre.map((p) => ({
    current: c,
    prior: p,
    exact: c.value.minus(p.value),
    printed: roundHalfUp(c.value, 2).minus(roundHalfUp(p.value, 2)),
  })));
}

function signedChange(c: Claim): Decimal {
  return c.direction === 'down' ? wan(c).negated() : wan(c);
}

function changeMatches(c: Claim, p: Pair): boolean {
  const stated = signedChange(c);
  const at = (x: Decimal) => x.toDecimalPlaces(c.decimals, Decimal.ROUND_HALF_UP);
  return at(p.exact).eq(stated) || at(p.printed).eq(stated);
}

function rateMatches(rate: Claim, p: Pair): boolean {
  const up = rate.direction === 'up';
  const bases = [{ diff: p.exact, base: p.prior.value }, { diff: p.printed, base: roundHalfUp(p.prior.value, 2) }];
  return bases.some(({ diff, base }) => !base.isZero() && diff.isPositive() === up && percentAccepted(rate.value, rate.decimals, diff.abs().div(base).times(100)));
}

function changeWords(diff: Decimal): string {
  return diff.isZero() ? '持平' : `${diff.isPositive() ? '增加' : '减少'}${fixed(diff.abs(), 2)}万元`;
}

/** The subject a change speaks of: its own, else that of the amount it changes. */
function subjectOf(c: Claim): { subject: string; strong: boolean } | null {
  if (c.subject) return { subject: c.subject, strong: c.strong };
  if (c.of?.subject) return { subject: c.of.subject, strong: c.of.strong };
  return null;
}

export function priorFindings(claims: Claim[], facts: Facts, model: BudgetModel, priorFacts: Facts, prior: BudgetModel): Finding[] {
  if (model.year !== null && prior.year !== null && prior.year !== model.year - 1) {
    return [{ rule: 'narrative.prior_year', severity: 'warning', cells: [], message: `上年工作簿为${prior.year}年，不是${model.year - 1}年：未按上年数核对说明中的增减额和增减率` }];
  }
  const out: Finding[] = [];
  for (const c of claims) {
    if (c.kind !== 'change' || NOT_PRIOR_YEAR.test(c.context)) continue;
    const s = subjectOf(c);
    const ps = s ? pairs(s.subject, facts, model, priorFacts, prior) : [];
    if (!s || ps.length === 0) continue;
    const p = ps[0];
    const name = subjectName(s.subject);
    // a change with no subject of its own after several amounts may change any of them
    const others = c.subject ? [] : otherBases(c, claims).filter((o) => o.subject).map((o) => pairs(o.subject!, facts, model, priorFacts, prior));
    const severity = s.strong && others.length === 0 ? 'error' : 'warning';
    if (!ps.some((x) => changeMatches(c, x))) {
      if (others.some((o) => o.some((x) => changeMatches(c, x)))) continue;
      out.push(claimFinding('prior_change_mismatch', severity, c,
        `说明称${name}比上年${c.direction === 'down' ? '减少' : '增加'}${c.printed}${c.unit}，按本年表${fixed(p.current.value, 2)}万元与上年表${fixed(p.prior.value, 2)}万元计算应为${changeWords(p.printed)}`,
        { expected: changeWords(p.printed), actual: `${c.direction === 'down' ? '减少' : '增加'}${c.printed}`, difference: fixed(signedChange(c).minus(p.printed), 2), cells: p.current.cells }));
      continue;
    }
    const rate = claims.find((r) => r.kind === 'rate' && r.of === c);
    if (!rate || ps.some((x) => rateMatches(rate, x)) || others.some((o) => o.some((x) => rateMatches(rate, x)))) continue;
    const base = roundHalfUp(p.prior.value, 2);
    if (base.isZero()) continue;
    const exact = p.printed.div(base).times(100);
    out.push(claimFinding('prior_rate_mismatch', severity, rate,
      `说明称${name}${rate.direction === 'down' ? '下降' : '增长'}${rate.printed}%，按上年表${fixed(base, 2)}万元计算应为${exact.isNegative() ? '下降' : '增长'}${fixed(exact.abs(), rate.decimals)}%`,
      { expected: percentExplained(exact.abs(), rate.decimals, p.printed.abs(), base), actual: `${rate.printed}%`, cells: p.current.cells }));
  }
  return out;
}
