/**
 * A relation "one line's (or column's) amount = the sum of others", checked column by column (or
 * row by row) and reported once per total, with every cell involved.
 */
import { withPrintedPrecision } from './printed-precision';
import type { CellRef } from '../../grid/types';
import type { Line, RecognizedTable } from '../../recognize/types';
import type { Rule } from '../notation/ast';
import { compareVals } from './compare';
import { unitOf, type Ctx, type Failure } from './context';
import { fromAmount, show, type Val } from './value';
import Decimal from 'decimal.js';

export function cellOf(t: RecognizedTable, line: Line, col: number): CellRef {
  return line.amounts[col]?.cell ?? { sheet: t.sheet, row: line.row, col };
}

export function amountVal(t: RecognizedTable, ctx: Ctx, lines: Line[], col: number): Val {
  let v = new Decimal(0);
  for (const l of lines) v = v.plus(l.amounts[col]?.value ?? 0);
  const unit = unitOf(t, ctx);
  // a line printed with one decimal widens the 尾差 room of the sums it is in (printed-precision.ts)
  return withPrintedPrecision(fromAmount(v, unit, lines.map((l) => cellOf(t, l, col)), t.id, lines.length), lines.map((l) => l.amounts[col]), unit);
}

export interface Part {
  /** What is compared, for the message: a column name or a line. */
  label: string;
  total: Val;
  sum: Val;
}

/** Fold the failing parts of one relation into one failure (error parts first, then 尾差). */
export function relationFailures(rule: Rule, what: string, parts: Part[], tables: string[]): Failure[] {
  const out: Failure[] = [];
  const judged = parts.map((p) => ({ p, c: compareVals(p.total, '=', p.sum) }));
  for (const outcome of ['error', 'rounding'] as const) {
    const bad = judged.filter((j) => j.c.outcome === outcome);
    if (bad.length === 0) continue;
    const unit = bad[0].p.total.unit;
    const shown = bad
      .slice(0, 4)
      .map(({ p, c }) => `${p.label} ${show(p.total.yuan, unit)} ≠ 各项之和 ${show(p.sum.yuan, unit)}（差 ${show(c.diff, unit)}）`)
      .join('；');
    const detail = `${what}：${shown}${bad.length > 4 ? `等${bad.length}处` : ''}${unit === '万元' ? '（万元）' : '（元）'}`;
    out.push({
      rule,
      outcome,
      message: `${rule.name}——${detail}${outcome === 'rounding' ? '；差额在四舍五入允许范围内，属尾差' : ''}`,
      detail,
      totals: bad.flatMap(({ p }) => p.total.cells),
      parts: bad.flatMap(({ p }) => p.sum.cells),
      expected: show(bad[0].p.sum.yuan, unit),
      actual: show(bad[0].p.total.yuan, unit),
      difference: show(bad[0].c.diff, unit),
      tables,
      unit,
    });
  }
  return out;
}

export function lineLabel(line: Line): string {
  const name = [line.code, line.name || line.label].filter(Boolean).join(' ');
  return `第${line.row + 1}行${name ? `「${name}」` : ''}`;
}
