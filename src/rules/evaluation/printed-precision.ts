/**
 * The printed precision of a figure, for the 尾差 tolerance. Tables print amounts with 2 decimals;
 * a figure printed as text with one decimal (「480544221.6」 beside 480544221.62) was rounded to
 * 0.1 of its unit, so a comparison resting on it may differ by up to 0.1 per such figure without
 * an error. Only text counts: a spreadsheet number's decimals say nothing of how it was shown.
 */
import Decimal from 'decimal.js';
import type { Amount } from '../../recognize/types';
import type { Unit } from '../../recognize/types';
import type { Val } from './value';

/** Extra room in 元 beyond the usual 0.01 for one amount cell (0 for 2 decimals or more). */
function cellSlack(a: Amount | undefined, unit: Unit): Decimal {
  // the amount's own parse (recognize/amount.ts), not a second one of its text
  if (a?.printedDecimals !== 1) return new Decimal(0);
  return new Decimal('0.09').times(unit === '万元' ? 10000 : 1);
}

/** The Val with the slack of the amounts it was summed from. */
export function withPrintedPrecision(v: Val, amounts: (Amount | undefined)[], unit: Unit): Val {
  let slack = new Decimal(0);
  for (const a of amounts) slack = slack.plus(cellSlack(a, unit));
  return slack.isZero() ? v : { ...v, slack: slack.plus(v.slack ?? 0) };
}
