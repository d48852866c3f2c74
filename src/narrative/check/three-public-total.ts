/**
 * 「2025年“三公”经费预算6.00万元」 against a “三公” table whose 合计 column has no “三公” word over it
 * (合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费): the table's 合计 is the “三公” total —
 * only when the table holds nothing but the “三公” items (a 「“三公”经费、会议费、培训费」 table's 合计
 * takes in 会议费 and 培训费, and a 机关运行经费 column is no “三公” item). Before, no figure was found,
 * so a wrong “三公” total in the 说明 was never compared.
 */
import type { BudgetModel } from '../../model/types';
import type { Fact } from '../facts';
import { toWan } from '../facts';

const NOT_THREE = /会议费|培训费|机关运行|运行经费|其他/;

export function threePublicTotals(model: BudgetModel): Fact[] {
  const out: Fact[] = [];
  for (const t of model.tablesOf('three_public_expenses')) {
    if (NOT_THREE.test(t.title) || t.lists.some((l) => l.columns.some((c) => NOT_THREE.test(c.path.join(''))))) continue;
    const f = model.figure('three_public_expenses', '合计', t);
    if (f) out.push({ name: '三公经费', value: toWan(f.value, f.unit), cells: f.cells, table: t });
  }
  return out;
}
