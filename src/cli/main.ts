/** The `yusuan` command: argument parsing → engine → printers. */
import * as fs from 'fs';
import * as path from 'path';
import type { AnalyzeOptions } from '../engine';
import { explainThresholdOf } from '../narrative/check/review';
import type { TableCorrection } from '../recognize';
import { correctionProblems } from '../recognize/corrections-check';
import { readDocxText } from '../narrative';
import { unreadableReport, type JsonReport } from '../report';
import { parseArgs, UsageError } from './args';
import { SIZE_CAPS, osErrorText, readInputFile } from './files';
import { InputError, loadWorkbook, readJsonFile, readTextFile, workbooksInFolder, WORKBOOK_LOADERS, type LoadedWorkbook } from './load';
import { usage } from './options';
import { checkWorkbook } from './report-of';
import { terminalSafe } from './terminal-safe';
import { checkFolder } from './folder';
import { checkOutputs, inputPaths } from './outputs';
import { folderProgress } from './progress';
import { checkReviewTargets, writeReview } from './review-output';
import { folderSummary, textReport } from './text-report';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

/** Runs the CLI; returns the exit code (0 ok, 1 error-level findings, 2 unusable input). */
export async function runCli(argv: string[], rawIO: CliIO = defaultIO): Promise<number> {
  // what reaches a terminal is made safe (terminal-safe.ts); the JSON is printed as it is
  const io: CliIO = { out: argv.includes('--json') ? rawIO.out : (s) => rawIO.out(terminalSafe(s)), err: (s) => rawIO.err(terminalSafe(s)) };
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.message);
    return 2;
  }
  if (args.flags.version) {
    io.out(`yusuan ${packageVersion()}`);
    return 0;
  }
  if (args.flags.help || args.command === 'help') {
    io.out(usage());
    return 0;
  }
  if (!args.command) {
    io.err(usage());
    return 2;
  }
  try {
    if (args.command === 'check') return await runCheck(args.positional, args.flags, io);
    const extra = commandHandlers[args.command];
    if (extra) return await extra(args.positional, args.flags, io);
    io.err(`未知命令「${args.command}」。\n${usage()}`);
    return 2;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`${args.command === 'check' ? '无法检查' : '无法完成'}：${e.message}`);
      return 2;
    }
    const os = osErrorText(e);
    if (os) {
      io.err(`无法完成：${os}`);
      return 2;
    }
    io.err(internalErrorText(e, args.flags.debug === true));
    return 2;
  }
}

/** The version in package.json (found upwards from here: src/cli in tests, dist/cli/src/cli when built). */
function packageVersion(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const p = path.join(dir, 'package.json');
    if (fs.existsSync(p)) {
      const pkg = JSON.parse(fs.readFileSync(p, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'yusuan') return pkg.version ?? '?';
    }
    if (path.dirname(dir) === dir) return '?';
  }
}

/** One Chinese sentence; the stack only with --debug (for the developers, not the user). */
function internalErrorText(e: unknown, debug: boolean): string {
  const msg = e instanceof Error ? e.message : String(e);
  const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  return `内部错误：检查未能完成（${msg}）。请将此工作簿反馈给开发者；加 --debug 可显示详细信息。${stack}`;
}

type Handler = (positional: string[], flags: Record<string, string | true>, io: CliIO) => Promise<number>;

/** Further commands (yusuan narrative …) register here; their options are rows of ./options.ts. */
export const commandHandlers: Record<string, Handler> = {};

async function buildOptions(flags: Record<string, string | true>): Promise<AnalyzeOptions> {
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

async function runCheck(positional: string[], flags: Record<string, string | true>, io: CliIO): Promise<number> {
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

async function runFolder(dir: string, options: AnalyzeOptions, flags: Record<string, string | true>, io: CliIO): Promise<number> {
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
