/**
 * Reading a PDF's pages in Node: pdf.js runs in a worker thread fed with the source text of
 * `extractWithPdfjs`. The worker gives pdf.js a native `import()` (tsc compiles the CLI to
 * CommonJS, and jest's module sandbox cannot load ES modules), and a document that takes too
 * long is stopped by terminating the worker instead of hanging the command.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Worker } from 'worker_threads';
import { extractWithPdfjs } from './pdf-extract';
import type { ExtractResult } from './pdf-open';

export interface NodeExtractOptions {
  /** Give up after this long without a page read (ms); default 30 s (a hang, not a big file). */
  timeoutMs?: number;
  maxPages?: number;
}

export type { ExtractResult } from './pdf-open';

function pdfjsRoot(): string {
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const extract = ${extractWithPdfjs.toString()};
extract({ ...workerData, progress: (page) => parentPort.postMessage({ progress: page }) }).then(
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
  const timeout = options.timeoutMs ?? 30000;
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
    const expire = () => finish({ failure: 'timeout', message: `no page read in ${timeout} ms` });
    let timer = setTimeout(expire, timeout);
    worker.on('message', (m: ExtractResult | { progress: number }) => {
      if ('progress' in m) {
        // a big package keeps reading; only a page that takes too long stops it
        clearTimeout(timer);
        timer = setTimeout(expire, timeout);
        return;
      }
      finish(m);
    });
    worker.on('error', (e) => finish({ failure: 'other', message: e.message }));
    worker.on('exit', () => finish({ failure: 'other', message: 'worker exited' }));
  });
}
