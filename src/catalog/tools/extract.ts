/**
 * Finding 科目 code–name pairs in a row of tokens (table cells, or a text line split on
 * whitespace). Pure: no file access, so the same logic serves text and workbook rows.
 *
 * Shapes met in real documents:
 *   2010301 | 行政运行                      joined code, name in the next cell
 *   201 | 03 | 01 | (empty) | 行政运行      split code
 *   [30201]办公费                          bracketed code inside the name cell
 *   301 02 津贴补贴 505 01 工资福利支出     two pairs on one row (部门 / 政府 经济分类)
 *   公 务 用 车                             PDF text with spaced-out characters
 */
import { classify } from '../lookup';
import { toHalfWidth } from '../../vocabulary/fold';

export interface Token {
  text: string;
  /** where the token is (cell address or column) */
  at: string;
}

export interface FoundPair {
  code: string;
  name: string;
  at: string;
}

const NAME_BREAKERS = /[0-9。，,;；]/;

const BRACKETED = /^[[【](\d{3}(?:\d{2}){0,2})[\]】]\s*(\S.*)$/;
const HAS_CJK = /[\u4e00-\u9fff]/;
/** Words that follow a bare number in prose but are not 科目 names. */
const NOT_A_NAME = /^(万元|元|年|月|日|个|人|项|家|辆|台|套|次|%)/;

function isCodeStart(t: string): boolean {
  return /^\d{3}(\d{2}){0,2}$/.test(t) && classify(t) !== null;
}

/** A 科目 name: Chinese words, never digits or sentence punctuation (those are prose or amounts). */
export function isNameToken(t: string): boolean {
  return HAS_CJK.test(t) && !NAME_BREAKERS.test(t) && !NOT_A_NAME.test(t);
}

/**
 * `cells`: tokens are spreadsheet cells, where a 款 part may be a number that lost its leading
 * zero (3 for 「03」); in text a lone digit is more likely a row number, so it is not taken.
 */
export function extractPairs(tokens: Token[], cells = false): FoundPair[] {
  const part = cells ? /^\d{1,2}$/ : /^\d{2}$/;
  const toks = tokens.map((t) => ({ ...t, text: toHalfWidth(t.text, 'ascii').trim() })).filter((t) => t.text !== '');
  const out: FoundPair[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const b = BRACKETED.exec(t.text);
    if (b && classify(b[1]) !== null) {
      out.push({ code: b[1], name: b[2].trim(), at: t.at });
      continue;
    }
    if (!isCodeStart(t.text)) continue;
    let code = t.text;
    let j = i + 1;
    // split code: a 3-digit 类 followed by 2-digit 款 (and 项) parts
    while (code.length < 7 && j < toks.length && part.test(toks[j].text)) {
      code += toks[j].text.padStart(2, '0');
      j++;
    }
    if (classify(code) === null || j >= toks.length || !isNameToken(toks[j].text)) continue;
    const name = toks[j].text;
    // spaced-out characters (「公 务 用 车」: PDF text of a wrapped cell) are illegible: no pair
    if (!cells && [...name].length === 1 && j + 1 < toks.length && [...toks[j + 1].text].length === 1) {
      i = j;
      continue;
    }
    out.push({ code, name, at: t.at });
    i = j;
  }
  return out;
}
