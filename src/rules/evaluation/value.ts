/**
 * A value in a check: an exact amount in 元 (so that 元 and 万元 tables compare without rounding),
 * the unit it is printed in, how many printed figures it sums (for the 尾差 tolerance) and the
 * cells it came from.
 */
import Decimal from 'decimal.js';
import { fixed } from '../../grid/decimal';
import type { CellRef } from '../../grid/types';
import type { Unit } from '../../recognize/types';

export interface Val {
  yuan: Decimal;
  /** The unit the first figure is printed in (messages show amounts in it). */
  unit: Unit;
  /** The coarsest unit among the figures (万元 when any is in 万元): the 尾差 step. */
  coarse: Unit;
  /** Number of printed figures summed (a literal counts 0). */
  count: number;
  cells: CellRef[];
  tables: string[];
  /**
   * The value under other readings of an ambiguous line set (items.ts): a check that fails but
   * holds under one of them is reported as a warning only.
   */
  alts?: Decimal[];
  /**
   * Extra 尾差 room in 元 for figures printed with one decimal only (「480544221.6」): each such
   * figure may be off by 0.1 of its unit instead of 0.01 (see printed-precision.ts).
   */
  slack?: Decimal;
  /** Why a figure summed here was read uncertainly (a form value cell guessed …): see doubt.ts. */
  doubts?: string[];
}

export function fromAmount(value: Decimal, unit: Unit, cells: CellRef[], tableId: string, count = 1): Val {
  return { yuan: unit === '万元' ? value.times(10000) : value, unit, coarse: unit, count, cells, tables: [tableId] };
}

export function literal(value: string, unit: Unit): Val {
  const v = new Decimal(value);
  return { yuan: unit === '万元' ? v.times(10000) : v, unit, coarse: unit, count: 0, cells: [], tables: [] };
}

export function zero(unit: Unit): Val {
  return { yuan: new Decimal(0), unit, coarse: unit, count: 0, cells: [], tables: [] };
}

function combineAlts(a: Val, b: Val, op: '+' | '-'): Decimal[] | undefined {
  if (!a.alts && !b.alts) return undefined;
  const apply = (x: Decimal, y: Decimal) => (op === '+' ? x.plus(y) : x.minus(y));
  return [...(a.alts ?? []).map((x) => apply(x, b.yuan)), ...(b.alts ?? []).map((y) => apply(a.yuan, y))];
}

export function combine(a: Val, b: Val, op: '+' | '-'): Val {
  const alts = combineAlts(a, b, op);
  const doubts = a.doubts || b.doubts ? [...new Set([...(a.doubts ?? []), ...(b.doubts ?? [])])] : undefined;
  const slack = a.slack || b.slack ? (a.slack ?? new Decimal(0)).plus(b.slack ?? 0) : undefined;
  return {
    ...(alts ? { alts } : {}),
    ...(doubts ? { doubts } : {}),
    ...(slack ? { slack } : {}),
    yuan: op === '+' ? a.yuan.plus(b.yuan) : a.yuan.minus(b.yuan),
    unit: a.count > 0 ? a.unit : b.unit,
    coarse: a.coarse === '万元' || b.coarse === '万元' ? '万元' : '元',
    count: a.count + b.count,
    cells: [...a.cells, ...b.cells],
    tables: [...new Set([...a.tables, ...b.tables])],
  };
}

/** The amount in a unit, exact. */
export function inUnit(yuan: Decimal, unit: Unit): Decimal {
  return unit === '万元' ? yuan.div(10000) : yuan;
}

/** "137.05" — printed with 2 decimals in the unit (exact values keep more digits when they have them). */
export function show(yuan: Decimal, unit: Unit): string {
  const v = inUnit(yuan, unit);
  return v.decimalPlaces() <= 2 ? fixed(v, 2) : v.toString();
}

export type Outcome = 'ok' | 'rounding' | 'error';

/**
 * The 尾差 policy: printed figures are rounded to 0.01 of their unit, so a sum of n printed
 * figures may be off by up to 0.01 × n of the coarsest unit. A difference within that is a 尾差
 * (rounding difference); anything larger is a real difference.
 */
export function tolerance(left: Val, right: Val): Decimal {
  const n = Math.max(1, left.count, right.count);
  const unit = left.coarse === '万元' || right.coarse === '万元' ? '万元' : '元';
  const base = new Decimal('0.01').times(n).times(unit === '万元' ? 10000 : 1);
  return base.plus(left.slack ?? 0).plus(right.slack ?? 0);
}

export function judge(diffYuan: Decimal, tol: Decimal): Outcome {
  const d = diffYuan.abs();
  if (d.isZero()) return 'ok';
  return d.lte(tol) ? 'rounding' : 'error';
}
