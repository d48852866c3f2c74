/**
 * A whole published package → tables (one SheetGrid per table, joined over pages) and the 说明
 * (the prose pages as text). Running heads, footers and page numbers are left out first.
 */
import type { SheetGrid } from '../grid/types';
import { bestTitle } from '../recognize/classify';
import { titleForm } from '../vocabulary/labels';
import { rowsToGrid } from './pdf-columns';
import { isAmountText } from './pdf-chunks';
import { pageRows, type PositionedRow } from './pdf-page-rows';
import { dropMargins } from './pdf-margins';
import { isAmountRow, isBodyRow, rowText, titleOf } from './pdf-row-kinds';
import { assembleTables } from './pdf-table-join';
import { narrativeOf, type PdfNarrative } from './pdf-narrative';
import { fillsColumnsOf } from './pdf-column-spill';
import { isProseFigureRow, leadingProse, trailingProse } from './pdf-prose-rows';
import type { PdfDocumentContent, PdfPageContent } from './pdf-types';

export interface PdfTable {
  grid: SheetGrid;
  /** 1-based page of each grid row. */
  rowPages: number[];
}

export interface PdfReading {
  tables: PdfTable[];
  narrative: PdfNarrative;
  pageCount: number;
  /** Pages holding tables / prose / nothing readable (scanned or blank). */
  tablePages: number[];
  prosePages: number[];
  blankPages: number[];
  failedPages: number[];
}

/** A 目录 heading: a short line the recognizer's signatures call a table of contents. */
function isContentsHeading(text: string): boolean {
  return text.length <= 8 && bestTitle(text)?.kind === 'table_of_contents';
}

function isTablePage(rows: PositionedRow[]): boolean {
  // a table of contents lists table titles: it is read with the 说明
  // (「目录」, 「报表目录」, 「公开目录」 — drawn as a ruled list too: 报表 | 报表名称 | 是否空表)
  if (rows.some((r) => isContentsHeading(titleForm(rowText(r))))) return false;
  const ruledBody = rows.filter((r) => r.ruled && isBodyRow(r)).length;
  if (ruledBody >= 2) return true;
  const aligned = rows.filter((r) => r.cells.length >= 3 && r.cells.some((c) => isAmountText(c.text)) && !isProseFigureRow(r)).length;
  if (aligned >= 3) return true;
  // an empty table: its title and a note 「本部门无此项预算」 — one title, not a list of them
  const titles = rows.map(titleOf).filter((t): t is string => t !== null && /表([（(][^）)]*[)）])?$/.test(titleForm(t)) && bestTitle(t) !== null);
  return titles.length >= 1 && titles.length <= 2 && rows.every((r) => rowText(r).length <= 60);
}

/**
 * The last lines of a table printed alone on the next page (无锡 「2210203 购房补贴 167.18」 under
 * its 款 on the page before; 杭州 a unit whose name wraps over three lines): too few rows for a
 * table page, yet no prose — rows of figures and short pieces of wrapped names, no title. Read
 * as a table page, so that it continues the table.
 */
function spillsOver(rows: PositionedRow[]): boolean {
  if (rows.length === 0 || rows.length > 6 || !rows.some(isAmountRow)) return false;
  // besides the rows of figures only the wrapped pieces of their names (「中心」, 「运输发展保障」)
  return rows.every((r) => titleOf(r) === null && rowText(r).length <= 80 && (isAmountRow(r) || titleForm(rowText(r)).length <= 12));
}

function sheetName(firstPage: number, used: Map<number, number>): string {
  const n = (used.get(firstPage) ?? 0) + 1;
  used.set(firstPage, n);
  return n === 1 ? `第${firstPage}页` : `第${firstPage}页-${n}`;
}

export function readPdfContent(content: PdfDocumentContent): PdfReading {
  const pages = content.pages;
  const rows = dropMargins(pages, pages.map(pageRows));
  const tablePages: number[] = [];
  const prosePages: number[] = [];
  const blankPages: number[] = [];
  const tableRuns: PositionedRow[][][] = []; // runs of consecutive table pages
  // runs starting on a page below 说明 paragraphs (a mixed page)
  const belowProse = new Set<PositionedRow[][]>();
  let run: PositionedRow[][] | null = null;
  let proseTail = false; // the last table page ended in 说明 lines
  const prose: { page: PdfPageContent; rows: PositionedRow[] }[] = [];
  pages.forEach((p, i) => {
    if (p.runs.length === 0) {
      blankPages.push(p.page);
      return;
    }
    if (isTablePage(rows[i]) || (run && (spillsOver(rows[i]) || fillsColumnsOf(rows[i - 1], rows[i])))) {
      tablePages.push(p.page);
      // the 说明 may end on the page where the tables begin: its paragraphs stay 说明. After a
      // table page, long text at the top is the table's (a cut cell's text printed again)
      const afterTableBefore = i > 0 && tablePages.includes(pages[i - 1].page);
      const afterTable = afterTableBefore && !proseTail;
      const lead = afterTable ? 0 : leadingProse(rows[i], titleOf);
      if (lead > 0) {
        prose.push({ page: p, rows: rows[i].slice(0, lead) });
        run = null;
      }
      if (!run) tableRuns.push((run = []));
      // a table right below 说明 lines (on this page, or ending the page before) without a title illustrates the 说明
      if (lead > 0 || (proseTail && afterTableBefore)) belowProse.add(run);
      // the 说明 resuming below the table: its lines go to the 说明, and the table ends there
      const tail = trailingProse(rows[i].slice(lead), titleOf, p.width);
      run.push(rows[i].slice(lead, rows[i].length - tail));
      proseTail = tail > 0;
      if (proseTail) {
        prose.push({ page: p, rows: rows[i].slice(rows[i].length - tail) });
        run = null;
      }
    } else {
      prosePages.push(p.page);
      prose.push({ page: p, rows: rows[i] });
      run = null;
    }
  });
  const used = new Map<number, number>();
  const tables: PdfTable[] = [];
  for (const r of tableRuns) {
    for (const [k, tableRows] of assembleTables(r).entries()) {
      // a table without a title right below 说明 paragraphs illustrates the 说明 (a comparison
      // with last year by 科目, by unit…): published tables have titles. Read as a table it would
      // stand for the package's own (its 人员经费/公用经费 make it a 基本支出表)
      if (k === 0 && belowProse.has(r) && !tableRows.some((row) => titleOf(row) !== null)) continue;
      const { grid, rowPages } = rowsToGrid(sheetName(tableRows[0].page, used), tables.length, tableRows);
      tables.push({ grid, rowPages });
    }
  }
  return {
    tables,
    narrative: narrativeOf(prose),
    pageCount: pages.length + content.failedPages.length,
    tablePages,
    prosePages,
    blankPages,
    failedPages: content.failedPages,
  };
}
