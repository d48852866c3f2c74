/**
 * What recognition delivers: tables with meaning. Every amount keeps its source cell so that
 * findings can take the user there. Rules and the narrative read RecognizedTable through the
 * model (src/model), never the grid.
 */
import type Decimal from 'decimal.js';
import type { CellRange, CellRef, CellValue } from '../grid/types';
import type { TableKind } from '../vocabulary/tables';

export type Unit = '元' | '万元';
export type Stage = '预算' | '决算';

/** One amount cell of a table. Blank cells are present with value 0 and blank = true. */
export interface Amount {
  value: Decimal;
  cell: CellRef;
  blank: boolean;
  /** The raw cell value, for messages ("单元格内容为文本 1,234.00"). */
  raw?: CellValue;
  /** Set when the cell could not be read as a number (#REF!, text): value is 0 then. */
  problem?: string;
  /** Decimals the cell's text printed (「480544221.6」 → 1); undefined for a spreadsheet number, whose shown format is unknown. */
  printedDecimals?: number;
  /**
   * Set when recognition guessed which cell holds this amount (a form label found, its value cell
   * not): why the reading is in doubt, in Chinese. A check resting on it reports a warning only.
   */
  doubt?: string;
}

/**
 * A column of a table. `path` is the header read top-down through merged cells, e.g.
 * ["支出", "一般公共预算", "小计"]; `role` is its meaning in canonical Chinese
 * (see COLUMN_ROLES in src/vocabulary/figures.ts), or null.
 */
export interface Column {
  col: number;
  path: string[];
  role: string | null;
  /** 'code' | 'name' | 'amount' | 'text' — what the column holds. */
  type: 'code' | 'name' | 'amount' | 'text';
  /** Every recognized role along the path, outermost first (["基本支出", "人员经费", "工资福利支出"]). */
  roles?: string[];
  hidden?: boolean;
  /**
   * A column of a form-shaped table (绩效目标表) that has no cells of its own: `col` is numbered
   * after the table's last column; every amount under it carries its real cell.
   */
  virtual?: boolean;
}

export type LineKind =
  | 'item' // an ordinary line (a source of income, a 科目, a project, an economic class)
  | 'total' // 合计/总计 of the list (or of the whole table)
  | 'subtotal' // 小计 or a parent line whose children follow
  | 'placeholder' // "……", "**", empty template rows
  | 'unit' // a 单位/部门 row in by-unit tables
  | 'note'; // text row inside the body

/** One row of a list. */
export interface Line {
  row: number;
  /** 科目编码 joined ("2010301"), whether it was joined or split in the sheet. */
  code?: string;
  /** Code length: 3 类 / 5 款 / 7 项 (功能分类); 3 类 / 5 款 (经济分类). */
  level?: number;
  /** Which classification the code belongs to. */
  classification?: 'function' | 'economic' | 'gov_economic' | 'income';
  /** The line's label without numbering ("一、", "（一）") and code brackets. */
  name: string;
  /** The label exactly as in the cell(s). */
  label: string;
  kind: LineKind;
  /** Canonical figure name when the line is one (收入总计, 本年收入合计, 上年结转 …). */
  figure?: string;
  /** Amounts by column index (absolute col). */
  amounts: Record<number, Amount>;
  hidden?: boolean;
  /** A 「其中：」 line: a part of the line above, never added into sums of its siblings. */
  ofWhich?: boolean;
  /** A 项目编码 or other long code that is not a 科目编码 (项目绩效目标汇总表: 410329230000001387). */
  itemCode?: string;
  /**
   * Texts of the list's non-amount columns on this row, keyed by absolute column (项目单位, 项目类型,
   * 成本指标 text …). Read on access; blank cells are absent.
   */
  texts?: Record<number, string>;
  /** Which list side the line sits on (copied from its TableList for convenience). */
  side?: 'main' | 'income' | 'expenditure';
}

/**
 * A list of lines sharing columns. One-sided tables have one list ('main'); a 收支总表 has an
 * 'income' list and one or more 'expenditure' lists (陕西 style: 功能分类 / 部门经济分类 /
 * 政府经济分类 blocks side by side).
 */
