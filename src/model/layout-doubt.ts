/**
 * Doubt that comes from a table's layout rather than from one cell. A 支出总表 laid out by source of
 * funds (西安 「部门综合预算支出总表」: 部门预算合计 | 一般公共预算拨款 | … | 上年结转 | 上年实户资金余额 |
 * 其他收入) totals the spending of every source, carry-overs included. Published packages differ in
 * what that total is: one equals the 收支总表's 支出总计 (本年支出合计 + 结转下年, 西安 1598881b),
 * another its 本年支出合计 (d8b69a4e, where nothing is carried forward). Nothing on the page says
 * which, so a figure read as its 合计 rests on a reading in doubt: a check failing on it is a
 * warning that says why (src/rules/doubt.ts), never an error. The resolver (./resolver.ts) attaches it.
 */
import type { RecognizedTable } from '../recognize/types';
import { norm } from './line-labels';

const CARRYOVER_SOURCE = /^(上年结转|上年结余|上年结转结余|上年实户资金余额|用事业基金弥补收支差额)/;

function hasCarryoverSource(t: RecognizedTable): boolean {
  return t.lists.some((l) => l.columns.some((c) => c.path.some((p) => CARRYOVER_SOURCE.test(norm(p ?? '')))));
}

/** Why a figure of this name read from this table is in doubt because of the table's layout, if it is. */
export function layoutDoubt(t: RecognizedTable, name: string): string | undefined {
  if (t.kind !== 'expenditure_summary' || !/合计|总计/.test(name) || !hasCarryoverSource(t)) return undefined;
  return '支出总表按资金来源分栏（含「上年结转」等栏），其合计含上年结转资金安排的支出，可能等于收支总表的支出总计而非本年支出合计，表上没有注明，比对结果存疑';
}
