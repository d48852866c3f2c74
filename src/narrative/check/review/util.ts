/** Shared by the reviewer's checks: logical lines, sentences, the budget year, findings on a line. */
import type { Finding, Severity } from '../../../findings';
import type { CellRef } from '../../../grid/types';
import type { BudgetModel } from '../../../model/types';
import { claimFinding } from '../finding';
import { lineAt, logicalLines, type LogicalLine } from '../wrapped';

export interface Para {
  ll: LogicalLine;
  text: string;
  index: number;
}

export function paragraphs(text: string): Para[] {
  return logicalLines(text).map((ll, index) => ({ ll, text: ll.text, index }));
}

/** The sentence around an offset of a paragraph (up to 160 characters, as other 说明 findings). */
export function sentenceAt(text: string, offset: number): { start: number; end: number; sentence: string } {
  const before = text.slice(0, offset);
  const start = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？')) + 1;
  const rest = text.slice(offset);
  const e = rest.search(/[。！？]/);
  const end = e < 0 ? text.length : offset + e + 1;
  return { start, end, sentence: text.slice(start, end).trim().slice(0, 160) };
}

export function paraFinding(rule: string, severity: Severity, p: Para, offset: number, message: string, extra: { expected?: string; actual?: string; difference?: string; cells?: CellRef[]; rounding?: boolean } = {}): Finding {
  const { start, sentence } = sentenceAt(p.text, offset);
  return claimFinding(rule, severity, { line: lineAt(p.ll, start), sentence }, message, extra);
}

/** A finding about the whole 说明 (a missing section): no line. */
export function documentFinding(rule: string, severity: Severity, message: string, cells: CellRef[] = []): Finding {
  return { rule: `narrative.${rule}`, severity, message, cells };
}

/** The budget (or 决算) year: the workbook's, else the first 「20XX年…预算/决算」 of the text. */
export function budgetYear(text: string, model: Pick<BudgetModel, 'year'>): number | null {
  if (model.year) return model.year;
  const m = /((?:19|20)\d{2})\s*年度?[^。\n]{0,30}(预算|决算)/.exec(text);
  return m ? Number(m[1]) : null;
}

/** The package's stage: the workbook's when it has tables, else the text's title. */
export function stageOf(text: string, model: Pick<BudgetModel, 'stage' | 'tables'>): '预算' | '决算' {
  if (model.tables.length) return model.stage;
  const head = text.slice(0, 400);
  return /决算/.test(head) && !/预算(情况)?说明/.test(head) ? '决算' : '预算';
}
