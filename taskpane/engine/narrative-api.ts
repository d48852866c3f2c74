/**
 * The pane's view of src/narrative. The .docx renderer (and its `docx` library) is loaded lazily
 * on 「下载 .docx」, so it stays out of the initial bundle (webpack.config.js marks src/ side-effect
 * free so the unused re-exports of src/narrative/index.ts drop out).
 */
import { generateNarrative, listTemplates as listNarrativeTemplates, narrativeToHtml, narrativeToText, priorMismatch } from '../../src/narrative';
import { buildModel } from '../../src/model';
import { recognize } from '../../src/recognize';
import type { SheetGrid } from '../../src/grid/types';
import type { BudgetModel } from '../../src/model/types';
import type { NarrativeDoc } from '../../src/narrative/types';
import { chartsFor, type NarrativeChart } from '../../src/narrative/charts';
import { buildFacts } from '../../src/narrative/facts';
import type { HtmlFigure } from '../../src/narrative/render/html';

export interface TemplateInfo {
  id: string;
  name: string;
}

export function narrativeAvailable(): boolean {
  return true;
}

export function listTemplates(): TemplateInfo[] {
  return listNarrativeTemplates().map((t) => ({ id: t.id, name: t.name }));
}

/** The 说明 from this year's model; the prior year from a workbook, else from the typed figures. */
export function generate(model: BudgetModel, template: string | null, prior?: BudgetModel, priorFigures?: Record<string, string>): NarrativeDoc {
  return generateNarrative(model, { template: template ?? undefined, prior, priorFigures: typedPrior(prior, priorFigures) });
}

/** Typed 上年数 count only without a prior-year workbook (the workbook wins, as in the generator's caller). */
function typedPrior(prior?: BudgetModel, priorFigures?: Record<string, string>): Record<string, string> | undefined {
  return !prior && priorFigures && Object.keys(priorFigures).length > 0 ? priorFigures : undefined;
}

/**
 * 图1–图4 from the same facts as the 说明's text (typed 上年数 included, so 图4 appears with them
 * too). Small pure code (no canvas): it rides in the 说明 tab's lazy chunk, not in a start script.
 */
export function charts(model: BudgetModel, prior?: BudgetModel, priorFigures?: Record<string, string>): NarrativeChart[] {
  return chartsFor(model, prior, buildFacts(model, prior, typedPrior(prior, priorFigures)));
}

export function toText(doc: NarrativeDoc): string {
  return narrativeToText(doc);
}

export function toHtml(doc: NarrativeDoc, figures: HtmlFigure[] = []): string {
  return narrativeToHtml(doc, figures);
}

export function docxAvailable(): boolean {
  return true;
}

/** The .docx with the charts the pane shows (图1–图4, `charts()`), placed after their sections. */
export async function toDocx(doc: NarrativeDoc, charts: NarrativeChart[] = []): Promise<Blob> {
  const { narrativeToDocx } = await import(/* webpackChunkName: "docx-writer" */ '../../src/narrative/render/docx');
  const bytes = await narrativeToDocx(doc, { charts });
  return new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
}

/**
 * Why a prior-year workbook does not fit this year's (another department, not the year before),
 * in Chinese; null when it fits or this year's model is not known yet.
 */
export function priorRefusal(model: BudgetModel | undefined, priorSheets: SheetGrid[]): string | null {
  if (!model) return null;
  const r = recognize(priorSheets);
  return priorMismatch(model, buildModel(r.tables, r.sheets));
}
