/**
 * 「人员支出250,110.65万元，占61.9%；日常公用支出47,792.58万元，占11.8%；项目支出106,512.00万元，占26.3%」:
 * 61.845% prints as 61.8, but the shares were made to add up to 100% by moving one of them by one
 * unit of the last decimal — a 尾差 adjustment many 说明 make, not a wrong share. The share is then
 * a warning that says so (arithmetic.ts checkShare), never an error.
 */
import Decimal from 'decimal.js';
import type { Claim } from './claims';

/** True when `share` (printed with decimals) is off by at most one last-decimal unit and its list's shares add up to exactly 100. */
export function adjustedTo100(share: Claim, exact: Decimal, claims: Claim[]): boolean {
  // whole percents moved by a full point are an error (永登/栾川 truth: 10% for 9.46% beside 90%)
  if (share.decimals < 1) return false;
  const step = new Decimal(10).pow(-share.decimals);
  if (share.value.minus(exact.toDecimalPlaces(share.decimals, Decimal.ROUND_HALF_UP)).abs().gt(step)) return false;
  const total = share.of?.listTotal;
  if (!total) return false;
  const siblings = claims.filter((c) => c.kind === 'share' && c.of && c.of !== total && c.of.listTotal === total);
  if (siblings.length < 2) return false;
  return siblings.reduce((s, c) => s.plus(c.value), new Decimal(0)).eq(100);
}
