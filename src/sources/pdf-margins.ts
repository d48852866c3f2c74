/**
 * The margins of a package's pages: running heads and footers repeated on many pages, page
 * numbers and a 表号 alone at a page's foot are left out before the pages are read.
 */
import { isTableNumber, looksLikeTitle } from '../recognize/segment';
import { titleForm } from '../vocabulary/labels';
import type { PositionedRow } from './pdf-page-rows';
import type { PdfPageContent } from './pdf-types';

const rowText = (r: PositionedRow): string => r.cells.map((c) => c.text).join('');

const PAGE_NUMBER = /^(?:[-—－–_]\s*)?(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[-—－–_])?$|^第\s*\d+\s*页\s*[,，]?\s*共\s*\d+\s*页$|^\d+\s*\/\s*\d+$/;

/** Margin rows repeated on many pages (running heads, footers) and page numbers. */
export function dropMargins(pages: PdfPageContent[], rows: PositionedRow[][]): PositionedRow[][] {
  const sigCount = new Map<string, number>();
  const marginal = (p: PdfPageContent, r: PositionedRow) => !r.ruled && (r.y < p.height * 0.12 || r.y > p.height * 0.9);
  const sig = (r: PositionedRow) => titleForm(rowText(r)).replace(/\d+/g, '#');
  rows.forEach((rs, i) => {
    const seen = new Set<string>();
    for (const r of rs) if (marginal(pages[i], r)) seen.add(sig(r));
    for (const s of seen) sigCount.set(s, (sigCount.get(s) ?? 0) + 1);
  });
  const repeated = Math.max(3, Math.ceil(pages.length * 0.3));
  return rows.map((rs, i) =>
    rs.filter((r, k) => {
      if (!marginal(pages[i], r)) return true;
      const text = rowText(r);
      if (isFootNumber(pages[i], rs, k)) return false;
      // 单位 and 部门 lines repeat on every table page and belong to each table
      if (/(单位|部门|编制)[^：:]{0,6}[:：]/.test(text)) return true;
      if (r.cells.length === 1 && PAGE_NUMBER.test(text.trim())) return false;
      return !((sigCount.get(sig(r)) ?? 0) >= repeated && !looksLikeTitle(text));
    }),
  );
}

/**
 * A 表号 alone on the last line of a page, in its bottom margin (西安 「表10」 under the last row of
 * every page of a table, the 表号 printed at the top too): a footer. Read as a title it would start
 * a table of its own holding nothing, and the next page, which repeats the table's title block,
 * would not continue the table.
 */
function isFootNumber(p: PdfPageContent, rows: PositionedRow[], k: number): boolean {
  const r = rows[k];
  if (k === 0 || r.ruled || r.y <= p.height * 0.9 || r.cells.length !== 1 || !isTableNumber(r.cells[0].text)) return false;
  // nothing below it but a page number
  return rows.slice(k + 1).every((b) => b.cells.length === 1 && PAGE_NUMBER.test(rowText(b).trim()));
}
