/**
 * The check as the pane runs it: the engine's analyze() split into visible steps with a chance to
 * cancel between them. Findings always come from analyze() itself, so the pane shows exactly what
 * the CLI prints; recognition runs once more up front only to show the table count early.
 */
import { analyze, type Analysis } from '../../src/engine';
import type { SheetGrid } from '../../src/grid/types';
import { recognizeWorkbook, type TableCorrection } from '../../src/recognize';
import type { WorkbookSource } from '../../src/source';

export const STEPS = ['读取工作表', '识别表格', '校验', '生成说明'] as const;
export type StepIndex = 0 | 1 | 2 | 3;

export interface CheckOptions {
  corrections: TableCorrection[];
  disabledRules: string[];
  userRules: string;
  prior?: SheetGrid[];
}

export interface CheckRun {
  sheets: SheetGrid[];
  analysis: Analysis;
  elapsedMs: number;
  finishedAt: Date;
}

export class CancelledError extends Error {
  constructor() {
    super('检查已取消');
  }
}

/** Let the browser paint the progress bar (and a cancel click land) between steps. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export async function runCheck(
  source: WorkbookSource,
  options: CheckOptions,
  onStep: (step: StepIndex, detail?: string) => void,
  signal: AbortSignal,
  afterAnalysis?: (a: Analysis) => Promise<void> | void,
): Promise<CheckRun> {
  const started = performance.now();
  const guard = async (): Promise<void> => {
    await nextFrame();
    if (signal.aborted) throw new CancelledError();
  };
  onStep(0);
  await guard();
  const sheets = await source.readSheets();
  await guard();
  onStep(1, `共 ${sheets.length} 个工作表`);
  await guard();
  const early = recognizeWorkbook(sheets, options.corrections);
  onStep(2, `识别到 ${early.length} 张表格`);
  await guard();
  const analysis = analyze(sheets, {
    corrections: options.corrections,
    disabled: options.disabledRules,
    userRules: options.userRules || undefined,
    prior: options.prior,
  });
  await guard();
  onStep(3);
  await guard();
  if (afterAnalysis) await afterAnalysis(analysis);
  return { sheets, analysis, elapsedMs: performance.now() - started, finishedAt: new Date() };
}
