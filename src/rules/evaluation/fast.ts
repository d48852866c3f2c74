/**
 * The fast path of the sums: most figures are plain numbers with at most 2 decimals, which are
 * compared exactly as integer cents (the number Excel stores × 100, checked to be a whole
 * number of cents) without building Decimals. Anything else (text, more decimals, huge values)
 * returns null and the caller falls back to the exact Decimal path; a mismatch is always
 * re-checked there, so a finding never rests on the fast path.
 */
import type { CellValue } from '../../grid/types';
import type { Amount, Line } from '../../recognize/types';

const LIMIT = 2 ** 53 / 1000;

export function centsOf(a: Amount | undefined): number | null {
  if (!a) return 0;
  const r = a.raw;
  if (r === undefined) return a.blank ? 0 : null; // no raw value given: the exact path decides
  return rawCents(r);
}

function rawCents(r: CellValue): number | null {
  if (r === null || r === '') return 0;
  if (typeof r !== 'number' || Math.abs(r) > LIMIT) return null;
  const c = Math.round(r * 100);
  return Math.abs(r * 100 - c) < 1e-6 ? c : null;
}

/** A line's amount in a column in cents (read from the sheet when it can be, see SheetLine.rawAmount). */
export function lineCents(l: Line, col: number): number | null {
  const fast = (l as Line & { rawAmount?: (c: number) => CellValue | undefined }).rawAmount;
  if (fast) {
    const r = fast.call(l, col);
    if (r !== undefined && (r === null || typeof r === 'number')) return rawCents(r);
  }
  return centsOf(l.amounts[col]);
}

/** Σ of a column over lines in cents, or null when some cell needs the exact path. */
export function sumCents(lines: Line[], col: number): number | null {
  let s = 0;
  for (const l of lines) {
    const c = lineCents(l, col);
    if (c === null) return null;
    s += c;
  }
  return s;
}
