/**
 * The pane and the YS.* custom functions run in one shared runtime. After each analysis of the open
 * workbook the pane hands it to the functions' state (functions/workbook-state.ts), so YS.CHECK /
 * YS.AMOUNT / YS.TEXT cells show exactly what the pane shows — 说明 findings included — and no
 * second read of the workbook is needed. The 说明 settings (template, typed prior-year figures) go
 * with it, so that YS.TEXT writes the pane's 说明: by default those the pane saved in the workbook's
 * document settings (Excel), which is where the pane keeps them.
 */
import { documentNarrativeSettings, type NarrativeSettings } from '../../functions/narrative-settings';
import { workbookState } from '../../functions/workbook-state';
import type { Analysis } from '../../src/engine';

/**
 * seenVersion: workbookReadToken() taken before the pane's read started (a workbook change during
 * the read then leaves the cells' analysis stale); without it the analysis is taken as current.
 */
export function publishAnalysis(analysis: Analysis, narrative: NarrativeSettings | undefined = documentNarrativeSettings(), seenVersion?: number): void {
  workbookState.publish(analysis, { narrative, seenVersion });
}

/** The pane changed its 说明 settings without a new check: YS.TEXT cells follow at once. */
export function publishNarrativeSettings(narrative: NarrativeSettings): void {
  workbookState.setNarrative(narrative);
}

/** Take before reading the workbook; pass to publishAnalysis. */
export function workbookReadToken(): number {
  return workbookState.readToken();
}

/** The analysis the cells currently use (the workbench's test hook reads it). */
export function publishedAnalysis(): Analysis | undefined {
  return workbookState.latest();
}

/** Reads the functions made themselves (0 while the pane's analyses are enough). */
export function functionReads(): number {
  return workbookState.reads;
}
