/**
 * What a positioned row of a PDF page is, read from its texts: its whole text, a body row (two
 * texts or more), a row of figures, a table title. Shared by the page classification and the
 * joining of tables (pdf-document.ts, pdf-table-join.ts).
 */
import { bestTitle } from '../recognize/classify';
import { looksLikeTitle } from '../recognize/segment';
import { titleForm } from '../vocabulary/labels';
import { isAmountText } from './pdf-chunks';
import type { PositionedRow } from './pdf-page-rows';
import { isNarrativeHeading } from './pdf-prose-rows';

export function rowText(r: PositionedRow): string {
  return r.cells.map((c) => c.text).join('');
}

export function isBodyRow(r: PositionedRow): boolean {
  return r.cells.filter((c) => c.text).length >= 2;
}

/** A table title row: one text (a 表号 may stand beside it) reading like a title. */
export function titleOf(r: PositionedRow): string | null {
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

export function isAmountRow(r: PositionedRow): boolean {
  return isBodyRow(r) && r.cells.some((c) => isAmountText(c.text));
}
