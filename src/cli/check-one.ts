/** One workbook of a folder, start to finish: what the folder loop and its worker threads both run. */
import type { AnalyzeOptions } from '../engine';
import type { JsonReport } from '../report';
import { loadWorkbook } from './load';
import { checkWorkbook } from './report-of';

/** `shownName` is how the report names the file (its path inside the folder when recursive). */
export async function checkOne(file: string, options: AnalyzeOptions, shownName?: string): Promise<{ report: JsonReport; notes: string[] }> {
  const wb = await loadWorkbook(file);
  return checkWorkbook(wb, options, shownName ?? wb.name);
}
