/**
 * The fields of a form-shaped table (整体绩效目标表: label and amount pairs side by side, e.g.
 * 「人员经费 | 82.42 | 当年财政拨款 | 89.05」), read across every row of the table's range for the
 * rules, which name a form's figures by their labels (RecognizedTable.formFields). A value belongs
 * to the nearest label on its left; 「合计」 takes the name of the group label before it in the row
 * (基本支出 … 合计 → 基本支出合计). Names are compared as the rules compare labels (RULE_LABEL).
 */
import Decimal from 'decimal.js';
import { parseAmount } from '../grid/number';
import { cellAt, type CellRange, type CellValue, type SheetGrid } from '../grid/types';
import { normalizer, RULE_LABEL } from '../vocabulary/labels';
import type { FormField } from './types';

const norm = normalizer(RULE_LABEL);

function label(s: string): string {
  return norm(s)
    .replace(/^\(\d+\)|^\d+[、.]/, '')
    .replace(/[:：]$/, '')
    .replace(/\(万元\)$/, '')
    .replace(/^.*[:：]/, '')
    .replace(/^\(\d+\)/, '');
}

/** Cell values with merged areas filled from their top-left cell. */
function mergedReader(g: SheetGrid): (r: number, c: number) => CellValue {
  const master = new Map<string, [number, number]>();
  for (const m of g.merges) for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) master.set(`${r},${c}`, [m.r0, m.c0]);
  return (r, c) => {
    const m = master.get(`${r},${c}`);
    return m ? cellAt(g, m[0], m[1]) : cellAt(g, r, c);
  };
}

/** The fields of the form in `range` of `sheet` (first field of a name wins). */
export function readFormFields(g: SheetGrid, sheet: string, range: CellRange): FormField[] {
  const out = new Map<string, FormField>();
  {
    const at = mergedReader(g);
    for (let r = range.r0; r <= range.r1; r++) {
      let last: string | null = null;
      let group: string | null = null;
      let prevText: string | null = null;
      for (let c = range.c0; c <= range.c1; c++) {
        const v = at(r, c);
        const p = parseAmount(v);
        if (p.kind === 'text') {
          const l = label(p.text);
          if (l && l !== prevText) {
            if (last && last !== l) group = last;
            last = l;
          }
          prevText = l;
          continue;
        }
        if (!last) continue;
        if (p.kind === 'number' || (p.kind === 'blank' && prevText === last)) {
          const name = /^(合计|小计)$/.test(last) && group ? `${group}合计` : last;
          const had = out.get(name);
          if (!had) out.set(name, { name, value: p.kind === 'number' ? p.value : new Decimal(0), cell: { sheet, row: r, col: c } });
          else if (p.kind === 'number' && had.cell.row === r && had.value.isZero() && !had.doubt) {
            // 「标签 | (空) | 50」: is the blank its value, or 50? Read as blank, but not sure.
            had.doubt = `「${name}」右侧紧邻的单元格为空，其后同一行另有数值${p.value.toString()}，未能确定哪一格是它的数值`;
          }
          if (p.kind === 'number') last = null;
        }
        prevText = null;
      }
    }
  }
  return [...out.values()];
}
