/**
 * The check as the pane runs it: the engine's analyze() split into visible steps with a chance to
 * cancel between them. Findings always come from analyze() itself, so the pane shows exactly what
 * the CLI prints; recognition runs once more up front only to show the table count early.
 */
import { analyzeRecognized, type Analysis } from '../../src/engine';
import type { SheetGrid } from '../../src/grid/types';
import { explainThresholdOf } from '../../src/narrative/check/review';
import { recognize, type TableCorrection } from '../../src/recognize';
import type { WorkbookSource } from '../../src/source';
import { publishAnalysis, workbookReadToken } from './shared-runtime';

export const STEPS = ['读取工作表', '识别表格', '校验', '生成说明'] as const;
export type StepIndex = 0 | 1 | 2 | 3;

export interface CheckOptions {
  corrections: TableCorrection[];
  disabledRules: string[];
  userRules: string;
  prior?: SheetGrid[];
  /** An existing 说明 the user asked to check: its findings join the workbook's. */
  narrative?: string;
  /** 万元 as typed in the 说明 tab ('' or not an amount = off): the 项 that must be explained. */
  explainThreshold?: string;
}

/** The typed 项 threshold as 万元, or undefined when empty or not an amount ≥ 0 (the field says so). */
export const thresholdOf = explainThresholdOf;

export interface CheckRun {
  sheets: SheetGrid[];
  analysis: Analysis;
  elapsedMs: number;
  finishedAt: Date;
  /** The 说明 text checked with the tables in this run, if any. */
  narrative?: string;
}

export class CancelledError extends Error {
  constructor() {
    super('检查已取消');
  }
}

/**
 * Workbench only: an extra wait before each step, so that the browser tests can press 「取消」
 * in the middle of a check deterministically. Always 0 in Excel.
 */
export const stepDelay = { ms: 0 };

/** Let the browser paint the progress bar (and a cancel click land) between steps. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, stepDelay.ms));
}

export async function runCheck(
  source: WorkbookSource,
  options: CheckOptions,
  onStep: (step: StepIndex, detail?: string) => void,
  signal: AbortSignal,
  /** Where a finished (not cancelled) analysis goes: the shared runtime's YS.* cells. */
  publish?: (a: Analysis) => void,
): Promise<CheckRun> {
  const started = performance.now();
  const guard = async (): Promise<void> => {
    await nextFrame();
    if (signal.aborted) throw new CancelledError();
  };
  onStep(0);
  await guard();
  // the workbook version before the read: a change during it leaves the published analysis stale
  const readToken = workbookReadToken();
  const sheets = await source.readSheets();
  await guard();
  onStep(1, `共 ${sheets.length} 个工作表`);
  await guard();
  const recognition = recognize(sheets, options.corrections);
  onStep(2, `识别到 ${recognition.tables.length} 张表格`);
  await guard();
  const analysis = analyzeRecognized(sheets, recognition, {
    corrections: options.corrections,
    disabled: options.disabledRules,
    userRules: options.userRules || undefined,
    prior: options.prior,
    narrative: options.narrative || undefined,
    explainThreshold: thresholdOf(options.explainThreshold),
  });
  await guard();
  onStep(3);
  await guard();
  if (publish) publish(analysis);
  else publishAnalysis(analysis, undefined, readToken);
  return { sheets, analysis, elapsedMs: performance.now() - started, finishedAt: new Date(), narrative: options.narrative || undefined };
}
