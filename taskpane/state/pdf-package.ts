/**
 * A published PDF package in the pane (the workbench opens PDFs): like the CLI, its own 说明 (the
 * prose pages) is checked with its tables unless the user pastes another, and every finding says
 * on which page its figures are printed (a sheet 「第12页」 is where a table starts, not where
 * a row of it is).
 */
import type { Finding } from '../../src/findings';
import type { CellRef } from '../../src/grid/types';
import type { WorkbookSource } from '../../src/source';
import { findingPages } from '../../src/report-pages';

/** What the pane needs of a PDF package (PdfWorkbookSource has it). */
export interface PdfPackageView {
  narrative: string;
  pageOf(ref: CellRef): number | undefined;
  pageOfLine(line: number): number | undefined;
}

/** The PDF package behind a source, if it is one (the workbench's ObservableSource says). */
export function pdfPackageOf(source: WorkbookSource | null): PdfPackageView | null {
  return (source as { pdf?: PdfPackageView | null } | null)?.pdf ?? null;
}

/** Pages a finding's cells (or its 说明 line) were printed on, ascending. */
export function pagesOfFinding(f: Finding, pdf: PdfPackageView | null): number[] {
  return pdf ? findingPages(f.cells, f.line, pdf) : [];
}

/** 「第13页」, 「第13、14页」 */
export function pagesText(pages: number[]): string {
  return pages.length ? `第${pages.join('、')}页` : '';
}
