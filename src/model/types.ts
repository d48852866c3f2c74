/**
 * BudgetModel: the meaning of a workbook. Rules and the narrative only ever talk to this.
 * A figure is a named amount of a recognized table (收支总表.收入总计), exact, with its unit
 * and the cell(s) it came from.
 */
import type Decimal from 'decimal.js';
import type { CellRef } from '../grid/types';
import type { TableKind } from '../vocabulary/tables';
import type { Line, PerformanceIndicator, RecognizedTable, Stage, Unit } from '../recognize/types';
import type { SheetReport } from '../recognize';
import type { Reading } from './reading';

export interface Figure {
  /** Canonical name (see vocabulary.ts), e.g. "收入总计". */
  name: string;
  /** Exact value in the table's own unit. */
  value: Decimal;
  unit: Unit | null;
  cells: CellRef[];
  table: RecognizedTable;
  line?: Line;
  /** True when every source cell was blank (an empty figure counts as 0). */
  blank: boolean;
  /** How it was read: cell, line, column, layout, sure or not and why (src/model/reading.ts). */
  reading?: Reading;
}

export interface BudgetModel {
  tables: RecognizedTable[];
  /** The package's stage, from the tables (预算 unless the tables say 决算). */
  stage: Stage;
  year: number | null;
  department: string | null;
  /** All tables of a kind in workbook order. */
  tablesOf(kind: TableKind): RecognizedTable[];
  /** A named figure of the first (or given) table of a kind; undefined when absent. */
  figure(kind: TableKind, name: string, table?: RecognizedTable): Figure | undefined;
  /** Every named figure of a table. */
  figures(table: RecognizedTable): Figure[];
  /**
   * Lines of the first (or given) table of a kind, every list; `side` picks 'income' /
   * 'expenditure' / 'main'. Use with amountIn(list, line, role) from src/model/lines.ts.
   */
  lines(kind: TableKind, side?: 'main' | 'income' | 'expenditure', table?: RecognizedTable): Line[];
  /**
   * The indicator rows of a 绩效目标表 (一级/二级/三级指标, 指标值, cells); [] for other tables.
   * Count them with countIndicators() from src/model/indicators.ts.
   */
  indicators(table: RecognizedTable): PerformanceIndicator[];
  /** One report per sheet of the workbook: how many tables, and a Chinese reason when it holds no standard table. */
  sheets: SheetReport[];
  /** The line with this 科目编码 ("201", "2010301", "30101") in the first (or given) table of a kind. */
  line(kind: TableKind, code: string, table?: RecognizedTable): Line | undefined;
}