export interface TableList {
  side: 'main' | 'income' | 'expenditure';
  /** Block label for multi-block tables, e.g. "功能分类". */
  block?: string;
  columns: Column[];
  lines: Line[];
}

/**
 * One indicator row of a 绩效目标表: 一级/二级/三级指标 text (merged or repeated labels already
 * carried down) and the 指标值, with their cells. Summary tables (one row per project, 「成本指标 ›
 * 三级指标 | 指标值」 column pairs) give level1 = the group (成本指标), level2 = ''.
 */
/** A field of a form read as label → value (「人员经费 | 82.42」); `name` as the rules' labels compare. */
export interface FormField {
  name: string;
  value: Decimal;
  cell: CellRef;
  /** Why the value cell is a guess (see Amount.doubt). */
  doubt?: string;
}

/** One level of a 绩效目标表's indicator block: how many, and the first cell of each. */
export interface IndicatorLevel {
  count: number;
  cells: CellRef[];
}

export interface IndicatorLevels {
  level1: IndicatorLevel;
  level2: IndicatorLevel;
  level3: IndicatorLevel;
}

export interface PerformanceIndicator {
  /** The project the indicator belongs to (项目绩效目标表), when known. */
  project?: string;
  level1: string;
  level2: string;
  level3: string;
  value: string;
  cells: { level1?: CellRef; level2?: CellRef; level3: CellRef; value?: CellRef };
}

export interface RecognizedTable {
  /** Stable id within one analysis: "<sheet>#<n>". */
  id: string;
  sheet: string;
  kind: TableKind;
  /** How sure recognition is (0..1) and why, for the pane and for debugging. */
  confidence: number;
  reasons: string[];
  stage: Stage | null;
  title: string;
  titleCell?: CellRef;
  unit: Unit | null;
  unitCell?: CellRef;
  /**
   * The unit exactly as written (「单位：万元」, 「单位：万」, 「金额（万元）」), so that rules can
   * warn about an incomplete label such as 「单位：万」.
   */
  unitLabel?: string;
  year: number | null;
  department: string | null;
  /** Whole table including title block and notes. */
  range: CellRange;
  headerRange: CellRange | null;
  dataRange: CellRange | null;
  empty: boolean;
  /** The note that explains an empty table (「本表为空」…), if any. */
  emptyNote?: string;
  lists: TableList[];
  /** Notes above/below the table (备注, 注：…). */
  notes: string[];
  /** Problems recognition noticed (hidden rows, unreadable cells …), in Chinese. */
  warnings: string[];
  /** 绩效目标表 only: the indicator rows (model.indicators(table), countIndicators in src/model). */
  indicators?: PerformanceIndicator[];
  // Cells later stages read beyond lines and amounts, handed over by recognition
  // (src/recognize/hand-over.ts) so that no stage after it reads the grid again.
  /** 整体支出绩效目标表: the label → value fields read across the form's rows (form-fields.ts). */
  formFields?: FormField[];
  /** 绩效目标表: the 一级/二级/三级 indicator block as printed, counted (indicator-levels.ts). */
  indicatorLevels?: IndicatorLevels;
  /** 目录: the texts of each row across the table (row → texts of its columns), for 「空表」 marks. */
  rowTexts?: Record<number, string[]>;
  /** Amount cells that cannot be read (error values, formulas without a result); not for 绩效 forms. */
  unreadableCells?: UnreadableCell[];
  /** True when the user corrected the kind/unit. */
  corrected?: boolean;
}

/** What recognition made of one sheet: its tables, or why there are none. */
export interface SheetReport {
  sheet: string;
  tables: number;
  reason?: string;
  /** The source could not read the sheet (SheetGrid.unreadable): why, in Chinese. */
  unreadable?: string;
}

/** An amount cell holding an Excel error value or a formula without a saved result (unreadable-cells.ts). */
export interface UnreadableCell {
  cell: CellRef;
  /** The error code (#REF!) or NO_CACHED_RESULT. */
  code: string;
  formula: string | null;
}
