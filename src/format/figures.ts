/**
 * How the documents print figures: amounts with 2 decimals, 占比 and 增减率 to 2 decimals
 * half-up, 增加/减少/持平 and 增长/下降 chosen from the sign. Used by the 说明 generator, the
 * 说明 checker and the YS.* functions, so that all three say the same thing.
 */
import Decimal from 'decimal.js';
import { convertUnit, D, fixed, roundHalfUp } from '../grid/decimal';

export type MoneyUnit = '元' | '万元';

/**
 * Quotients are taken at 40 significant digits (the D clone), not decimal.js's default 20: a
 * quotient p/q whose expansion runs into a long string of 9s (or 0s) after the second decimal of
 * the percentage could otherwise be rounded twice the wrong way. With q below 10^18 such a run is
 * shorter than 19 digits, so 40 digits make the later half-up rounding exact.
 */
function quotient(a: Decimal, b: Decimal): Decimal {
  return new D(a).div(new D(b));
}

/** 占比 as a percentage number (65.0002 → not rounded): part / total × 100; null if total is 0. */
export function sharePercent(part: Decimal, total: Decimal): Decimal | null {
  if (total.isZero()) return null;
  return quotient(part, total).times(100);
}

/** 增减率 as a percentage number: (current − prior) / prior × 100; null if prior is 0. */
export function changeRatePercent(current: Decimal, prior: Decimal): Decimal | null {
  if (prior.isZero()) return null;
  return quotient(current.minus(prior), prior.abs()).times(100);
}

/** "65.00%" — a percentage number printed half-up with `digits` decimals. */
export function percentText(percent: Decimal, digits = 2): string {
  return `${fixed(percent, digits)}%`;
}

/** "1234.50" — an amount printed half-up with `digits` decimals (no 千分位, as the 说明 print it). */
export function amountText(x: Decimal, digits = 2): string {
  return fixed(x, digits);
}

/** 元 → 万元, exact, then rounded half-up to `digits` places like the printed tables. */
export function yuanToWan(yuan: Decimal, digits = 2): Decimal {
  return roundHalfUp(convertUnit(yuan, '元', '万元'), digits);
}

/**
 * 「增加1.64万元，增长32.87%」 / 「减少…，下降…」 / 「持平」. Without a prior-year base (prior = 0)
 * only the amount is given: 「增加5.00万元」.
 */
export function changeText(current: Decimal, prior: Decimal, unit: MoneyUnit | '' = '万元', digits = 2): string {
  const diff = roundHalfUp(current.minus(prior), digits);
  if (diff.isZero()) return '持平';
  const up = diff.isPositive();
  const amount = `${up ? '增加' : '减少'}${amountText(diff.abs(), digits)}${unit}`;
  const rate = changeRatePercent(current, prior);
  if (rate === null) return amount;
  return `${amount}，${up ? '增长' : '下降'}${percentText(rate.abs(), digits)}`;
}
