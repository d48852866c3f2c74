/** One workbook of a folder, start to finish: what the folder loop and its worker threads both run. */
import { analyze, type AnalyzeOptions } from '../engine';
import { toJsonReport, type JsonReport } from '../report';
import { loadWorkbook } from './load';

export async function checkOne(file: string, options: AnalyzeOptions): Promise<JsonReport> {
  const wb = await loadWorkbook(file);
  return toJsonReport(wb.name, analyze(wb.sheets, options));
}
