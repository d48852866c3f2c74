/**
 * A whole published package → tables (one SheetGrid per table, joined over pages) and the 说明
 * (the prose pages as text). Running heads, footers and page numbers are left out first.
 */
import type { SheetGrid } from '../grid/types';
import { bestTitle } from '../recognize/classify';
import { isContinuation, looksLikeTitle } from '../recognize/segment';
import { titleForm } from '../vocabulary/labels';
import { rowsToGrid } from './pdf-columns';
import { isAmountText } from './pdf-chunks';
import { pageRows, type PositionedRow } from './pdf-page-rows';
import { dropMargins } from './pdf-margins';
import { narrativeOf, type PdfNarrative } from './pdf-narrative';
import { fillsColumnsOf } from './pdf-column-spill';
import { isNarrativeHeading, isProseFigureRow, leadingProse, trailingProse } from './pdf-prose-rows';
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

function rowText(r: PositionedRow): string {
  return r.cells.map((c) => c.text).join('');
}

function isBodyRow(r: PositionedRow): boolean {
  return r.cells.filter((c) => c.text).length >= 2;
}

/** A table title row: one text (a 表号 may stand beside it) reading like a title. */
function titleOf(r: PositionedRow): string | null {
  if (r.ruled) {
    // a title drawn inside the grid's first box spanning the table
    return r.cells.length === 1 && looksLikeTitle(r.cells[0].text) && bestTitle(r.cells[0].text) ? r.cells[0].text : null;
  }
  const texts = r.cells.map((c) => c.text).filter((t) => !/^[（(]?(金额)?单位[:：]/.test(titleForm(t)));
  if (texts.length === 0 || texts.length > 2) return null;
  const t = texts.join('');
  if (isNarrativeHeading(t)) return null;
  return looksLikeTitle(t) || (texts.length === 1 && looksLikeTitle(texts[0])) ? t : null;
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

interface Building {
  rows: PositionedRow[];
  /** Signatures of the rows above the body on the table's first page (表号, title, 单位, header). */
  top: Set<string>;
  hasBody: boolean;
}

function isAmountRow(r: PositionedRow): boolean {
  return isBodyRow(r) && r.cells.some((c) => isAmountText(c.text));
}

/**
 * Does this page continue the table being built? Its rows above the body are all rows the
 * table's first page had above its body (the title, 部门 and 单位 lines and the header
 * repeated on every page), or it has no title at all. A 「（续）」 title continues too.
 */
function continues(cur: Building | null, rows: PositionedRow[]): boolean {
  if (!cur || !cur.hasBody) return false;
  const lead: PositionedRow[] = [];
  for (const r of rows) {
    if (isAmountRow(r) && !cur.top.has(rowSignature(r))) break;
    lead.push(r);
  }
  if (lead.some((r) => {
    const t = titleOf(r);
    return t !== null && isContinuation(t);
  })) return true;
  const repeated = lead.filter((r) => cur.top.has(rowSignature(r))).length;
  if (lead.length > 0 && repeated === lead.length) return true;
  return !lead.some((r) => titleOf(r) !== null);
}

/** A repeated row's text; not its cells: a title line crossing drawn borders is cut differently on each page. */
function rowSignature(r: PositionedRow): string {
  return r.cells.map((c) => titleForm(c.text)).join('');
}

/**
 * A title printed over two lines whose first line does not read as a title alone (西安 「表13」
 * 「2021年部门综合预算一般公共预算拨款“三公”经费及」 「会议费、培训费支出预算表（不含上年结转）」):
 * the second line continues the title block instead of starting a table, so that the block is
 * what the next page repeats and the pages join.
 */
function secondTitleLine(cur: Building, title: string): boolean {
  if (cur.rows.length < 2 || cur.rows.length > 3) return false;
  const prev = cur.rows[cur.rows.length - 1];
  if (prev.cells.length > 4 || titleOf(prev) !== null || titleOf(cur.rows[0]) === null) return false;
  // the first line cut at drawn borders may leave its year digits alone (「20」「21年部门综…」):
  // never a figure with decimals or thousands separators, and the only 'body' row so far
  if (prev.cells.some((c) => /\d[.,]\d/.test(c.text)) || cur.rows.slice(0, -1).some(isAmountRow)) return false;
  const text = prev.cells.map((c) => c.text).join('');
  // words, not a page number left between the 表号 and the title
  if (!/[\u4e00-\u9fff]{2}/.test(text) || /^[（(]?(金额)?单位[:：]|^(部门|预算单位|编制单位)/.test(titleForm(text))) return false;
  return bestTitle(text + title) !== null;
}

/** Split the table pages' rows into tables, joining pages and dropping repeated headers. */
function assembleTables(pages: PositionedRow[][]): PositionedRow[][] {
  const out: Building[] = [];
  let cur: Building | null = null;
  let lastWasTitle = false;
  for (const rows of pages) {
    if (rows.length === 0) continue;
    let i = 0;
    if (cur && continues(cur, rows)) {
      // drop what the page repeats above its body: 「（续）」 title, 单位 line, header rows
      const table: Building = cur;
      while (i < rows.length && (!isAmountRow(rows[i]) || table.top.has(rowSignature(rows[i])))) {
        const r = rows[i];
        const t = titleOf(r);
        const repeated = table.top.has(rowSignature(r)) || (t !== null && isContinuation(t)) || /^[（(]?(金额)?单位[:：]/.test(titleForm(rowText(r)));
        if (!repeated) break;
        i++;
      }
      lastWasTitle = false;
    } else {
      // a page printing only a title (a divider 「表11.…项目支出绩效表」, 杭州) does not lend it to
      // the next page's own title: a title opening a page starts a table of its own
      lastWasTitle = false;
    }
    for (; i < rows.length; i++) {
      const row = rows[i];
      const title = titleOf(row);
      if (title !== null && !(cur && !cur.hasBody && !lastWasTitle && cur.rows.length > 0 && isContinuation(title))) {
        if (cur && !lastWasTitle && secondTitleLine(cur, title)) {
          cur.hasBody = false;
          cur.top.add(rowSignature(cur.rows[cur.rows.length - 1]));
        } else if (!cur || cur.hasBody || !lastWasTitle) {
          cur = { rows: [], top: new Set(), hasBody: false };
          out.push(cur);
        }
        cur.rows.push(row);
        cur.top.add(rowSignature(row));
        lastWasTitle = true;
        continue;
      }
      lastWasTitle = false;
      if (!cur) {
        cur = { rows: [], top: new Set(), hasBody: false };
        out.push(cur);
      }
      if (isAmountRow(row)) cur.hasBody = true;
      else if (!cur.hasBody) cur.top.add(rowSignature(row));
      cur.rows.push(row);
    }
  }
  // a heading between tables (「二、表格部分」) is neither title nor body: not a table
  return out.filter((b) => b.hasBody || b.rows.some((r) => titleOf(r) !== null)).map((b) => b.rows.map(titleAsOneCell));
}

/** A title printed in pieces (「财政拨款」 「收支总表」, letter-spaced) is one text in the first column. */
function titleAsOneCell(r: PositionedRow): PositionedRow {
  if (r.ruled || r.cells.length < 2 || r.cells.some((c) => isAmountText(c.text))) return r;
  const t = titleOf(r);
  if (t === null || r.cells.some((c) => /单位[:：]/.test(c.text))) return r;
  return { ...r, cells: [{ text: t, x0: r.cells[0].x0, x1: r.cells[r.cells.length - 1].x1, rowSpan: 1 }] };
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
