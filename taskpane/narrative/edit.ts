/** The user's edits of generated sections applied to the document the renderers take. */
import type { NarrativeDoc, NarrativeParagraph } from '../../src/narrative/types';

export function sectionText(doc: NarrativeDoc, i: number): string {
  return doc.sections[i].paragraphs.map((p) => p.text).join('\n');
}

/** Edited text: one paragraph a line; a paragraph left as generated keeps its cited figures. */
export function applyEdits(doc: NarrativeDoc, edits: Map<number, string>): NarrativeDoc {
  if (edits.size === 0) return doc;
  return {
    ...doc,
    sections: doc.sections.map((s, i) => {
      const edited = edits.get(i);
      if (edited === undefined) return s;
      const paragraphs: NarrativeParagraph[] = edited
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.length > 0)
        .map((text) => s.paragraphs.find((p) => p.text === text) ?? { text, figures: [] });
      return { ...s, paragraphs };
    }),
  };
}

/** A user's edit of a section, with the generated text it was made on. */
export interface SectionEdit {
  base: string;
  text: string;
}

/** Stable keys of the sections (id + heading, numbered when repeated), surviving a regeneration. */
export function sectionKeys(doc: NarrativeDoc): string[] {
  const seen = new Map<string, number>();
  return doc.sections.map((sec) => {
    const k = `${sec.id}|${sec.heading}`;
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    return n ? `${k}#${n}` : k;
  });
}

/**
 * The edits that still apply after the document was generated again (a re-check, a typed prior-year
 * figure): an edit stays while its section's generated text is the one it was made on; `stale`
 * lists the headings of sections whose figures changed under the user's edit.
 */
export function currentEdits(
  doc: NarrativeDoc,
  edits: Map<string, SectionEdit>,
): { byIndex: Map<number, string>; keep: Map<string, SectionEdit>; stale: string[] } {
  const byIndex = new Map<number, string>();
  const keep = new Map<string, SectionEdit>();
  const stale: string[] = [];
  const keys = sectionKeys(doc);
  const live = new Set(keys);
  keys.forEach((k, i) => {
    const e = edits.get(k);
    if (!e) return;
    if (e.base === sectionText(doc, i)) {
      byIndex.set(i, e.text);
      keep.set(k, e);
    } else stale.push(doc.sections[i].heading);
  });
  for (const k of edits.keys()) if (!live.has(k)) stale.push(k.split('|')[1] ?? k);
  return { byIndex, keep, stale };
}

export function docxFileName(doc: NarrativeDoc): string {
  const base = (doc.title || '部门预算说明').replace(/[\\/:*?"<>|]/g, '');
  return `${base}.docx`;
}
