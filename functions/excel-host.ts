/**
 * Wires the shared WorkbookState to the open Excel workbook: the reader is the host's Office.js
 * WorkbookSource (one batched readSheets per analysis), and workbook events mark the analysis
 * stale. Registering the handlers costs one context.sync at start-up; the handlers themselves do
 * no Excel call at all (the re-read is debounced in WorkbookState).
 */
import { analyze } from '../src/engine';
import { ExcelWorkbookSource } from '../src/sources/excel';
import type { ExcelRun } from '../src/sources/excel-read';
import type { WorkbookSource } from '../src/source';
import { readNarrativeSettings } from './narrative-settings';
import type { AnalysisReader, WorkbookState } from './workbook-state';

/**
 * Worksheet-collection events that can change what the engine sees, with their API set. Not
 * onCalculated: the live cells' own results recalculate the sheet, which would start one useless
 * re-read after every update; formula results are current anyway when the next read runs.
 */
const EVENTS: Array<[name: string, version: string]> = [
  ['onChanged', '1.9'],
  ['onAdded', '1.7'],
  ['onDeleted', '1.7'],
  ['onNameChanged', '1.17'],
  ['onRowHiddenChanged', '1.11'],
];

type EventSource = Record<string, { add(handler: () => Promise<void>): unknown } | undefined>;

export interface ConnectOptions {
  run?: ExcelRun;
  /** Requirement-set check (Office.context.requirements.isSetSupported by default). */
  supports?: (version: string) => boolean;
}

/** Listen to workbook changes: returns the names of the events registered. */
export async function watchWorkbook(state: WorkbookState, opts: ConnectOptions = {}): Promise<string[]> {
  const run = opts.run ?? (((batch) => Excel.run(batch)) as ExcelRun);
  const supports = opts.supports ?? ((v: string) => Office.context.requirements.isSetSupported('ExcelApi', v));
  return run(async (ctx) => {
    const sheets = ctx.workbook.worksheets as unknown as EventSource;
    const names: string[] = [];
    for (const [name, version] of EVENTS) {
      const event = sheets[name];
      if (!event || !supports(version)) continue;
      event.add(async () => state.invalidate());
      names.push(name);
    }
    await ctx.sync();
    return names;
  });
}

/**
 * The functions' own read in Excel: the sheets (one batched read) and the 说明 settings the pane
 * saved in the workbook, so that YS.TEXT writes with the pane's template and typed prior figures
 * even when the pane has not published.
 */
export function excelReader(source: WorkbookSource): AnalysisReader {
  return async () => {
    const [sheets, narrative] = await Promise.all([source.readSheets(), readNarrativeSettings(source).catch(() => undefined)]);
    return { analysis: analyze(sheets), narrative };
  };
}

/** Connect the state to Excel (called once from Office.onReady in the shared runtime). */
export async function connectExcel(state: WorkbookState, opts: ConnectOptions = {}): Promise<void> {
  state.setReader(excelReader(new ExcelWorkbookSource(opts.run ? { run: opts.run } : {})));
  await watchWorkbook(state, opts);
}
