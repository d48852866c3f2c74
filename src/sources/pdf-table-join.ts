/**
 * A run of table pages cut into tables and joined over pages: a title row starts a table, a page
 * continues the table above when what it repeats above its body is what the table's first page
 * had (title, 部门/单位 lines, header) or when it has no title, and those repeated rows are dropped.
 */
import { printsDecimalsOrGrouping } from '../grid/number';
import { bestTitle } from '../recognize/classify';
import { isContinuation } from '../recognize/segment';
import { titleForm } from '../vocabulary/labels';
import { isAmountText } from './pdf-chunks';
import type { PositionedRow } from './pdf-page-rows';
import { isAmountRow, rowText, titleOf } from './pdf-row-kinds';

interface Building {
  rows: PositionedRow[];
  /** Signatures of the rows above the body on the table's first page (表号, title, 单位, header). */
  top: Set<string>;
  hasBody: boolean;
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
  if (prev.cells.some((c) => printsDecimalsOrGrouping(c.text)) || cur.rows.slice(0, -1).some(isAmountRow)) return false;
  const text = prev.cells.map((c) => c.text).join('');
  // words, not a page number left between the 表号 and the title
  if (!/[\u4e00-\u9fff]{2}/.test(text) || /^[（(]?(金额)?单位[:：]|^(部门|预算单位|编制单位)/.test(titleForm(text))) return false;
  return bestTitle(text + title) !== null;
}

/** Split the table pages' rows into tables, joining pages and dropping repeated headers. */
export function assembleTables(pages: PositionedRow[][]): PositionedRow[][] {
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
