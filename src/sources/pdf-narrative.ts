/**
 * The prose pages of a package as the 说明's text: printed lines joined back into paragraphs
 * (a line that runs to the right margin continues in the next one unless that one is indented
 * or starts a numbered heading), one paragraph per text line, with the page of each line.
 */
import type { PositionedRow } from './pdf-page-rows';
import type { PdfPageContent } from './pdf-types';

export interface PdfNarrative {
  text: string;
  /** 1-based page of each line of `text` (index 0 = line 1). */
  linePages: number[];
}

const HEADING = /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．](?!\d)|第[一二三四五六七八九十]+[部分章节]|附件|目\s*录)/;

interface PrintedLine {
  text: string;
  x0: number;
  x1: number;
}

/** Rows are already cleaned of heads and page numbers; a row's cells are one printed line. */
function printedLines(rows: PositionedRow[]): PrintedLine[] {
  return rows.map((r) => ({
    text: r.cells.map((c) => c.text).join(r.cells.length > 1 ? ' ' : ''),
    x0: Math.min(...r.cells.map((c) => c.x0)),
    x1: Math.max(...r.cells.map((c) => c.x1)),
  }));
}

export function narrativeOf(pages: { page: PdfPageContent; rows: PositionedRow[] }[]): PdfNarrative {
  const out: string[] = [];
  const linePages: number[] = [];
  for (const { page, rows } of pages) {
    const lines = printedLines(rows);
    if (!lines.length) continue;
    // the text block's margins: the common left edge and the right edge of full lines
    const left = Math.min(...lines.map((l) => l.x0));
    // the right margin is where body lines end (a centred heading may reach further)
    const body = lines.filter((l) => l.text.length >= 15);
    const right = Math.max(...(body.length ? body : lines).map((l) => l.x1));
    const fontH = median(page.runs.map((r) => r.h)) || 12;
    let open = false; // the last paragraph may continue
    for (const l of lines) {
      const indented = l.x0 > left + fontH * 1.2;
      if (open && !indented && !HEADING.test(l.text)) {
        out[out.length - 1] += l.text;
      } else {
        out.push(l.text);
        linePages.push(page.page);
      }
      open = l.x1 >= right - fontH * 1.5;
    }
  }
  return { text: out.join('\n'), linePages };
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

