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

export function docxFileName(doc: NarrativeDoc): string {
  const base = (doc.title || '部门预算说明').replace(/[\\/:*?"<>|]/g, '');
  return `${base}.docx`;
}
