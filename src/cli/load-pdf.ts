/**
 * Loading a published PDF package for the CLI: its tables as sheets, its prose pages as the
 * 说明, and the page of every row and line so findings can say 「第12页」. Unusable PDFs
 * (scanned, encrypted, damaged, not a package) get a Chinese reason (exit 2); the reasons are
 * shared with the workbench (src/sources/pdf-open.ts).
 */
import type { SheetGrid } from '../grid/types';
import { PdfWorkbookSource } from '../sources/pdf';
import { extractPdfInNode } from '../sources/pdf-node';
import { notPdfReason, pdfPackage } from '../sources/pdf-open';
import { InputError } from './files';

export interface LoadedPdf {
  name: string;
  sheets: SheetGrid[];
  /** The 说明 read from the prose pages ('' when there is none). */
  narrative: string;
  source: PdfWorkbookSource;
  /** Things the user should know about the reading (pages that could not be read). */
  notes: string[];
}

/** `data` is the file's bytes (read by the caller under the size cap); `name` is shown in messages. */
export async function loadPdfWorkbook(name: string, data: Buffer): Promise<LoadedPdf> {
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  const notPdf = notPdfReason(name, bytes);
  if (notPdf) throw new InputError(notPdf);
  const pkg = pdfPackage(name, await extractPdfInNode(bytes));
  if ('refused' in pkg) throw new InputError(pkg.refused);
  const source = new PdfWorkbookSource(name, pkg.reading);
  return { name, sheets: await source.readSheets(), narrative: source.narrative, source, notes: pkg.notes };
}
