/**
 * Findings: one shape everywhere (CLI JSON contract, task pane, YS.CHECK). The JSON printed by
 * `yusuan check --json` is a contract: extend it, never break it (see docs/json-contract.md).
 */
import type { CellRef } from './grid/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Rule id, e.g. "income_expenditure_summary.totals_balance" or "narrative.amount_mismatch". */
  rule: string;
  severity: Severity;
  /** One Chinese sentence naming the tables and the figures. */
  message: string;
  /** Every cell the finding compares (total and items). */
  cells: CellRef[];
  expected?: string;
  actual?: string;
  difference?: string;
  /** For findings about the 说明 text: 1-based line and the sentence. */
  line?: number;
  quote?: string;
  /** True when the difference is within rounding (尾差). */
  rounding?: boolean;
  /**
   * Set when an error was made a warning because a reading it rests on is in doubt: what was
   * read and why (「财政拨款支出表第6行「总计」：合计读作空白…」). See docs/rules.md, "Read certainty".
   */
  doubt?: string;
  /** Findings caused by this one (grouped, so one wrong subtotal is one finding). */
  consequences?: Finding[];
  /** The table ids this finding is about (for grouping in the pane). */
  tables?: string[];
}

export function severityName(s: Severity): string {
  return s === 'error' ? '错误' : s === 'warning' ? '提示' : '信息';
}
