/**
 * Lines of the 说明 that look like table rows to the page layout (西安): a sentence whose figures
 * are printed in another font is cut into runs (「本部门收入预算总计 | 182157.13 | 万元,支出预算总计
 * | 182157.13 | 万元。…」), and its headings (「第二部分 收支情况」, 「（一）收支预算总体情况」,
 * 「2、支出按功能科目分类的明细情况」) end like table titles. Read as a table page, the 说明 there was
 * lost and its headings became empty tables.
 */
import { isAmountText } from './pdf-chunks';
import type { PositionedRow } from './pdf-page-rows';

/** A unit word (or 年 after a year) right after a figure: the figure is a sentence's (a table prints units in its head). */
const UNIT_AFTER = /^\s*(万元?|亿元?|元|%|％|个|人|辆|台|年)/;

/** True when every figure of the row is followed by a unit word in the next run: a line of prose. */
export function isProseFigureRow(r: PositionedRow): boolean {
  const figures = r.cells.map((c, k) => k).filter((k) => isAmountText(r.cells[k].text));
  return figures.length > 0 && figures.every((k) => UNIT_AFTER.test(r.cells[k + 1]?.text ?? ''));
}

/** 「第二部分」, 「五、」, 「（一）」, 「2、」: the numbering of a 说明 heading. */
const HEADING_NUMBER = /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}\s*[、.．](?!\d))/;

/** A numbered heading of the 说明 (no 「表」 in it): never a table's title. */
export function isNarrativeHeading(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return HEADING_NUMBER.test(t) && !/表/.test(t);
}

const rowText = (r: PositionedRow) => r.cells.map((c) => c.text).join('');
/** Below this many characters a trailing heading is too little to be a 说明 section. */
const MIN_PROSE_CHARS = 30;
/** A paragraph line spans at least this share of the page's width. */
const MIN_PROSE_WIDTH = 0.4;

/**
 * Rows at the end of a table page that are the 说明 resuming below the table (西安 「第二部分
 * 收支情况 / 五、…收支说明 / （一）收支预算总体情况 / 按照综合预算的原则…」 under the 人员 table): from
 * a numbered heading on, only unruled prose lines and headings, no title. Their count (0 when
 * none). `titleOf` is the page layout's title test; some line must run across the page.
 */
export function trailingProse(rows: PositionedRow[], titleOf: (r: PositionedRow) => string | null, pageWidth: number): number {
  let start = rows.length;
  for (let k = rows.length - 1; k > 0; k--) {
    const r = rows[k];
    if (r.ruled || titleOf(r) !== null) break;
    if (!(r.cells.length === 1 || isProseFigureRow(r) || isNarrativeHeading(rowText(r)))) break;
    if (isNarrativeHeading(rowText(r))) start = k;
  }
  if (start === rows.length) return 0;
  const chars = rows.slice(start).reduce((s, r) => s + rowText(r).length, 0);
  // paragraphs run across the page; a cell's text cut by the page break (a 绩效 form's 「1.通过完成…」
  // printed below the grid) stays in its narrow column
  const wide = rows.slice(start).some((r) => r.cells[r.cells.length - 1].x1 - r.cells[0].x0 >= pageWidth * MIN_PROSE_WIDTH);
  return chars >= MIN_PROSE_CHARS && wide ? rows.length - start : 0;
}

/**
 * Rows of running text above the first table of a page (0 when there are none worth moving): lines
 * of one text, sentences with their figures in runs of their own, and — above a ruled table — any
 * line without a table figure (「2026 | 年某某部门政府采购预算总额」, 「执收主体: | 某某局」).
 */
export function leadingProse(rows: PositionedRow[], titleOf: (r: PositionedRow) => string | null): number {
  const ruledBelow = rows.some((r) => r.ruled);
  const prose = (r: PositionedRow) => r.cells.length === 1 || isProseFigureRow(r) || (ruledBelow && !r.cells.some((c) => isAmountText(c.text)));
  let n = 0;
  while (n < rows.length && !rows[n].ruled && prose(rows[n]) && titleOf(rows[n]) === null) n++;
  const chars = rows.slice(0, n).reduce((s, r) => s + rowText(r).length, 0);
  // a heading or a department line above a title belongs to the table's title block; above a table
  // without a title (「…二级预算单位共有1个，包括：」 over the 说明's list of units) there is no title block
  const untitled = n > 0 && !rows.slice(n).some((r) => titleOf(r) !== null);
  return chars >= 80 || (untitled && chars >= MIN_PROSE_CHARS) ? n : 0;
}
