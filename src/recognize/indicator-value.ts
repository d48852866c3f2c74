/**
 * The indicator value column of a 绩效目标表 (「指标值」「目标值」, 北京 「本年绩效指标值」): the
 * target of an indicator (95 %, 12 月, 3 次 …), never money. Read as an amount it would be summed
 * with the project figures (issue 17 §2: 「本年绩效指标值 3.00 ≠ 各项之和 180.00」), so a column
 * under such a header is never an amount column, whatever its cells look like.
 * 「预算指标」「指标文号」 (an allocation, a document number) are not indicator values: only a
 * header ending in 值 is one.
 */
import { titleForm } from '../vocabulary/labels';

/** A header text naming an indicator's value (prefixes 本年/年度/绩效 allowed, 「（万元）」 not). */
export const INDICATOR_VALUE = /^(本年度?|年度|当年|全年)?(绩效)?(指标)?(目标值|指标值)/;

/** A column whose header path ends in an indicator value header. */
export function isIndicatorValuePath(path: string[]): boolean {
  const leaf = titleForm(path[path.length - 1] ?? '');
  return leaf !== '' && INDICATOR_VALUE.test(leaf);
}
