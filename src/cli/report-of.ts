/**
 * One loaded input → its report. A workbook in which no budget table is recognized cannot pass:
 * it is unusable input (exit 2), with what was found on each sheet. A PDF package is checked with
 * its own 说明 (the prose pages) unless --narrative names another, and its findings carry pages.
 * Notes to show the user (corrections that name nothing, PDF pages that could not be read) are
 * returned, never dropped.
 */
import { analyze, type Analysis, type AnalyzeOptions } from '../engine';
import { priorMismatch } from '../narrative/prior-match';
import { correctionProblems } from '../recognize/corrections-check';
import { toJsonReport, type JsonReport } from '../report';
import { addPages } from '../report-pages';
import { InputError } from './files';
import type { LoadedWorkbook } from './load';

/** Tables a check can stand on: anything but unrecognized blocks and a table of contents. */
const NOT_A_BUDGET_TABLE = new Set(['unknown', 'table_of_contents']);

/** Throws the Chinese reason when no budget table was recognized (the workbook cannot pass). */
export function requireBudgetTables(a: Analysis, shownName: string): void {
  if (a.tables.some((t) => !NOT_A_BUDGET_TABLE.has(t.kind))) return;
  const why = a.model.sheets
    .slice(0, 6)
    .map((s) => `工作表「${s.sheet}」${s.reason ? `：${s.reason}` : ''}`)
    .join('；');
  throw new InputError(`「${shownName}」中没有识别出任何预算公开表格，无法使用${why ? `（${why}${a.model.sheets.length > 6 ? '……' : ''}）` : '（工作簿中没有工作表）'}`);
}

export function checkWorkbook(wb: LoadedWorkbook, options: AnalyzeOptions, shownName = wb.name): { report: JsonReport; notes: string[] } {
  const ownNarrative = wb.pdf && wb.pdf.narrative.trim() ? wb.pdf.narrative : undefined;
  const a = analyze(wb.sheets, { ...options, narrative: options.narrative ?? ownNarrative });
  // a PDF of the 说明 alone (北京 publishes it apart from the tables) is checked as a 说明 (docs/pdf.md)
  if (!(wb.pdf && wb.sheets.length === 0 && ownNarrative)) requireBudgetTables(a, shownName);
  // as `yusuan narrative --prior`: another department's or year's figures would check false 比上年 changes
  const mismatch = a.priorModel && !options.priorAny ? priorMismatch(a.model, a.priorModel) : null;
  if (mismatch) throw new InputError(`上年工作簿${mismatch}。如确需使用，请加 --prior-any`);
  const notes = [...(wb.pdf?.notes ?? [])];
  if (options.corrections) {
    notes.push(
      ...correctionProblems(options.corrections, {
        sheets: wb.sheets.map((s) => s.name),
        tablesOn: (sheet) => a.model.sheets.find((s) => s.sheet === sheet)?.tables ?? 0,
      }),
    );
  }
  const report = toJsonReport(shownName, a);
  return { report: wb.pdf ? addPages(report, wb.pdf.source) : report, notes };
}

/** The report alone, notes written through `err` (the corpus harness). */
export function reportOf(wb: LoadedWorkbook, options: AnalyzeOptions, err: (s: string) => void): JsonReport {
  const { report, notes } = checkWorkbook(wb, options);
  for (const n of notes) err(`注意（${wb.name}）：${n}`);
  return report;
}
