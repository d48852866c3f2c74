/**
 * 项目支出绩效目标表 printed as one form per project (one per sheet or per page): the package's
 * 「项目绩效目标表.合计」 is the sum of every form's 资金总额, not the first form's. Forms are
 * published for some projects only in many provinces, so a sum of forms is read in doubt: a
 * mismatch with 项目支出表 is a warning that says so (doubt.ts), never an error.
 */
import Decimal from 'decimal.js';
import type { BudgetModel } from '../../model/types';
import type { Unit } from '../../recognize/types';
import { fromAmount, type Val } from './value';

const TOTAL_NAMES = /^(合计|资金总额|年度资金总额)$/;

/** Σ 资金总额 over every project form of the package, or undefined when the tables are not forms. */
export function projectFormsTotal(model: BudgetModel, name: string, unit: Unit): Val | undefined {
  if (!TOTAL_NAMES.test(name)) return undefined;
  const tables = model.tablesOf('performance_project');
  const forms = tables.filter((t) => t.lists.some((l) => l.columns.some((c) => c.virtual)));
  if (forms.length === 0 || forms.length !== tables.length) return undefined;
  let sum = new Decimal(0);
  const cells = [];
  let n = 0;
  for (const t of forms) {
    for (const list of t.lists) {
      const col = list.columns.find((c) => c.virtual && c.role === '合计');
      if (!col) continue;
      for (const line of list.lines) {
        const a = line.amounts[col.col];
        if (!a) continue;
        const v = (t.unit ?? unit) === unit ? a.value : unit === '万元' ? a.value.div(10000) : a.value.times(10000);
        sum = sum.plus(v);
        cells.push(a.cell);
        n++;
      }
    }
  }
  if (n === 0) return undefined;
  const val = fromAmount(sum, unit, cells, forms[0].id, n);
  return { ...val, tables: forms.map((t) => t.id), doubts: [`项目绩效目标表为逐个项目的表单（${n}个），其资金总额之和未必涵盖项目支出表的全部项目`] };
}
