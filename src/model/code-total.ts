/** A 科目 code as a sum over a table's lines, for a code the table prints no line for (YS.AMOUNT). */
import Decimal from 'decimal.js';
import type { RecognizedTable } from '../recognize/types';
import { canonicalName, COLUMN_ROLES } from '../vocabulary/figures';
import { columnOf, mainColumn } from './lines';

/**
 * A 类/款 code the table has no line for (a table listing only 项): the sum of its detail lines,
 * subtotals skipped as in YS.SUMCODE. Undefined when no line has the code as prefix.
 */
export function codeTotal(table: RecognizedTable, code: string, column: string): Decimal | undefined {
  if (!/^\d{3,}$/.test(code)) return undefined;
  let total: Decimal | undefined;
  for (const list of table.lists) {
    const col = column ? columnOf(list, canonicalName(COLUMN_ROLES, column, 'normalized') ?? column) : mainColumn(list);
    if (!col) continue;
    const coded = list.lines.filter((l) => l.code && !l.ofWhich);
    coded.forEach((line, k) => {
      const c = line.code as string;
      const next = coded[k + 1]?.code;
      if (!c.startsWith(code) || (next && next.length > c.length && next.startsWith(c))) return;
      total = (total ?? new Decimal(0)).plus(line.amounts[col.col]?.value ?? 0);
    });
  }
  return total;
}

