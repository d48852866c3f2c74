/**
 * The pane and the YS.* custom functions run in one shared runtime. After each analysis of the open
 * workbook the pane hands it to the functions' state (functions/workbook-state.ts), so YS.CHECK /
 * YS.AMOUNT / YS.TEXT cells show exactly what the pane shows — 说明 findings included — and no
 * second read of the workbook is needed.
 */
import { workbookState } from '../../functions/workbook-state';
import type { Analysis } from '../../src/engine';

export function publishAnalysis(analysis: Analysis): void {
  workbookState.publish(analysis);
}

/** The analysis the cells currently use (the workbench's test hook reads it). */
export function publishedAnalysis(): Analysis | undefined {
  return workbookState.latest();
}

/** Reads the functions made themselves (0 while the pane's analyses are enough). */
export function functionReads(): number {
  return workbookState.reads;
}
