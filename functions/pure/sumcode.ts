/**
 * YS.SUMCODE(codes, amounts, prefix): the sum of the amounts whose 科目编码 starts with prefix.
 *
 * Codes come as finance tables hold them: joined in one column ("2010301", 2010301, "[201]",
 * "201 一般公共服务支出") or split over 类/款/项 columns ("201" | "03" | "01", 款/项 as numbers
 * that lost their leading zero, or a 款 row that leaves 类 blank under its parent).
 *
 * Only detail lines are added: a line directly followed by its own children (201 then 20103) is a
 * subtotal and is skipped, so a table listing 类, 款 and 项 is not counted three times, and a wrong
 * subtotal in the sheet does not hide in the result.
 */
import Decimal from 'decimal.js';
import { toHalfWidth } from '../../src/vocabulary/fold';
import { badValue, isFnError, type FnError, type Result } from '../errors';
import { amountOfCell, textArg, toCellValue, toExcelNumber, type Arg } from './inputs';

const PLAIN_CODE = /^\d+$/;

/** The leading digits of a code cell ("[201]" → "201", 20103 → "20103"); null when none. */
export function codeDigits(v: unknown): string | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? String(v) : null;
  if (typeof v !== 'string') return null;
  if (PLAIN_CODE.test(v)) return v; // the usual case, without the clean-up below
  const s = toHalfWidth(v).replace(/\s+/g, '').replace(/^[[【(（{]+/, '');
  const m = /^\d+/.exec(s);
  return m ? m[0] : null;
}

/** Join split parts: 类 as is; a later part extends the code unless it already contains it. */
export function joinCodeParts(parts: string[]): string {
  let code = '';
  for (const p of parts) {
    if (code === '' || (p.startsWith(code) && p.length > code.length)) code = p;
    else code += p.padStart(2, '0');
  }
  return code;
}

function rowsOf(v: Arg): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  return (v as unknown[]).map((r) => (Array.isArray(r) ? r : [r]));
}

/**
 * The joined code of every row (null for rows without one, e.g. 合计). With split columns a row
 * whose first filled part is not in the first column takes the missing parts from the row above.
 */
/** The first error value in the codes range (#REF! after a deleted row…), as the cell's error. */
function codeCellError(codes: Arg): FnError | undefined {
  const rows = rowsOf(codes);
  for (let r = 0; r < rows.length; r++) {
    for (const v of rows[r]) {
      if (v === null || typeof v !== 'object') continue;
      const e = toCellValue(v, () => `科目编码第 ${r + 1} 行`);
      if (isFnError(e)) return e;
    }
  }
  return undefined;
}

export function rowCodes(codes: Arg): (string | null)[] {
  let above: (string | null)[] = [];
  return rowsOf(codes).map((row) => {
    if (row.length === 1) return codeDigits(row[0]); // one joined-code column: nothing to join
    const parts = row.map(codeDigits);
    const first = parts.findIndex((p) => p !== null);
    if (first < 0) return null;
    for (let i = 0; i < first; i++) parts[i] = above[i] ?? null;
    let last = parts.length - 1;
    while (parts[last] === null) last--;
    const filled = parts.slice(0, last + 1);
    if (filled.some((p) => p === null)) return null;
    above = parts;
    return joinCodeParts(filled as string[]);
  });
}

export function sumCode(codes: Arg, amounts: Arg, prefix: Arg): Result<number> {
  const pre = textArg(prefix, '科目编码前缀');
  if (isFnError(pre)) return pre;
  const wanted = codeDigits(pre);
  if (wanted === null) return badValue(`科目编码前缀应为数字编码（如 201 或 20103），收到「${pre}」`);
  const broken = codeCellError(codes);
  if (broken) return broken;
  const codeRows = rowCodes(codes);
  const amountRows = rowsOf(amounts);
  if (codeRows.length !== amountRows.length) {
    return badValue(`科目编码区域有 ${codeRows.length} 行，金额区域有 ${amountRows.length} 行，行数应相同`);
  }
  let total = new Decimal(0);
  // Walk the coded rows in order; a row is a subtotal when the next coded row is its child.
  for (let i = nextCoded(codeRows, 0); i < codeRows.length; ) {
    const code = codeRows[i] as string;
    const j = nextCoded(codeRows, i + 1);
    const next = codeRows[j];
    const subtotal = next != null && next.length > code.length && next.startsWith(code);
    if (!subtotal && code.startsWith(wanted)) {
      for (const cell of amountRows[i]) {
        const a = amountOfCell(cell, () => `第 ${i + 1} 行（${code}）的金额`);
        if (isFnError(a)) return a;
        total = total.plus(a);
      }
    }
    i = j;
  }
  return toExcelNumber(total);
}

/** Index of the first row at or after `from` that has a code (codes.length if none). */
function nextCoded(codes: (string | null)[], from: number): number {
  let i = from;
  while (i < codes.length && codes[i] === null) i++;
  return i;
}
