/** Plain text of a 说明 (what the CLI prints, what goes to the clipboard beside the HTML). */
import type { NarrativeDoc } from '../types';
import { numberedHeadings } from './numbering';

export function narrativeToText(doc: NarrativeDoc): string {
  const headings = numberedHeadings(doc);
  const out: string[] = [doc.title, ''];
  doc.sections.forEach((s, i) => {
    out.push(headings[i], '');
    for (const p of s.paragraphs) out.push(p.text, '');
  });
  return out.join('\n').replace(/\n+$/, '\n');
}
