/**
 * Where each chart goes in a rendered 说明: after the first section it belongs to; a chart whose
 * section the template does not have (a user template) goes after the last section rather than
 * being lost. Shared by the HTML, the .docx and the pane so all three place them alike.
 */
import type { NarrativeDoc } from '../types';

export function placeFigures<F extends { section: string }>(doc: NarrativeDoc, figures: readonly F[]): F[][] {
  const placed: F[][] = doc.sections.map(() => []);
  if (placed.length === 0) return placed;
  for (const f of figures) {
    const i = doc.sections.findIndex((s) => s.id === f.section);
    placed[i >= 0 ? i : placed.length - 1].push(f);
  }
  return placed;
}
