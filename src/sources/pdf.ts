/**
 * Workbook source for a published PDF package: each table (joined over its pages) is a sheet
 * named after its first page (「第12页」, a second table starting there 「第12页-2」); the prose
 * pages are the package's 说明. Cells are text exactly as printed (src/grid/number.ts reads
 * 千分位, negatives and decimals). Every row knows its page, so findings can say 「第13页」.
 * Read-only: marks and settings live in memory.
 */
import type { CellRef, SheetGrid } from '../grid/types';
import { InMemorySource } from './memory-source';
import { readPdfContent, type PdfReading } from './pdf-document';
import type { PdfDocumentContent } from './pdf-types';

export class PdfWorkbookSource extends InMemorySource {
  constructor(
    name: string,
    readonly reading: PdfReading,
  ) {
    super(name);
  }

  static fromContent(name: string, content: PdfDocumentContent): PdfWorkbookSource {
    return new PdfWorkbookSource(name, readPdfContent(content));
  }

  /** The 说明 read from the prose pages (empty when the package has none). */
  get narrative(): string {
    return this.reading.narrative.text;
  }

  /** Page of a line of the 说明 (1-based line), if known. */
  pageOfLine(line: number): number | undefined {
    return this.reading.narrative.linePages[line - 1];
  }

  /** Page a cell was printed on. */
  pageOf(ref: CellRef): number | undefined {
    const t = this.reading.tables.find((x) => x.grid.name === ref.sheet);
    return t?.rowPages[ref.row - t.grid.top];
  }

  async listSheets(): Promise<string[]> {
    return this.reading.tables.map((t) => t.grid.name);
  }

  async readSheets(names?: string[]): Promise<SheetGrid[]> {
    return this.reading.tables.map((t) => t.grid).filter((g) => !names || names.includes(g.name));
  }
}
