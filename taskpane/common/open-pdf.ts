/**
 * Opening a published PDF package in the workbench: read in a Web Worker (workbench/pdf-worker.ts)
 * like an .xlsx, cancelled by 取消; where no worker can start, read on the page from a lazily
 * loaded chunk. The result is the same PdfWorkbookSource the CLI checks: tables as sheets named
 * by their first page, the prose pages as the 说明, the page of every row.
 */
import type { PdfWorkbookSource } from '../../src/sources/pdf';
import type { PdfPackage } from '../../src/sources/pdf-open';
import { OpenCancelled, readInWorker } from './worker-read';

const WORKER_SCRIPT = 'pdf-worker.js';

export interface OpenedPdf {
  source: PdfWorkbookSource;
  /** What the user should know about the reading (pages without text, a 说明 without tables). */
  notes: string[];
}

export function isPdfName(name: string): boolean {
  return /\.pdf$/i.test(name);
}

export async function openPdf(name: string, data: ArrayBuffer, signal?: AbortSignal, onPage?: (page: number) => void): Promise<OpenedPdf> {
  const copy = data.slice(0);
  const crashed = `读取「${name}」时出错（文件可能过大或已损坏）`;
  let pkg = await readInWorker<PdfPackage>(WORKER_SCRIPT, { name, data }, crashed, signal, onPage);
  if (!pkg) {
    if (signal?.aborted) throw new OpenCancelled();
    const { readPdfPackage } = await import(/* webpackChunkName: "pdf-reader" */ '../workbench/pdf-read');
    pkg = await readPdfPackage(name, copy, document.baseURI, onPage);
  }
  if ('refused' in pkg) throw new Error(pkg.refused);
  const { PdfWorkbookSource } = await import(/* webpackChunkName: "pdf-source" */ '../../src/sources/pdf');
  return { source: new PdfWorkbookSource(name, pkg.reading), notes: pkg.notes };
}
