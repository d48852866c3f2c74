/**
 * YS.CODENAME(code, [year]): the 政府收支分类科目 name of a 功能/经济分类 code, from the catalog
 * (src/catalog). The code may be joined ("2010301", 2010301, "[201]", "201 03 01") or split over
 * 类/款/项 cells (a row range); a year gives the name the 科目 had that year.
 */
import { joinCode, lookupCode, nameFor } from '../../src/catalog';
import { badValue, isFnError, notAvailable, type Result } from '../errors';
import { cellsOf, numberOptionArg, isOmitted, toCellValue, type Arg } from './inputs';
import { codeDigits } from './sumcode';

/** 类, 款, 项 (and a 目 level some tables add): more filled cells cannot be one code. */
const MAX_PARTS = 4;

/** The joined code of a cell or of split 类/款/项 cells; an FnError when it is not a code. */
export function codeArg(v: Arg): Result<string> {
  const cells: (string | number)[] = [];
  for (const c of cellsOf(v)) {
    const cell = toCellValue(c, '科目编码');
    if (isFnError(cell)) return cell;
    if (cell === null || cell === '') continue;
    if (typeof cell === 'boolean') return badValue('科目编码应为数字编码，而不是逻辑值');
    cells.push(cell);
  }
  if (cells.length === 0) return badValue('科目编码为空');
  if (cells.length > MAX_PARTS) return badValue(`科目编码应为一个单元格，或类、款、项分列的 ${MAX_PARTS} 个以内单元格，收到 ${cells.length} 个`);
  const single = cells.length === 1 ? cells[0] : undefined;
  const code =
    single === undefined
      ? joinCode(cells)
      : (joinCode(single) ?? (typeof single === 'string' ? joinCode(codeDigits(single) ?? '') : undefined));
  if (!code) return badValue(`「${cells.join(' ')}」不是科目编码（类 3 位，款 5 位，项 7 位）`);
  return code;
}

function yearArg(v: Arg): Result<number | undefined> {
  if (isOmitted(v)) return undefined;
  const y = numberOptionArg(v, '年度');
  if (isFnError(y)) return y;
  if (!y.isInteger() || y.lessThan(1990) || y.greaterThan(2100)) return badValue(`年度应为四位年份，如 2024，收到 ${y.toString()}`);
  return y.toNumber();
}

export function codeName(code: Arg, year?: Arg): Result<string> {
  const c = codeArg(code);
  if (isFnError(c)) return c;
  const y = yearArg(year);
  if (isFnError(y)) return y;
  const name = nameFor(c, y);
  if (name !== undefined) return name;
  const found = lookupCode(c);
  const what = found?.classification ? '' : '（不属于功能分类、经济分类或收入分类）';
  return notAvailable(`科目编码 ${c} 不在政府收支分类科目中${what}`);
}
