/**
 * A list whose label column names an 经济分类 (陕西-style side-by-side 支出 blocks: 「部门预算支出
 * 经济分类科目（按大类）」, 「政府预算支出经济分类科目（按大类）」). Its uncoded lines are economic
 * classes: 「其他支出」, 「转移性支出」, 「债务还本支出」 there are no 功能分类 类 (229, 230, 231), so
 * the name must not give them a 功能分类 code — that made them the block's only 科目 lines and
 * 「本年支出合计」 was compared with their sum (0).
 */
import type { TableList } from './types';

const ECONOMIC = /经济(分类|科目)/;
const FUNCTIONAL = /功能/;

/** True when the list's label column (or its block label) names an economic classification only. */
export function namesEconomicClasses(list: TableList): boolean {
  const nameCol = list.columns.find((c) => c.type === 'name');
  const texts = [list.block ?? '', ...(nameCol?.path ?? [])];
  return texts.some((t) => ECONOMIC.test(t)) && !texts.some((t) => FUNCTIONAL.test(t));
}
