/**
 * One loaded input → its report. A PDF package is checked with its own 说明 (the prose pages)
 * unless --narrative names another, its findings carry pages, and what could not be read is
 * said on stderr.
 */
import { analyze, type AnalyzeOptions } from '../engine';
import { toJsonReport, type JsonReport } from '../report';
import { addPages } from '../sources/pdf-pages-report';
import type { LoadedWorkbook } from './load';

export function reportOf(wb: LoadedWorkbook, options: AnalyzeOptions, err: (s: string) => void): JsonReport {
  if (!wb.pdf) return toJsonReport(wb.name, analyze(wb.sheets, options));
  const narrative = options.narrative ?? (wb.pdf.narrative.trim() ? wb.pdf.narrative : undefined);
  for (const n of wb.pdf.notes) err(`注意（${wb.name}）：${n}`);
  return addPages(toJsonReport(wb.name, analyze(wb.sheets, { ...options, narrative })), wb.pdf.source);
}
