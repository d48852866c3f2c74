/**
 * Number parsing for amounts as finance tables hold them. Every amount in the engine is a
 * decimal.js Decimal built from the cell's own digits, never from a float computation.
 *
 * Accepted: numbers; numeric text with 千分位 ("1,234.56"), full-width digits and signs
 * ("１２３．４５", "－5"), parentheses for negatives ("(12.5)", "（12.5）"), a trailing "%"
 * or a "万元"/"元" suffix; "—", "-", "－", "–", "……", "/" and blanks mean "nothing here" (0).
 */
import Decimal from 'decimal.js';
import { isCellError, NO_CACHED_RESULT, type CellValue } from './types';
import { toHalfWidth } from '../vocabulary/fold';

export type ParsedAmount =
  | { kind: 'number'; value: Decimal; fromText: boolean; decimals?: number }
  | { kind: 'blank' } // empty cell or a dash placeholder: counts as 0 in sums
  | { kind: 'error'; error: string; message: string } // #REF! and friends
  | { kind: 'text'; text: string }; // not a number (a label, a note)

/** Text that stands for "nothing / zero" in published tables. */
const BLANK_TEXT = /^(?:[-—–－─_/\\～~]+|…+|\.{2,}|·+|\*+|无|空)$/;

const NUMBER_TEXT = /^([+-])?(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?$/;

const ERROR_MESSAGES: Record<string, string> = {
  '#REF!': '单元格引用无效（#REF!），可能删除了被引用的行列',
  '#DIV/0!': '除数为零（#DIV/0!）',
  '#VALUE!': '公式参数类型错误（#VALUE!）',
  '#N/A': '数值不可用（#N/A）',
  '#NAME?': '公式中有无法识别的名称（#NAME?）',
  '#NUM!': '数值无效（#NUM!）',
  '#NULL!': '区域不相交（#NULL!）',
  [NO_CACHED_RESULT]: '公式没有保存计算结果（文件可能由其他程序生成、未经 Excel 计算）',
};

export function excelErrorMessage(code: string): string {
  return ERROR_MESSAGES[code] ?? `单元格为错误值（${code}）`;
}

/** Parse one cell's value as an amount. Never throws. */
export function parseAmount(v: CellValue | undefined): ParsedAmount {
  if (v === null || v === undefined) return { kind: 'blank' };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'error', error: '#NUM!', message: excelErrorMessage('#NUM!') };
    // Decimal(number) uses the shortest round-trip representation (0.1 → "0.1"), which is
    // exactly what Excel displays and stores for typed amounts.
    return { kind: 'number', value: new Decimal(v), fromText: false };
  }
  if (typeof v === 'boolean') return { kind: 'text', text: v ? 'TRUE' : 'FALSE' };
  if (isCellError(v)) return { kind: 'error', error: v.error, message: excelErrorMessage(v.error) };
  return parseAmountText(v);
}

/** Parse numeric text ("1,234.56", "（12.5）", "１２３", "—"). Never throws. */
export function parseAmountText(raw: string): ParsedAmount {
  let s = toHalfWidth(raw).replace(/\s+/g, '');
  if (s === '') return { kind: 'blank' };
  if (BLANK_TEXT.test(s)) return { kind: 'blank' };
  if (/^#[A-Z/0]+[!?A]?$/.test(s) && ERROR_MESSAGES[s]) return { kind: 'error', error: s, message: excelErrorMessage(s) };
  let negative = false;
  const paren = /^\((.*)\)$/.exec(s);
  if (paren) {
    negative = true;
    s = paren[1];
  }
  s = s.replace(/(万元|元|万)$/, '');
  let percent = false;
  if (s.endsWith('%')) {
    percent = true;
    s = s.slice(0, -1);
  }
  const m = NUMBER_TEXT.exec(s);
  if (!m || (m[2] === undefined && m[3] === undefined)) return { kind: 'text', text: raw };
  let value = new Decimal(`${m[1] === '-' ? '-' : ''}${(m[2] ?? '0').replace(/,/g, '')}${m[3] ?? ''}`);
  if (negative) value = value.negated();
  if (percent) value = value.div(100);
  // How many decimals the text printed: a figure printed with fewer than the table's 2 decimals
  // (「480544221.6」) was rounded more coarsely, which the 尾差 tolerance must allow (value.ts).
  return { kind: 'number', value, fromText: true, decimals: m[3] ? m[3].length - 1 : 0 };
}

/**
 * Does the text print a figure the way a table prints its amounts — with decimals or 千分位
 * (「18803323.32」, 「1,200」, 「（3,000.5）」) — rather than a bare number that may be part of a title
 * or a name (「09」 of 「预算09表」, 「2026」)? Read by this parser, so that the PDF reader and the
 * rules agree on what a figure is.
 */
export function printsDecimalsOrGrouping(raw: string): boolean {
  const p = parseAmountText(raw);
  if (p.kind !== 'number') return false;
  // the parser accepted the text, so a comma in it is a well-formed 千分位 grouping
  return (p.decimals ?? 0) > 0 || toHalfWidth(raw).includes(',');
}

/** The amount as a Decimal, blanks as 0; null for errors and non-numeric text. */
export function amountOrZero(v: CellValue | undefined): Decimal | null {
  const p = parseAmount(v);
  if (p.kind === 'number') return p.value;
  if (p.kind === 'blank') return new Decimal(0);
  return null;
}

/** Does the cell hold something that reads as a number (not a blank)? */
export function isNumeric(v: CellValue | undefined): boolean {
  return parseAmount(v).kind === 'number';
}
