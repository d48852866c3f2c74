/**
 * A PDF package read in the browser: pdf.js (copied beside the page as pdfjs/pdf.js and
 * pdfjs/pdf.worker.js, never bundled into a start script) extracts the pages, then the same
 * layout code as the CLI makes the tables and the 说明 (src/sources/pdf-open.ts). Runs inside
 * pdf-worker.ts; on the page only where no worker can start.
 */
import { extractWithPdfjs } from '../../src/sources/pdf-extract';
import { notPdfReason, pdfPackage, type PdfPackage } from '../../src/sources/pdf-open';

/** Load an ES module by URL, untouched by webpack (pdf.js is served as a file). */
const importUrl = (url: string): Promise<unknown> => import(/* webpackIgnore: true */ url);

/**
 * `base`: the folder URL of taskpane.html (ends in /). pdf.js parses in its own worker
 * (pdfjs/pdf.worker.js, started by pdf.js, nested in ours): loading that code into this thread
 * instead would make it answer our page's messages (it takes any worker scope for its own).
 */
export async function readPdfPackage(name: string, data: ArrayBuffer, base: string, progress?: (page: number) => void): Promise<PdfPackage> {
  const bytes = new Uint8Array(data);
  const notPdf = notPdfReason(name, bytes);
  if (notPdf) return { refused: notPdf };
  const dir = new URL('pdfjs/', base).href;
  const pdfjs = (await importUrl(dir + 'pdf.js')) as { GlobalWorkerOptions: { workerPort: Worker | null } };
  // handed over as a port: pdf.js starts a worker itself only from a page (it reads window.location)
  pdfjs.GlobalWorkerOptions.workerPort ??= new Worker(dir + 'pdf.worker.js', { type: 'module' });
  const content = await extractWithPdfjs({ data: bytes, pdfjs, cMapUrl: dir + 'cmaps/', standardFontDataUrl: dir + 'standard_fonts/', progress });
  return pdfPackage(name, content);
}
