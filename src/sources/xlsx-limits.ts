/**
 * Caps on what one .xlsx may ask of the reader (docs/input-limits.md). A file over a cap is refused
 * (or one sheet is left unread) with a Chinese reason, instead of running for minutes and dying out
 * of memory. The figures leave room for the largest real packages: a consolidated budget of a
 * whole city (hundreds of sheets, ~1 M amount cells) reads in well under the caps.
 */
export interface XlsxLimits {
  /** The file as given (compressed). */
  maxFileBytes: number;
  /** Entries in the zip. */
  maxEntries: number;
  /** One XML part inflated (a sheet, the shared strings). */
  maxPartBytes: number;
  /** All parts the reader inflates, together. */
  maxInflatedBytes: number;
  /** Cells present in the workbook's sheets, together (exceljs holds ~600 bytes per cell). */
  maxCells: number;
  /** Cells of one sheet's grid counting the blanks inside each row (a cell at XFD5 makes a row 16,384 wide). */
  maxGridCellsPerSheet: number;
  /** Merged areas of one sheet. */
  maxMergesPerSheet: number;
}

export const XLSX_LIMITS: XlsxLimits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxEntries: 20000,
  maxPartBytes: 256 * 1024 * 1024,
  maxInflatedBytes: 512 * 1024 * 1024,
  maxCells: 2_000_000,
  maxGridCellsPerSheet: 10_000_000,
  maxMergesPerSheet: 100_000,
};

/** Bytes as 「12.3 MB」 for messages. */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} 字节`;
}

/** 2000000 → 「2,000,000」. */
export function countText(n: number): string {
  return n.toLocaleString('en-US');
}
