/**
 * Reading a PDF's pages in Node: pdf.js runs in a worker thread fed with the source text of
 * `extractWithPdfjs`. The worker gives pdf.js a native `import()` (tsc compiles the CLI to
 * CommonJS, and jest's module sandbox cannot load ES modules), and a document that takes too
 * long is stopped by terminating the worker instead of hanging the command.
 *
 * A worker is kept (idle and unreferenced, so it never holds the process open) and reused for the
 * next file: loading pdf.js and warming its code up cost about as much as reading a 60-page
 * package, so a folder of PDFs would otherwise pay it once per file (docs/pdf.md, speed).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Worker } from 'worker_threads';
import { extractWithPdfjs } from './pdf-extract';
import type { ExtractResult } from './pdf-open';
import type { PdfDocumentContent } from './pdf-types';

export interface NodeExtractOptions {
  /** Give up after this long without a page read (ms); default 30 s (a hang, not a big file). */
  timeoutMs?: number;
  maxPages?: number;
  /** Workers reading the pages at once (default one; YUSUAN_PDF_WORKERS). */
  parts?: number;
}

export type { ExtractResult } from './pdf-open';

function pdfjsRoot(): string {
  return path.dirname(require.resolve('pdfjs-dist/package.json'));
}

/**
 * Two costs of pdf.js in Node that reading text and lines does not need:
 * - its legacy build installs core-js polyfills into the realm (pdf.mjs, and pdf.worker.mjs when
 *   the fake worker loads it), among them a script `Array.prototype.push` (V8 fails one of
 *   core-js's edge-case probes) that pdf.js then calls for every operator and glyph: both modules
 *   are loaded first and the native push put back;
 * - with `disableFontFace` pdf.js compiles every glyph shown into a drawing path for a canvas
 *   (≈ 8 % of the reading). Fonts are handed instead to a font loader that accepts them and does
 *   nothing (a stand-in document with a `fonts` set, and a `FontFace` that is loaded at once):
 *   nothing is ever drawn here. The text and the glyph widths are the same either way;
 * - its fake worker runs both ends in this thread and copies every message (structuredClone),
 *   operator lists included (≈ 8 %). The sender of an operator-list chunk empties its two arrays
 *   right after sending and builds every argument in them fresh: those two arrays are copied and
 *   their contents handed over as they are. Every other message is still copied.
 * The reading stays the same: the corpus's results are compared before and after (docs/pdf.md).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const extract = ${extractWithPdfjs.toString()};
const nativePush = Array.prototype.push;
let loaded = null;
const pdfjs = () =>
  (loaded ??= (async () => {
    const m = await import(workerData.moduleUrl);
    await import(workerData.workerUrl); // sets globalThis.pdfjsWorker, used by the fake worker
    Array.prototype.push = nativePush;
    const clone = globalThis.structuredClone;
    globalThis.structuredClone = (o, options) => {
      const c = o && o.chunk;
      if (c && Array.isArray(c.fnArray) && Array.isArray(c.argsArray)) return { ...o, chunk: { ...c, fnArray: c.fnArray.slice(), argsArray: c.argsArray.slice() } };
      return clone(o, options);
    };
    globalThis.FontFace ??= class { constructor(family) { this.family = family; this.loaded = Promise.resolve(this); } };
    return m;
  })());
const documentOptions = { disableFontFace: false, ownerDocument: { fonts: { add() {}, delete() {} } } };
parentPort.on('message', ({ id, data, maxPages, counter, warm }) => {
  if (warm) return void pdfjs();
  const shared = counter && new Int32Array(counter);
  const claim = shared ? () => Atomics.add(shared, 0, 1) + 1 : undefined;
  pdfjs()
    .then((m) => extract({ ...workerData, pdfjs: m, documentOptions, data, maxPages, claim, progress: (page) => parentPort.postMessage({ id, progress: page }) }))
    .then(
      (result) => parentPort.postMessage({ id, result }),
      (e) => parentPort.postMessage({ id, result: { failure: 'other', message: String((e && e.message) || e) } }),
    );
});
`;

type Answer = { id: number; progress: number } | { id: number; result: ExtractResult };

/** Idle workers with pdf.js loaded (at most two: a folder worker reads one file at a time). */
const idle: Worker[] = [];
let nextId = 0;

