/** The `yusuan` command: argument parsing → engine → printers. */
import * as fs from 'fs';
import * as path from 'path';
import { analyze, type AnalyzeOptions } from '../engine';
import type { TableCorrection } from '../recognize';
import { readDocxText } from '../narrative';
import { toJsonReport } from '../report';
import { parseArgs, USAGE } from './args';
import { InputError, loadWorkbook, readJsonFile, readTextFile, workbooksInFolder } from './load';
import { folderSummary, textReport } from './text-report';
import { checkFolder } from './folder';
import { folderProgress } from './progress';
import { checkReviewTargets, writeReview } from './review-output';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
};

/** Runs the CLI; returns the exit code (0 ok, 1 error-level findings, 2 unusable input). */
export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.flags.help || !args.command) {
    io.out(USAGE);
    return args.command || args.flags.help ? 0 : 2;
  }
  try {
    if (args.command === 'check') return await runCheck(args.positional, args.flags, io);
    const extra = commandHandlers[args.command];
    if (extra) return await extra(args.positional, args.flags, io);
    io.err(`未知命令「${args.command}」。\n${USAGE}`);
    return 2;
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`无法检查：${e.message}`);
      return 2;
    }
    io.err(internalErrorText(e, args.flags.debug === true));
    return 2;
  }
}

/** One Chinese sentence; the stack only with --debug (for the developers, not the user). */
function internalErrorText(e: unknown, debug: boolean): string {
  const msg = e instanceof Error ? e.message : String(e);
  const stack = debug && e instanceof Error && e.stack ? `\n${e.stack}` : '';
  return `内部错误：检查未能完成（${msg}）。请将此工作簿反馈给开发者；加 --debug 可显示详细信息。${stack}`;
}

type Handler = (positional: string[], flags: Record<string, string | true>, io: CliIO) => Promise<number>;

/** Further commands (yusuan narrative …) register here. */
export const commandHandlers: Record<string, Handler> = {};

async function buildOptions(flags: Record<string, string | true>): Promise<AnalyzeOptions> {
  const options: AnalyzeOptions = {};
  if (typeof flags.narrative === 'string') options.narrative = await readNarrativeFile(flags.narrative);
  if (typeof flags.rules === 'string') options.userRules = readTextFile(flags.rules, '规则');
  if (typeof flags.corrections === 'string') options.corrections = readJsonFile<TableCorrection[]>(flags.corrections, '更正');
  if (typeof flags.prior === 'string') options.prior = (await loadWorkbook(flags.prior)).sheets;
  return options;
}

/** A 说明 as plain text (.txt) or a Word file (.docx), one paragraph per line. */
async function readNarrativeFile(file: string): Promise<string> {
  if (!/\.docx$/i.test(file)) return readTextFile(file, '说明');
  if (!fs.existsSync(file)) throw new InputError(`找不到说明文件「${file}」`);
  try {
    return await readDocxText(fs.readFileSync(file));
  } catch (e) {
    throw new InputError(`无法读取说明文件「${path.basename(file)}」：不是有效的 .docx（${(e as Error).message}）`);
  }
}

async function runCheck(positional: string[], flags: Record<string, string | true>, io: CliIO): Promise<number> {
  const target = positional[0];
  if (!target) throw new InputError('请指定要检查的工作簿（.xlsx）或文件夹');
  if (!fs.existsSync(target)) throw new InputError(`找不到「${target}」`);
  checkReviewTargets(flags);
  const options = await buildOptions(flags);
  const json = flags.json === true;
  if (fs.statSync(target).isDirectory()) {
    const files = workbooksInFolder(target);
    if (files.length === 0) throw new InputError(`文件夹「${target}」中没有 .xlsx 工作簿`);
    const progress = folderProgress(flags.progress === true);
    const { reports, failed, results } = await checkFolder(files, options, {
      describeError: (e) => internalErrorText(e, flags.debug === true),
      onReport: (report) => {
        progress.clear();
        if (!json) io.out(textReport(report) + '\n');
      },
      onProgress: progress.update,
    });
    progress.clear();
    await writeReview(flags, results, io);
    if (json) io.out(JSON.stringify(reports, null, 2));
    else io.out(folderSummary(reports, failed));
    for (const f of failed) io.err(`无法检查「${f.file}」：${f.reason}`);
    if (reports.some((r) => r.summary.errors > 0)) return 1;
    return failed.length > 0 ? 2 : 0;
  }
  const wb = await loadWorkbook(target);
  const report = toJsonReport(wb.name, analyze(wb.sheets, options));
  await writeReview(flags, [{ file: path.basename(target), report }], io);
  io.out(json ? JSON.stringify(report, null, 2) : textReport(report));
  return report.summary.errors > 0 ? 1 : 0;
}
