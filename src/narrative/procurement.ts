/**
 * 政府采购 by type (货物 / 工程 / 服务) from a 政府采购预算表: a column per type (read on the 合计
 * line, else added up over the table's lines) or a line per type. Recognition gives these columns
 * no role yet, so they are found here by their header text.
 */
import Decimal from 'decimal.js';
import { convertUnit } from '../grid/decimal';
import type { CellRef } from '../grid/types';
import { mainColumn } from '../model/lines';
import type { BudgetModel } from '../model/types';
import type { Line, RecognizedTable, TableList } from '../recognize/types';
import type { Fact } from './types';
import { normalizer } from '../vocabulary/labels';

/** Fact name → the words of its column header or line label. DATA. */
export const PROCUREMENT_TYPES: Record<string, RegExp> = {
  政府采购货物: /^(政府采购)?货物(类|采购)?(预算)?$/,
  政府采购工程: /^(政府采购)?工程(类|采购)?(预算)?$/,
  政府采购服务: /^(政府采购)?服务(类|采购)?(预算)?$/,
};

const toWan = (v: Decimal, t: RecognizedTable) => (t.unit === '元' ? convertUnit(v, '元', '万元') : v);
/** Labels without spaces and parentheses (no fold: the patterns below are written full-width). */
const bare = normalizer({ spaces: true, parens: 'drop' });

function fromColumn(t: RecognizedTable, list: TableList, pattern: RegExp): Fact | undefined {
  const col = list.columns.find((c) => c.type === 'amount' && pattern.test(bare(c.path[c.path.length - 1] ?? '')));
  if (!col) return undefined;
  const items = list.lines.filter((l) => (l.kind === 'item' || l.kind === 'unit') && !l.ofWhich);
  const total = list.lines.find((l) => l.kind === 'total');
  // A 合计 line left blank in this column while its lines hold money says nothing: add the lines.
  const totalBlank = total && (!total.amounts[col.col] || total.amounts[col.col].blank) && items.some((l) => l.amounts[col.col] && !l.amounts[col.col].value.isZero());
  const lines: Line[] = total && !totalBlank ? [total] : items;
  const amounts = lines.map((l) => l.amounts[col.col]).filter((a) => a);
  // A cell that is not a number is not 0: the figure is unknown (the 说明 keeps its blank).
  if (amounts.length === 0 || amounts.some((a) => a.problem)) return undefined;
  const cells: CellRef[] = amounts.map((a) => a.cell);
  const value = amounts.reduce((s, a) => s.plus(a.value), new Decimal(0));
  return { name: '', value: toWan(value, t), cells, table: t };
}

function fromLine(t: RecognizedTable, list: TableList, pattern: RegExp): Fact | undefined {
  const line = list.lines.find((l) => pattern.test(bare(l.name)));
  const col = mainColumn(list);
  const a = line && col ? line.amounts[col.col] : undefined;
  return a && !a.problem ? { name: '', value: toWan(a.value, t), cells: [a.cell], table: t } : undefined;
}

export function procurementFacts(model: BudgetModel, name: string): Fact[] {
  const pattern = PROCUREMENT_TYPES[name];
  if (!pattern) return [];
  const out: Fact[] = [];
  for (const t of model.tablesOf('government_procurement')) {
    for (const list of t.lists) {
      const f = fromColumn(t, list, pattern) ?? fromLine(t, list, pattern);
      if (f) out.push({ ...f, name });
    }
  }
  return out;
}
