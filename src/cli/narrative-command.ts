/**
 * `yusuan narrative <工作簿.xlsx> [--prior 上年.xlsx [--prior-any]] [--template mof-default|henan|模板.json]
 *  [--docx 输出.docx] [--html 输出.html]` — writes the 说明 from the figures and prints it.
 */
import * as fs from 'fs';
import { analyze } from '../engine';
import { chartsFor } from '../narrative/charts';
import { generateNarrative, listTemplates, priorMismatch, narrativeToDocx, narrativeToHtml, narrativeToText, parseTemplate, type NarrativeTemplate } from '../narrative';
import { InputError, loadWorkbook, readTextFile } from './load';
import { writeOutputFile } from './files';
import { checkOutputs, inputPaths } from './outputs';
import type { CliIO } from './io';
import { requireBudgetTables } from './report-of';

function template(flag: string | true | undefined): string | NarrativeTemplate | undefined {
  if (typeof flag !== 'string') return undefined;
  if (listTemplates().some((t) => t.id === flag)) return flag;
  if (!fs.existsSync(flag)) throw new InputError(`没有名为「${flag}」的说明模板（可用：${listTemplates().map((t) => t.id).join('、')}，或模板 JSON 文件）`);
  try {
    return parseTemplate(readTextFile(flag, '模板'));
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

export async function runNarrative(positional: string[], flags: Record<string, string | true>, io: CliIO): Promise<number> {
  const target = positional[0];
  if (!target) throw new InputError('请指定工作簿（.xlsx）：yusuan narrative <工作簿.xlsx> [--prior 上年.xlsx] [--docx 输出.docx]');
  // refused outputs (an input, an existing file without --force, a missing folder) cost nothing
  checkOutputs(flags, inputPaths(positional, flags));
  const wb = await loadWorkbook(target);
  const current = analyze(wb.sheets);
  requireBudgetTables(current, wb.name); // a 说明 of nothing but blanks is no 说明
  const prior = typeof flags.prior === 'string' ? analyze((await loadWorkbook(flags.prior)).sheets).model : undefined;
  // Another department's or another year's workbook would give false 比上年 figures (--prior-any overrides).
  const mismatch = prior && !flags['prior-any'] ? priorMismatch(current.model, prior) : null;
  if (mismatch) throw new InputError(`「${flags.prior}」${mismatch}。如确需使用，请加 --prior-any`);
  const doc = generateNarrative(current.model, { prior, template: template(flags.template) });
  if (typeof flags.docx === 'string') {
    // --charts: 图1–图4 after their sections, drawn from the same figures, numbers in the captions
    const charts = flags.charts === true ? chartsFor(current.model, prior) : undefined;
    writeOutputFile(flags.docx, await narrativeToDocx(doc, { charts }), flags.force === true);
    io.err(`已写入 Word 文件：${flags.docx}`);
  }
  if (typeof flags.html === 'string') writeOutputFile(flags.html, `<!doctype html><meta charset="utf-8">${narrativeToHtml(doc)}`, flags.force === true);
  io.out(narrativeToText(doc));
  for (const n of doc.notes) io.err(`注意：${n}`);
  return 0;
}
