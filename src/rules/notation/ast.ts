/**
 * The rule notation's syntax tree (see docs/rules.md). A rule file is a list of rules; each rule
 * has an id, a Chinese name, a severity and one or more checks.
 */

export type Severity = 'error' | 'warning';

/** A reference to a named figure: 收支总表.收入总计, 支出总表[2010301].基本支出. */
export interface RefExpr {
  type: 'ref';
  table: string;
  /** Line selector in brackets: a 科目 code or a line name. */
  line?: string;
  /** Figure name, or line name when a column follows. */
  name?: string;
  /** Column name (third part). */
  column?: string;
  /** Written with a trailing ?: counts as 0 when the table lacks it. */
  optional?: boolean;
  text: string;
}

/** Σ over a set of lines: 合计(收支总表.收入项). */
export interface SumExpr {
  type: 'sum';
  table: string;
  set: string;
  column?: string;
  optional?: boolean;
  text: string;
}

/** A bare name inside 逐行: a column of the row. `optional` when written 名称? */
export interface ColumnExpr {
  type: 'column';
  name: string;
  optional: boolean;
  text: string;
}

export interface NumberExpr {
  type: 'number';
  value: string;
  text: string;
}

export interface BinaryExpr {
  type: 'binary';
  op: '+' | '-';
  left: Expr;
  right: Expr;
  text: string;
}

export type Expr = RefExpr | SumExpr | ColumnExpr | NumberExpr | BinaryExpr;

export type CompareOp = '=' | '<=' | '>=' | '≈';

export interface CompareCheck {
  type: 'compare';
  left: Expr;
  op: CompareOp;
  right: Expr;
  /** Set for 逐行 checks: the table whose every row is checked. */
  perRow?: string;
  /** 若 … 则 …: the check applies only when this comparison holds exactly. */
  when?: { left: Expr; op: CompareOp; right: Expr };
  line: number;
  text: string;
}

/**
 * Structural checks written as one keyword and table(s):
 * 逐级汇总 表 (rows: 合计 = Σ单位 / Σ类, 类 = Σ款 = Σ项), 逐栏汇总 表 (columns: 合计 = Σ栏目),
 * 逐科目 表A = 表B (same 科目 lines agree in every common column), 必备 表、表 (tables present).
 */
export interface StructureCheck {
  type: 'structure';
  kind: '逐级汇总' | '逐栏汇总' | '逐科目' | '必备' | '内置';
  tables: string[];
  /** For 内置: the name of a check implemented in code (src/rules/special). */
  name?: string;
  /** 逐科目: how the two tables compare (= or ≤). */
  op?: CompareOp;
  /** 必备（预算） / 必备（决算）: the list applies to packages of that stage only. */
  stage?: '预算' | '决算';
  when?: { left: Expr; op: CompareOp; right: Expr };
  line: number;
  text: string;
}

export type Check = CompareCheck | StructureCheck;

export interface Rule {
  id: string;
  name: string;
  severity: Severity;
  description?: string;
  checks: Check[];
  /** Table names the rule needs (derived from its checks). */
  tables: string[];
  /** 1-based line of the rule header in its source text. */
  line: number;
  source?: string;
}

export interface ParseError {
  line: number;
  column?: number;
  message: string;
}
