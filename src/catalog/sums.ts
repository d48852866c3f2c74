/**
 * Prefix sums: 项 amounts rolled up to their 款 and 类 (exact, decimal.js), so a table's
 * 类/款 subtotal rows can be checked against their 项 rows.
 */
import type Decimal from 'decimal.js';
import { D } from '../grid/decimal';
import { joinCode } from './normalize';
import type { CodeInput } from './lookup';

export interface CodedAmount {
  code: CodeInput;
  amount: Decimal;
}

/**
 * Totals per prefix of the given length (3 = 类, 5 = 款) over the rows whose code is longer
 * than that prefix (the children by default, or 项 rows with leafLength 7) — i.e. what each 类/款 row should equal, computed from its children.
 * Rows that are themselves 类/款 subtotals are ignored, so mixed tables do not double count.
 */
export function prefixTotals(
  rows: Iterable<CodedAmount>,
  prefixLength: 3 | 5,
  leafLength: 5 | 7 = prefixLength === 3 ? 5 : 7,
): Map<string, Decimal> {
  const out = new Map<string, Decimal>();
  for (const r of rows) {
    const c = joinCode(r.code);
    if (!c || c.length !== leafLength) continue;
    const k = c.slice(0, prefixLength);
    out.set(k, (out.get(k) ?? new D(0)).plus(r.amount));
  }
  return out;
}
