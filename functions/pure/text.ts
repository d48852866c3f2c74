/**
 * YS.TEXT(section): the generated 说明 text of one section, the same text the task pane writes
 * (src/narrative generateNarrative). The section is named by id ("income") or by its Chinese
 * heading, loosely: 「收入预算」「三公经费」「“三公”经费预算」 all find their section.
 */
import type { Analysis } from '../../src/engine';
// From generate.ts, not the narrative index: the index also brings the .docx writer into the bundle.
import { generateNarrative } from '../../src/narrative/generate';
import type { NarrativeDoc, NarrativeSection } from '../../src/narrative/types';
import { normalizeLabel } from '../../src/vocabulary/labels';
import { badValue, isFnError, notAvailable, type Result } from '../errors';
import type { NarrativeSettings } from '../narrative-settings';
import { textArg, type Arg } from './inputs';

const DEFAULT_SETTINGS: NarrativeSettings = Object.freeze({});

/** One document per (analysis, settings): 1,000 YS.TEXT cells generate the 说明 once. */
const docs = new WeakMap<Analysis, WeakMap<NarrativeSettings, Result<NarrativeDoc>>>();

/**
 * The 说明 as the task pane generates it (taskpane/engine/narrative-api.ts generate): the prior
 * year from a prior-year model, else from the typed figures; an unknown template is an error.
 */
export function narrativeOf(analysis: Analysis, settings: NarrativeSettings = DEFAULT_SETTINGS): Result<NarrativeDoc> {
  let bySettings = docs.get(analysis);
  if (!bySettings) docs.set(analysis, (bySettings = new WeakMap()));
  let doc = bySettings.get(settings);
  if (!doc) {
    const prior = settings.prior ?? analysis.priorModel;
    const typed = settings.priorFigures;
    const priorFigures = !prior && typed && Object.keys(typed).length > 0 ? typed : undefined;
    try {
      doc = generateNarrative(analysis.model, { template: settings.template ?? undefined, prior, priorFigures });
    } catch (e) {
      doc = notAvailable(`无法生成说明：${e instanceof Error ? e.message : String(e)}`);
    }
    bySettings.set(settings, doc);
  }
  return doc;
}

/** Heading key: normalized, without quotes, 部门 and a trailing 情况/说明. */
function headingKey(s: string): string {
  return normalizeLabel(s).replace(/^部门/, '').replace(/(?:情况|说明|情况说明)$/, '');
}

/** Index of the section named by id or heading: exact key first, then one containing the other. */
export function findSection(doc: NarrativeDoc, name: string): number {
  const exactId = doc.sections.findIndex((s) => s.id === name);
  if (exactId >= 0) return exactId;
  const key = headingKey(name);
  if (!key) return -1;
  const exact = doc.sections.findIndex((s) => headingKey(s.heading) === key);
  if (exact >= 0) return exact;
  return doc.sections.findIndex((s) => headingKey(s.heading).includes(key) || key.includes(headingKey(s.heading)));
}

/** A section's paragraphs and those of its subsections (deeper levels that follow it). */
function sectionParagraphs(sections: NarrativeSection[], i: number): string[] {
  const out = sections[i].paragraphs.map((p) => p.text);
  for (let j = i + 1; j < sections.length && sections[j].level > sections[i].level; j++) {
    out.push(...sections[j].paragraphs.map((p) => p.text));
  }
  return out;
}

export function sectionText(analysis: Analysis, section: Arg, settings?: NarrativeSettings): Result<string> {
  const name = textArg(section, '说明章节');
  if (isFnError(name)) return name;
  if (!name) return badValue('说明章节为空：请写章节名，如「收入预算」「三公经费」');
  const doc = narrativeOf(analysis, settings);
  if (isFnError(doc)) return doc;
  const i = findSection(doc, name);
  if (i < 0) {
    const note = doc.notes.find((n) => headingKey(n).includes(headingKey(name)));
    const offered = doc.sections.map((s) => s.heading).join('、');
    return notAvailable(note ?? `说明中没有「${name}」一节${offered ? `；可用：${offered}` : ''}`);
  }
  return sectionParagraphs(doc.sections, i).join('\n');
}
