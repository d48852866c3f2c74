/**
 * Pages on findings of a PDF package: a JSON report gets, as an extension, the page of every
 * finding (`page`, and `pages` when its cells lie on several), read from the cells' rows and
 * from the 说明 line. A sheet name already says where a table starts; this says where the
 * figure is.
 */
import { parseRef } from './grid/address';
import type { CellRef } from './grid/types';
import type { JsonFinding, JsonReport } from './report';
import type { PdfWorkbookSource } from './sources/pdf';

export type PagedFinding = JsonFinding & { page?: number; pages?: number[] };

/** Pages of a finding's cells and 说明 line, ascending (shared with the workbench's pane). */
export function findingPages(cells: CellRef[], line: number | undefined, src: Pick<PdfWorkbookSource, 'pageOf' | 'pageOfLine'>): number[] {
  const pages = new Set<number>();
  for (const ref of cells) {
    const p = src.pageOf(ref);
    if (p) pages.add(p);
  }
  if (line !== undefined) {
    const p = src.pageOfLine(line);
    if (p) pages.add(p);
  }
  return [...pages].sort((a, b) => a - b);
}

function pagesOf(f: JsonFinding, src: PdfWorkbookSource): number[] {
  const refs = f.cells.map(parseRef).filter((r): r is CellRef => r !== null);
  return findingPages(refs, f.line, src);
}

function annotate(f: JsonFinding, src: PdfWorkbookSource): PagedFinding {
  const out: PagedFinding = { ...f };
  const pages = pagesOf(f, src);
  if (pages.length) out.page = pages[0];
  if (pages.length > 1) out.pages = pages;
  if (f.consequences) out.consequences = f.consequences.map((c) => annotate(c, src));
  return out;
}

export function addPages(report: JsonReport, src: PdfWorkbookSource): JsonReport {
  return { ...report, findings: report.findings.map((f) => annotate(f, src)) };
}
