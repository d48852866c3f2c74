/**
 * What recognition reads for the later stages beyond lines and amounts, so that no stage after
 * recognition reads the grid again (rules and the 说明 checker get no sheets):
 *  - 整体支出绩效目标表: the form's label → value fields (form-fields.ts);
 *  - 绩效目标表: the indicator block as printed, counted (indicator-levels.ts);
 *  - 目录: the texts of each row across the table (a 「空表」 mark may stand in any column);
 *  - every list table: its amount cells holding an error value or a formula without a result.
 * Runs on the final tables (continuations joined, the user's kind corrections applied).
 */
import type { SheetGrid } from '../grid/types';
import { readFormFields } from './form-fields';
import { readIndicatorLevels } from './indicator-levels';
import type { RecognizedTable } from './types';
import { readUnreadableCells } from './unreadable-cells';

/** The string cells of a row across the table (trimmed; numbers and blanks are ''). */
function rowTexts(g: SheetGrid, t: RecognizedTable, row: number): string[] {
  const r = g.values[row - g.top] ?? [];
  const out: string[] = [];
  for (let c = t.range.c0; c <= t.range.c1; c++) {
    const v = r[c - g.left];
    out.push(typeof v === 'string' ? v.trim() : '');
  }
  return out;
}

export function handOver(tables: RecognizedTable[], sheets: SheetGrid[]): void {
  const grids = new Map(sheets.map((g) => [g.name, g]));
  for (const t of tables) {
    const g = grids.get(t.sheet);
    if (!g) continue;
    if (t.kind === 'performance_overall') t.formFields = readFormFields(g, t.sheet, t.range);
    // forms are left out: their indicator values are texts
    if (!t.kind.startsWith('performance')) t.unreadableCells = readUnreadableCells(g, t);
    if (t.kind.startsWith('performance')) {
      const levels = readIndicatorLevels(g, t.range);
      if (levels) t.indicatorLevels = levels;
    }
    if (t.kind === 'table_of_contents') {
      t.rowTexts = {};
      for (const list of t.lists) for (const line of list.lines) t.rowTexts[line.row] = rowTexts(g, t, line.row);
    }
  }
}