function newWorker(): Worker {
  const root = pdfjsRoot();
  const workerData = {
    moduleUrl: pathToFileURL(path.join(root, 'legacy/build/pdf.mjs')).href,
    workerUrl: pathToFileURL(path.join(root, 'legacy/build/pdf.worker.mjs')).href,
    cMapUrl: pathToFileURL(path.join(root, 'cmaps')).href + '/',
    standardFontDataUrl: pathToFileURL(path.join(root, 'standard_fonts')).href + '/',
  };
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData, stderr: true, stdout: true });
  // a worker that ends while idle is not handed out again
  worker.on('exit', () => {
    const i = idle.indexOf(worker);
    if (i >= 0) idle.splice(i, 1);
  });
  return worker;
}

/**
 * Start the workers a PDF will need and load pdf.js in them now, while the caller goes on loading
 * its own modules (the CLI, about 0.4 s): the first document then finds them ready.
 */
export function prewarmPdfReaders(n = defaultParts()): void {
  while (idle.length < Math.min(n, 2)) {
    const worker = newWorker();
    worker.postMessage({ warm: true });
    worker.unref();
    idle.push(worker);
  }
}

/**
 * One worker by default. Two (reading the pages of one document at once) were measured on the
 * 2-core machine and lost even at load 3: 3.7 s wall against 2.7–3.0 s for 北京/673d7aef, 44
 * pages, because the second worker pays pdf.js's start, the fonts and the cold code again
 * (≈ 1 s of CPU) while the CLI's own modules load on the same cores (docs/pdf.md, speed).
 * YUSUAN_PDF_WORKERS=n asks for n (a machine with cores to spare).
 */
function defaultParts(): number {
  const forced = Number(process.env.YUSUAN_PDF_WORKERS);
  return Number.isInteger(forced) && forced > 0 ? forced : 1;
}

/**
 * A document's pages read by `parts` workers at once (default `defaultParts()`), each taking the
 * next unread page from a shared counter; the result is what one worker reads.
 */
export async function extractPdfInNode(data: Uint8Array, options: NodeExtractOptions = {}): Promise<ExtractResult> {
  const parts = options.parts ?? defaultParts();
  if (parts <= 1) return readInWorker(data, options);
  const counter = new SharedArrayBuffer(4);
  const results = await Promise.all(Array.from({ length: parts }, () => readInWorker(data, options, counter)));
  const failure = results.find((r) => 'failure' in r);
  if (failure) return failure;
  return joinParts(results as PdfDocumentContent[]);
}

/** The parts' pages in page order; every list of page numbers joined (absent stays absent). */
function joinParts(contents: PdfDocumentContent[]): PdfDocumentContent {
  const out: PdfDocumentContent = { pages: contents.flatMap((c) => c.pages).sort((a, b) => a.page - b.page), failedPages: [] };
  for (const c of contents) {
    for (const [key, value] of Object.entries(c) as [keyof PdfDocumentContent, unknown][]) {
      if (key === 'pages' || !Array.isArray(value)) continue;
      const pages = ((out[key] as number[] | undefined) ?? []).concat(value as number[]).sort((a, b) => a - b);
      (out as unknown as Record<string, number[]>)[key] = pages;
    }
  }
  return out;
}

function readInWorker(data: Uint8Array, options: NodeExtractOptions, counter?: SharedArrayBuffer): Promise<ExtractResult> {
  const worker = idle.pop() ?? newWorker();
  worker.ref();
  const id = ++nextId;
  const timeout = options.timeoutMs ?? 30000;
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: ExtractResult, reusable: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (reusable && idle.length < 2) {
        worker.unref();
        idle.push(worker);
      } else void worker.terminate();
      resolve(r);
    };
    const expire = () => finish({ failure: 'timeout', message: `no page read in ${timeout} ms` }, false);
    let timer = setTimeout(expire, timeout);
    const onMessage = (m: Answer) => {
      if (m.id !== id) return;
      if ('progress' in m) {
        // a big package keeps reading; only a page that takes too long stops it
        clearTimeout(timer);
        timer = setTimeout(expire, timeout);
        return;
      }
      finish(m.result, true);
    };
    const onError = (e: Error) => finish({ failure: 'other', message: e.message }, false);
    const onExit = () => finish({ failure: 'other', message: 'worker exited' }, false);
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, data, maxPages: options.maxPages, counter });
  });
}
