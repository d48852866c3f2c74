/**
 * Is a printed percentage right? The documents round half-up to the printed decimals, and some
 * truncate (90.54% printed 90%): both are accepted, as the verified truth does. Computed from the
 * figures exactly as printed in the 说明.
 */
import Decimal from 'decimal.js';
import { fixed } from '../../grid/decimal';

export function percentAccepted(printed: Decimal, decimals: number, exact: Decimal): boolean {
  const rounded = exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const truncated = exact.toDecimalPlaces(decimals, Decimal.ROUND_DOWN);
  return rounded.eq(printed) || truncated.eq(printed);
}

/** 「0.07%（0.76/1146.01=0.0663%）」 */
export function percentExplained(exact: Decimal, decimals: number, num: Decimal, den: Decimal): string {
  return `${fixed(exact, decimals)}%（${num.toString()}/${den.toString()}=${fixed(exact, 4)}%）`;
}

/** Difference in percentage points, e.g. "0.58个百分点". */
export function pointsDifference(printed: Decimal, exact: Decimal, decimals: number): string {
  return `${fixed(printed.minus(exact.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)), decimals)}个百分点`; // 实际 − 应为
}
