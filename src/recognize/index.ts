/**
 * Recognition entry point: grids → recognized tables. (Walking-skeleton stub: every non-empty
 * sheet becomes one table of kind "unknown"; the recognition issue replaces this.)
 */
import type { SheetGrid } from '../grid/types';
import { gridColCount, gridRowCount } from '../grid/types';
import type { TableKind } from './kinds';
import type { RecognizedTable, Unit } from './types';

/** A user's correction of a recognized table, kept in the workbook / a side-car JSON. */
export interface TableCorrection {
  sheet: string;
  /** Which table of the sheet (0-based, in top-to-bottom order); default 0. */
  index?: number;
  kind?: TableKind;
  unit?: Unit | null;
}

export function recognizeWorkbook(sheets: SheetGrid[], corrections: TableCorrection[] = []): RecognizedTable[] {
  void corrections;
  const out: RecognizedTable[] = [];
  for (const g of sheets) {
    const rows = gridRowCount(g);
    const cols = gridColCount(g);
    if (rows === 0 || cols === 0) continue;
    out.push({
      id: `${g.name}#0`,
      sheet: g.name,
      kind: 'unknown',
      confidence: 0,
      reasons: [],
      stage: null,
      title: '',
      unit: null,
      year: null,
      department: null,
      range: { r0: g.top, c0: g.left, r1: g.top + rows - 1, c1: g.left + cols - 1 },
      headerRange: null,
      dataRange: null,
      empty: false,
      lists: [],
      notes: [],
      warnings: [],
    });
  }
  return out;
}
