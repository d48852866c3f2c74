/**
 * What the PDF reader takes from pdf.js, in page coordinates with y growing downwards (as a
 * reader sees the page). Everything after extraction (rows, columns, tables, 说明) is pure
 * TypeScript on these shapes, testable with invented pages.
 */

/** One run of text as pdf.js reports it. x/y is the left end of the baseline. */
export interface PdfTextRun {
  s: string;
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  w: number;
  /** Font size (the height of the run). */
  h: number;
}

/** A drawn ruling line (or the edge of a thin filled rectangle), axis-aligned. */
export interface PdfSegment {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PdfPageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  runs: PdfTextRun[];
  segments: PdfSegment[];
}

export interface PdfDocumentContent {
  pages: PdfPageContent[];
  /** Pages pdf.js could not read (damaged content stream): 1-based numbers. */
  failedPages: number[];
  /** Pages drawn sideways (a landscape table on a portrait page, no /Rotate), read turned. */
  turnedPages?: number[];
  /** Pages with rotated text left unread (a vertical or slanted table, a stamp, a margin note). */
  rotatedTextPages?: number[];
}
