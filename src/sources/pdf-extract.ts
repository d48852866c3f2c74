/**
 * The only code that talks to pdf.js: text runs and ruling lines of every page.
 *
 * `extractWithPdfjs` is written to run on its own: in Node it is sent as source text into a
 * worker thread (src/sources/pdf-node.ts), which gives pdf.js (an ES module) a real `import()`
 * under both the tsc-compiled CLI and jest, and lets a hanging or huge document be stopped by
 * terminating the worker. It must therefore not use anything from outside its own body.
 */
import type { PdfDocumentContent } from './pdf-types';

export interface ExtractRequest {
  data: Uint8Array;
  /** URL of pdfjs-dist/legacy/build/pdf.mjs (Node) — ignored when `pdfjs` is given. */
  moduleUrl?: string;
  /** Folder URLs (ending in /) of pdf.js's CMaps and standard fonts. */
  cMapUrl?: string;
  standardFontDataUrl?: string;
  /** An already loaded pdf.js module (browser). */
  pdfjs?: unknown;
  /** Stop after this many pages (the rest is reported as not read). */
  maxPages?: number;
  /** More getDocument parameters (the Node worker's font handling, src/sources/pdf-node.ts). */
  documentOptions?: Record<string, unknown>;
  /**
   * The next page to read (1-based), for readers sharing one document's pages (Node: two workers
   * drawing from one shared counter); default every page in order. Pages past the end end it.
   */
  claim?: () => number;
  /** Called after each page (the Node wrapper's hang guard counts time without progress). */
  progress?: (page: number) => void;
}

/** Failure categories the caller turns into Chinese reasons. */
export type ExtractFailure = 'password' | 'invalid' | 'other';

export async function extractWithPdfjs(req: ExtractRequest): Promise<PdfDocumentContent | { failure: ExtractFailure; message: string }> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  type Any = any;
  const pdfjs: Any = req.pdfjs ?? (await (new Function('s', 'return import(s)') as (s: string) => Promise<Any>)(req.moduleUrl as string));
  const OPS = pdfjs.OPS;
  let doc: Any;
  try {
    doc = await pdfjs.getDocument({
      data: req.data,
      cMapUrl: req.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: req.standardFontDataUrl,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false,
      ...req.documentOptions,
    }).promise;
  } catch (e) {
    const name = (e as Any)?.name ?? '';
    const message = String((e as Any)?.message ?? e);
    if (name === 'PasswordException') return { failure: 'password', message };
    if (name === 'InvalidPDFException') return { failure: 'invalid', message };
    return { failure: 'other', message };
  }
  const out: PdfDocumentContent = { pages: [], failedPages: [] };
  const n = Math.min(doc.numPages, req.maxPages ?? doc.numPages);
  let seq = 0;
  const claim = req.claim ?? (() => ++seq);
  for (let p = claim(); p <= doc.numPages; p = claim()) {
    if (p > n) {
      out.failedPages.push(p);
      continue;
    }
    try {
      const page = await doc.getPage(p);
      const vp = page.getViewport({ scale: 1 });
      const H = vp.height;
      // viewBox origin: text and paths are in user space; the viewport transform maps them
      const [vx, vy] = [page.view[0], page.view[1]];
      const rotated = vp.rotation % 180 !== 0;
      const tc = await page.getTextContent();
      const runs: { s: string; x: number; y: number; w: number; h: number }[] = [];
      for (const it of tc.items as Any[]) {
        if (typeof it.str !== 'string' || !it.str.trim()) continue;
        const t = it.transform as number[];
        // upright text only: table text is never rotated; a rotated run is a stamp or a margin note
        if (Math.abs(t[1]) > 0.01 || Math.abs(t[2]) > 0.01 || t[0] <= 0) continue;
        const h = Math.abs(t[3]) || it.height || 10;
        runs.push({ s: it.str, x: t[4] - vx, y: H - (t[5] - vy), w: it.width, h });
      }
      const segments: { x0: number; y0: number; x1: number; y1: number }[] = [];
      // a page of running text (much text, no figure standing alone) needs no ruling lines:
      // the operator list is the costly half of reading a page
      let chars = 0;
      let figures = 0;
      for (const r of runs) {
        chars += r.s.length;
        if (/^[-(（]?[\d,]+(\.\d+)?[)）]?$/.test(r.s.trim())) figures++;
      }
      const prose = chars > 500 && figures < 3;
      if (!rotated && !prose) {
        const ops = await page.getOperatorList();
        const stack: number[][] = [];
        let m = [1, 0, 0, 1, 0, 0];
        const mul = (a: number[], b: number[]) => [
          a[0] * b[0] + a[1] * b[2],
          a[0] * b[1] + a[1] * b[3],
          a[2] * b[0] + a[3] * b[2],
          a[2] * b[1] + a[3] * b[3],
          a[4] * b[0] + a[5] * b[2] + b[4],
          a[4] * b[1] + a[5] * b[3] + b[5],
        ];
        const pt = (x: number, y: number) => [m[0] * x + m[2] * y + m[4] - vx, H - (m[1] * x + m[3] * y + m[5] - vy)];
        const fnArray = ops.fnArray as number[];
        const argsArray = ops.argsArray as Any[];
        for (let i = 0; i < fnArray.length; i++) {
          const fn = fnArray[i];
          const args = argsArray[i];
          if (fn === OPS.save) stack.push(m);
          else if (fn === OPS.restore) m = stack.pop() ?? [1, 0, 0, 1, 0, 0];
          else if (fn === OPS.transform) m = mul(args as number[], m);
          else if (fn === OPS.paintFormXObjectBegin) {
            stack.push(m);
            if (Array.isArray(args?.[0]) || ArrayBuffer.isView(args?.[0])) m = mul(Array.from(args[0] as number[]), m);
          } else if (fn === OPS.paintFormXObjectEnd) m = stack.pop() ?? [1, 0, 0, 1, 0, 0];
          else if (fn === OPS.constructPath) {
            const paint = args[0];
            // a clipping path (endPath) draws nothing
            if (paint !== OPS.stroke && paint !== OPS.closeStroke && paint !== OPS.fill && paint !== OPS.eoFill && paint !== OPS.fillStroke && paint !== OPS.eoFillStroke && paint !== OPS.closeFillStroke && paint !== OPS.closeEOFillStroke) continue;
            const buf = args[1]?.[0] as ArrayLike<number> | undefined;
            if (!buf) continue;
            const pts: number[][] = [];
            const flush = () => {
              for (let k = 1; k < pts.length; k++) {
                const [a, b] = [pts[k - 1], pts[k]];
                segments.push({ x0: Math.min(a[0], b[0]), y0: Math.min(a[1], b[1]), x1: Math.max(a[0], b[0]), y1: Math.max(a[1], b[1]) });
              }
              pts.length = 0;
            };
            let k = 0;
            while (k < buf.length) {
              const op = buf[k];
              if (op === 0) {
                flush();
                pts.push(pt(buf[k + 1], buf[k + 2]));
                k += 3;
              } else if (op === 1) {
                pts.push(pt(buf[k + 1], buf[k + 2]));
                k += 3;
              } else if (op === 2) {
                flush();
                k += 7;
              } else if (op === 3) {
                flush();
                k += 5;
              } else if (op === 4) {
                if (pts.length > 1) pts.push(pts[0]);
                flush();
                k += 1;
              } else break;
            }
            flush();
          }
        }
        page.cleanup?.();
      }
      out.pages.push({ page: p, width: vp.width, height: H, runs, segments });
      req.progress?.(p);
    } catch {
      out.failedPages.push(p);
    }
  }
  await doc.destroy?.();
  return out;
}
