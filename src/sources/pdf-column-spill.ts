/**
 * A page continuing a ruled table whose rows on that page carry no ruling (西安 项目支出表: the last
 * two projects of a unit printed amid the long 项目简介 texts of the page after, no borders drawn):
 * too few aligned figures for a table page, yet every text on it lies inside a column box of the
 * table on the page before — the names in the name column, the figures in the amount column, the
 * 简介 lines in the 简介 column. Read as a table page, so that its projects are not lost to the
 * 说明. Prose after a table runs across the columns and is never read so.
 */
import { isAmountText } from './pdf-chunks';
import type { PositionedRow } from './pdf-page-rows';

/** Tolerance (pt) for a text touching its box's border. */
const SLACK = 4;

/** The column boxes of the last ruled rows of a page: [x0, x1] between consecutive borders. */
function columnBoxes(prev: PositionedRow[]): [number, number][] {
  for (let i = prev.length - 1; i >= 0; i--) {
    const borders = prev[i].ruled ? prev[i].cells.find((c) => c.borders && c.borders.length >= 3)?.borders : undefined;
    if (!borders) continue;
    const xs = [...borders].sort((a, b) => a - b);
    return xs.slice(1).map((x, k): [number, number] => [xs[k], x]);
  }
  return [];
}

/** True when `rows` (a page with no ruled row) fill the column boxes of the ruled table on `prev`. */
export function fillsColumnsOf(prev: PositionedRow[] | undefined, rows: PositionedRow[]): boolean {
  if (!prev || rows.length === 0 || rows.some((r) => r.ruled)) return false;
  const boxes = columnBoxes(prev);
  if (boxes.length < 3) return false;
  const boxOf = (x0: number, x1: number) => boxes.findIndex(([a, b]) => x0 >= a - SLACK && x1 <= b + SLACK);
  const amountBoxes = new Set<number>();
  for (const r of rows) {
    for (const c of r.cells) {
      const k = boxOf(c.x0, c.x1);
      if (k < 0) return false;
      if (isAmountText(c.text) && r.cells.length >= 2) amountBoxes.add(k);
    }
  }
  return amountBoxes.size > 0;
}
