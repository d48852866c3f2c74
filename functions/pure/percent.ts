/**
 * YS.PCT, YS.PCTTEXT, YS.CHANGE, YS.RATE, YS.WAN: the 说明's figures, computed exactly with
 * decimal.js and worded by src/format/figures.ts, the same code the 说明 generator uses.
 */
import Decimal from 'decimal.js';
import { fixed } from '../../src/grid/decimal';
import { changeRatePercent, changeText, percentText, sharePercent, yuanToWan, type MoneyUnit } from '../../src/format/figures';
import { badValue, isFnError, notAvailable, type Result } from '../errors';
import { amountArg, amountOfCell, digitsArg, isOmitted, textArg, toExcelNumber, type Arg } from './inputs';

/**
 * A percentage (65.004) as Excel's percent number rounded like the print (0.65): the half-up
 * printed digits read back with the decimal point moved, so no binary division is involved.
 */
function excelPercent(percent: Decimal, digits: number): number {
  return Number(`${fixed(percent, digits)}e-2`);
}

/** Two amount arguments and the digits, read in order so the first bad one is reported. */
function amountsAndDigits(x: Arg, xLabel: string, y: Arg, yLabel: string, digits: Arg): Result<{ x: Decimal; y: Decimal; digits: number }> {
  const a = amountArg(x, xLabel);
  if (isFnError(a)) return a;
  const b = amountArg(y, yLabel);
  if (isFnError(b)) return b;
  const d = digitsArg(digits);
  return isFnError(d) ? d : { x: a, y: b, digits: d };
}

/** The arguments of YS.PCT / YS.PCTTEXT read once: exact 占比 (unrounded) and the digits. */
function shareArgs(part: Arg, total: Arg, digits: Arg): Result<{ share: Decimal; digits: number }> {
  const a = amountsAndDigits(part, '部分数', total, '总数', digits);
  if (isFnError(a)) return a;
  const share = sharePercent(a.x, a.y);
  if (share === null) return notAvailable('总数为 0，无法计算占比');
  return { share, digits: a.digits };
}

/** YS.PCT: 占比 as Excel's percent number (65.00% → 0.65), rounded like the printed 说明. */
export function pct(part: Arg, total: Arg, digits?: Arg): Result<number> {
  const s = shareArgs(part, total, digits);
  return isFnError(s) ? s : excelPercent(s.share, s.digits);
}

/** YS.PCTTEXT: 占比 as printed, 「65.00%」. */
export function pctText(part: Arg, total: Arg, digits?: Arg): Result<string> {
  const s = shareArgs(part, total, digits);
  return isFnError(s) ? s : percentText(s.share, s.digits);
}

const UNITS: Record<string, MoneyUnit | ''> = { 万元: '万元', 元: '元', 无: '', '-': '' };

/** The printed unit of YS.CHANGE: 万元 (default, also for a blank), 元, or 无 for none. */
export function unitArg(v: Arg): Result<MoneyUnit | ''> {
  if (isOmitted(v)) return '万元';
  const s = textArg(v, '单位');
  if (isFnError(s)) return s;
  const u = UNITS[s];
  return u === undefined ? badValue(`单位应为「万元」「元」或「无」，收到「${s}」`) : u;
}

/** YS.CHANGE: 「增加1.64万元，增长32.87%」/「减少…，下降…」/「持平」. */
export function change(current: Arg, prior: Arg, unit?: Arg, digits?: Arg): Result<string> {
  const a = amountsAndDigits(current, '本年数', prior, '上年数', digits);
  if (isFnError(a)) return a;
  const u = unitArg(unit);
  if (isFnError(u)) return u;
  return changeText(a.x, a.y, u, a.digits);
}

/** YS.RATE: 增减率 as Excel's percent number (32.87% → 0.3287), rounded to `digits` percent decimals. */
export function rate(current: Arg, prior: Arg, digits?: Arg): Result<number> {
  const a = amountsAndDigits(current, '本年数', prior, '上年数', digits);
  if (isFnError(a)) return a;
  const r = changeRatePercent(a.x, a.y);
  if (r === null) return notAvailable('上年数为 0，无法计算增减率（说明中只写增加额）');
  return excelPercent(r, a.digits);
}

/**
 * YS.WAN: 元 → 万元, exact, half-up to `digits` places like the printed tables. A range gives a
 * range of the same shape (each cell converted, blanks stay blank); a bad cell shows its own error.
 */
export function wan(yuan: Arg, digits?: Arg): Result<number> | Result<number | string>[][] {
  const d = digitsArg(digits);
  if (isFnError(d)) return d;
  if (!Array.isArray(yuan)) return wanCell(yuan, d);
  return (yuan as unknown[]).map((row) => (Array.isArray(row) ? row : [row]).map((cell) => {
    if (cell === null || cell === undefined || cell === '') return '';
    return wanCell(cell, d);
  }));
}

function wanCell(v: unknown, digits: number): Result<number> {
  const a = amountOfCell(v, '元金额');
  return isFnError(a) ? a : toExcelNumber(yuanToWan(a, digits));
}
