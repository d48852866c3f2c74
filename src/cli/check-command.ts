/**
 * `yusuan check <工作簿 | 公开文件.pdf | 文件夹> [--json] [--narrative 说明] [--rules 规则.txt]
 * [--corrections 更正.json] [--prior 上年] [--report/--html 输出]` — checks one workbook or every
 * workbook of a folder and prints the report.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { AnalyzeOptions } from '../engine';
import { explainThresholdOf } from '../narrative/check/review';
import type { TableCorrection } from '../recognize';
import { correctionProblems } from '../recognize/corrections-check';
import { readDocxText } from '../narrative';
import { unreadableReport } from '../report';
import { SIZE_CAPS, osErrorText, readInputFile } from './files';
import { checkFolder } from './folder';
import { internalErrorText, type CliIO, type Flags } from './io';
import { InputError, loadWorkbook, readJsonFile, readTextFile, workbooksInFolder, WORKBOOK_LOADERS } from './load';
import { checkOutputs, inputPaths } from './outputs';
import { folderProgress } from './progress';
import { checkWorkbook } from './report-of';
import { checkReviewTargets, writeReview } from './review-output';
import { folderSummary, textReport } from './text-report';

async function buildOptions(flags: Flags): Promise<AnalyzeOptions> {
  const options: AnalyzeOptions = {};
  if (typeof flags.narrative === 'string') options.narrative = await readNarrativeFile(flags.narrative);
  if (typeof flags.rules === 'string') options.userRules = readTextFile(flags.rules, '规则');
  if (typeof flags.corrections === 'string') options.corrections = readCorrections(flags.corrections);
  if (typeof flags.prior === 'string') options.prior = (await loadWorkbook(flags.prior, '上年工作簿')).sheets;
  if (flags['prior-any'] === true) options.priorAny = true;
  if (typeof flags['explain-threshold'] === 'string') options.explainThreshold = explainThreshold(flags['explain-threshold']);
  return options;
}

/** --explain-threshold: an amount in 万元 (the one number parser; 「100」「100万元」「1,000」). */
function explainThreshold(text: string): number {
  const v = explainThresholdOf(text);
  if (v === undefined) throw new InputError(`--explain-threshold 应为不小于0的金额（万元），如 100；收到「${text}」`);
  return v;
}

/** A corrections file must hold a JSON list; its entries are checked against each workbook. */
function readCorrections(file: string): TableCorrection[] {
  const raw = readJsonFile<unknown>(file, '更正');
  if (!Array.isArray(raw)) throw new InputError(`更正文件「${file}」：${correctionProblems(raw, { sheets: [], tablesOn: () => 0 })[0]}`);
  return raw as TableCorrection[];
}

/** A 说明 as plain text (.txt) or a Word file (.docx), one paragraph per line. */
async function readNarrativeFile(file: string): Promise<string> {
  if (!/\.docx$/i.test(file)) return readTextFile(file, '说明', SIZE_CAPS.narrativeText);
  const data = readInputFile(file, '说明文件', SIZE_CAPS.narrativeDocx);
  try {
    return await readDocxText(data);
  } catch (e) {
    throw new InputError(`无法读取说明文件「${path.basename(file)}」：不是有效的 .docx（${(e as Error).message}）`);
  }
}

function statTarget(target: string): fs.Stats {
  try {
    return fs.statSync(target);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`找不到「${target}」`);
    throw new InputError(osErrorText(e, target) ?? String(e));
  }
}

export async function runCheck(positional: string[], flags: Flags, io: CliIO): Promise<number> {
  const target = positional[0];
  if (!target) throw new InputError('请指定要检查的工作簿（.xlsx）或文件夹：yusuan check <工作簿.xlsx | 文件夹>');
  const isFolder = statTarget(target).isDirectory();
  checkOutputs(flags, inputPaths(positional, flags));
  checkReviewTargets(flags);
  const options = await buildOptions(flags);
  const json = flags.json === true;
  if (isFolder) return runFolder(target, options, flags, io);
  const { report, notes } = checkWorkbook(await loadWorkbook(target), options);
  await writeReview(flags, [{ file: path.basename(target), report }], io);
  io.out(json ? JSON.stringify(report, null, 2) : textReport(report));
  for (const n of notes) io.err(`注意：${n}`);
  return report.summary.errors > 0 ? 1 : 0;
}

async function runFolder(dir: string, options: AnalyzeOptions, flags: Flags, io: CliIO): Promise<number> {
  const json = flags.json === true;
  const recursive = flags.recursive === true;
  const files = workbooksInFolder(dir, recursive);
  const kinds = WORKBOOK_LOADERS.map((l) => l.label).join('或');
  if (files.length === 0) {
    const deeper = recursive ? 0 : workbooksInFolder(dir, true).length;
    throw new InputError(`文件夹「${dir}」中没有 ${kinds}${deeper ? `（子文件夹中有 ${deeper} 个，加 --recursive 一并检查）` : ''}`);
  }
  const progress = folderProgress(flags.progress === true);
  const { reports, failed, results } = await checkFolder(files, options, {
    nameOf: (f) => path.relative(dir, f) || path.basename(f),
    describeError: (e, f) => osErrorText(e, f) ?? internalErrorText(e, flags.debug === true),
    onReport: (report, notes) => {
      progress.clear();
      if (!json) io.out(textReport(report) + '\n');
      for (const n of notes) io.err(`注意：「${report.workbook}」${n}`);
    },
    onProgress: progress.update,
  });
  progress.clear();
  await writeReview(flags, results, io);
  // unreadable files are listed in the JSON too (docs/json-contract.md): same shape, `unreadable` says why
  if (json) io.out(JSON.stringify(results.map((r) => ('report' in r ? r.report : unreadableReport(r.file, r.reason))), null, 2));
  else io.out(folderSummary(reports, failed));
  for (const f of failed) io.err(`无法检查「${f.file}」：${f.reason}`);
  if (reports.some((r) => r.summary.errors > 0)) return 1;
  return failed.length > 0 ? 2 : 0;
}
