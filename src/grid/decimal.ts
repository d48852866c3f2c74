/**
 * The one place where rounding rules live. Published tables and 说明 round half-up to 2 places
 * (四舍五入); percentages are computed exactly and rounded the same way.
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Round half-up to `places` decimals (the documents' rule). */
export function roundHalfUp(x: Decimal, places = 2): Decimal {
  return x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** "1234.5" → "1234.50" with fixed places, exact, half-up. */
export function fixed(x: Decimal, places = 2): string {
  return x.toFixed(places, Decimal.ROUND_HALF_UP);
}

export function sum(xs: Iterable<Decimal>): Decimal {
  let s = new Decimal(0);
  for (const x of xs) s = s.plus(x);
  return s;
}

/** Convert between 元 and 万元 exactly (no rounding). */
export function convertUnit(x: Decimal, from: '元' | '万元', to: '元' | '万元'): Decimal {
  if (from === to) return x;
  return from === '元' ? x.div(10000) : x.times(10000);
}
