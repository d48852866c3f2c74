/**
 * 说明 (narrative) public API — what the task pane, the YS.TEXT function and the CLI call.
 *   generateNarrative(model, {prior?, template?, priorFigures?}) → NarrativeDoc
 *   narrativeToText / narrativeToHtml / narrativeToDocx(doc)
 *   checkNarrative(text, model, prior?) → Finding[]   (text of a pasted/.txt/.docx 说明)
 *   readDocxText(bytes) → text, one paragraph per line
 *   listTemplates(), parseTemplate(json) for user templates
 * See docs/narrative.md.
 */
import type { Finding } from '../findings';
import type { BudgetModel } from '../model/types';
import { runNarrativeChecks, type CheckOptions } from './check';

export type { CheckOptions } from './check';

export type { FigureKind, NarrativeDoc, NarrativeFigure, NarrativeParagraph, NarrativeSection, SectionId } from './types';
export { BLANK } from './types';
export { generateNarrative, type GenerateOptions } from './generate';
export { narrativeToText } from './render/text';
export { escapeHtml, narrativeToHtml } from './render/html';
export { narrativeToDocx, DOCX_FONTS } from './render/docx';
export { readDocxText } from './read-docx';
export { priorMismatch } from './prior-match';
export { listTemplates, parseTemplate, builtinTemplate, BUILTIN_TEMPLATES } from './templates/registry';
export type { NarrativeTemplate, TemplateParagraph, TemplateSection } from './templates/types';

/** Check an existing 说明 against the tables and against its own arithmetic. */
export function checkNarrative(text: string, model: BudgetModel, prior?: BudgetModel, options?: CheckOptions): Finding[] {
  return runNarrativeChecks(text, model, prior, options);
}
