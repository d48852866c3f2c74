/**
 * The fast path of the sums: most figures are plain numbers with at most 2 decimals, which are
 * compared exactly as integer cents (the number Excel stores × 100, checked to be a whole
 * number of cents) without building Decimals. Anything else (text, more decimals, huge values)
 * returns null and the caller falls back to the exact Decimal path; a mismatch is always
 * re-checked there, so a finding never rests on the fast path.
 */
import type { Amount, Line } from '../recognize/types';

const LIMIT = 2 ** 53 / 1000;

export function centsOf(a: Amount | undefined): number | null {
  if (!a) return 0;
  const r = a.raw;
  if (r === undefined) return a.blank ? 0 : null; // no raw value given: the exact path decides
  if (r === null || r === '') return 0;
  if (typeof r !== 'number' || Math.abs(r) > LIMIT) return null;
  const c = Math.round(r * 100);
  return Math.abs(r * 100 - c) < 1e-6 ? c : null;
}

/** Σ of a column over lines in cents, or null when some cell needs the exact path. */
export function sumCents(lines: Line[], col: number): number | null {
  let s = 0;
  for (const l of lines) {
    const c = centsOf(l.amounts[col]);
    if (c === null) return null;
    s += c;
  }
  return s;
}
