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
      // row-vector matrices as pdf.js gives them: mul(a, b) applies a, then b
      const mul = (a: number[], b: number[]) => [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
      ];
      const apply = (t: number[], x: number, y: number) => [t[0] * x + t[2] * y + t[4], t[1] * x + t[3] * y + t[5]];
      // user space → the page as shown (y downwards), /Rotate included: a landscape table page
      // printed with /Rotate 90 reads like any other
      const shown = Array.from(vp.transform as number[]);
      const tc = await page.getTextContent();
      const items: { s: string; m: number[]; w: number; h: number }[] = [];
      for (const it of tc.items as Any[]) {
        if (typeof it.str !== 'string' || !it.str.trim()) continue;
        items.push({ s: it.str, m: mul(it.transform as number[], shown), w: it.width, h: it.height });
      }
      // the direction most characters run in: a landscape table drawn sideways on a portrait
      // page (no /Rotate) runs up or down the page; the page is turned so that it reads across
      const along = (m: number[]): [number, number] | null => {
        const n = Math.hypot(m[0], m[1]);
        if (n === 0) return null;
        const [ux, uy] = [m[0] / n, m[1] / n];
        if (Math.abs(ux) > 0.99) return [Math.sign(ux), 0];
        if (Math.abs(uy) > 0.99) return [0, Math.sign(uy)];
        return null;
      };
      const byDirection = new Map<string, number>();
      for (const it of items) {
        const u = along(it.m);
        if (u) byDirection.set(u.join(), (byDirection.get(u.join()) ?? 0) + it.s.length);
      }
      const across = byDirection.get('1,0') ?? 0;
      const [best, most] = [...byDirection].sort((a, b) => b[1] - a[1])[0] ?? ['1,0', 0];
      let W = vp.width;
      let H = vp.height;
      let toPage = shown;
      if (best !== '1,0' && most >= 20 && most > 2 * across) {
        const [ux, uy] = best.split(',').map(Number);
        const turn = [ux, -uy, uy, ux, 0, 0];
        const corners = [[0, 0], [W, 0], [0, H], [W, H]].map(([x, y]) => apply(turn, x, y));
        turn[4] = -Math.min(...corners.map((c) => c[0]));
        turn[5] = -Math.min(...corners.map((c) => c[1]));
        if (uy !== 0) [W, H] = [H, W];
        toPage = mul(shown, turn);
        for (const it of items) it.m = mul(it.m, turn);
        (out.turnedPages ??= []).push(p);
      }
      const runs: { s: string; x: number; y: number; w: number; h: number }[] = [];
      let unread = 0;
      for (const it of items) {
        const t = it.m;
        // upright text only: what still runs another way is a stamp, a margin note, a vertical label
        if (Math.abs(t[1]) > 0.01 || Math.abs(t[2]) > 0.01 || t[0] <= 0) {
          unread += it.s.length;
          continue;
        }
        runs.push({ s: it.s, x: t[4], y: t[5], w: it.w, h: Math.abs(t[3]) || it.h || 10 });
      }
      if (unread >= 30) (out.rotatedTextPages ??= []).push(p);
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
      if (!prose) {
        const ops = await page.getOperatorList();
        const stack: number[][] = [];
        let m = [1, 0, 0, 1, 0, 0];
        const pt = (x: number, y: number) => apply(toPage, ...(apply(m, x, y) as [number, number]));
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
      out.pages.push({ page: p, width: W, height: H, runs, segments });
      req.progress?.(p);
    } catch {
      out.failedPages.push(p);
    }
  }
  await doc.destroy?.();
  return out;
}
