/**
 * Reading a PDF's pages in Node: pdf.js runs in a worker thread fed with the source text of
 * `extractWithPdfjs`. The worker gives pdf.js a native `import()` (tsc compiles the CLI to
 * CommonJS, and jest's module sandbox cannot load ES modules), and a document that takes too
 * long is stopped by terminating the worker instead of hanging the command.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Worker } from 'worker_threads';
import { extractWithPdfjs, type ExtractFailure } from './pdf-extract';
import type { PdfDocumentContent } from './pdf-types';

export interface NodeExtractOptions {
  /** Give up after this long (ms); default 30 s plus 0.5 s per MB. */
  timeoutMs?: number;
  maxPages?: number;
}

export type ExtractResult = PdfDocumentContent | { failure: ExtractFailure | 'timeout'; message: string };

function pdfjsRoot(): string {
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const extract = ${extractWithPdfjs.toString()};
extract(workerData).then(
  (r) => parentPort.postMessage(r),
  (e) => parentPort.postMessage({ failure: 'other', message: String(e && e.message || e) }),
);
`;

export function extractPdfInNode(data: Uint8Array, options: NodeExtractOptions = {}): Promise<ExtractResult> {
  const root = pdfjsRoot();
  const workerData = {
    data,
    moduleUrl: pathToFileURL(path.join(root, 'legacy/build/pdf.mjs')).href,
    cMapUrl: pathToFileURL(path.join(root, 'cmaps')).href + '/',
    standardFontDataUrl: pathToFileURL(path.join(root, 'standard_fonts')).href + '/',
    maxPages: options.maxPages,
  };
  const timeout = options.timeoutMs ?? 30000 + (data.length / 1e6) * 500;
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: ExtractResult) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(r);
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData, stderr: true, stdout: true });
    const timer = setTimeout(() => finish({ failure: 'timeout', message: `timeout ${timeout} ms` }), timeout);
    worker.on('message', (m: ExtractResult) => finish(m));
    worker.on('error', (e) => finish({ failure: 'other', message: e.message }));
    worker.on('exit', () => finish({ failure: 'other', message: 'worker exited' }));
  });
}
