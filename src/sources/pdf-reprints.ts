/**
 * A merged cell cut by a page break is printed again at the top of the next page (北京 项目支出
 * 绩效目标表: the project's code, name and amounts stand at the foot of one page and again, whole
 * or in part, at the head of the next). When the reprint lies inside the next page's drawn grid it
 * reads as a line of its own: a second project line with the same money, or — its name cut from its
 * number 「9604-」 — a unit line over the projects that follow. Which of the two readings is the
 * table's own line cannot be told from the print, so the reprinted row's figures are read in doubt:
 * a check resting on them says what was read and why, as a warning (src/rules/doubt.ts).
 *
 * A row is a reprint when, among the first rows of a page, one of its figures is the last figure
 * printed in its column above it (the cut cell's) and its name is printed in the rows the cut cell
 * covers (after the figure before that one, up to this row: the cut cell's lines joined, both
 * pages). A 类 line and its only 款 across a page break share amounts but not names; a 科目 name
 * repeated under each unit (北京 tables by unit: 「住房公积金 100 / 购房补贴 100」 at a break) is
 * not printed in the cut cell: neither is a reprint.
 */
import type { CellValue } from '../grid/types';
import { parseAmountText } from '../grid/number';
import { isAmountText } from './pdf-chunks';

export const DOUBT_REPRINTED = '该行名称与金额同分页前最后一行相同，可能是被分页截断的同一单元格在下页重印，未能确定是否另起一行';

/** Rows before the break looked at, and rows after it that may be a reprint. */
const BEFORE = 12;
const AFTER = 8;
/** A label shorter than this repeats too easily (「合计」, 「小计」). */
const MIN_LABEL = 4;

const squeeze = (s: string) => s.replace(/\s+/g, '');

function figure(v: CellValue): string | null {
  if (typeof v !== 'string' || !isAmountText(v)) return null;
  const p = parseAmountText(v);
  return p.kind === 'number' ? p.value.toString() : null;
}

type Figures = (r: number) => (string | null)[];

/** The last row in [from, r] with a figure in column c, or from - 1. */
function lastFigureRow(figs: Figures, c: number, r: number, from: number): number {
  for (; r >= from; r--) if (figs(r)[c] !== null) return r;
  return from - 1;
}

/** Mark the figures of rows reprinted after a page break as read in doubt (cellDoubts "r,c"). */
export function markReprints(values: CellValue[][], rowPages: number[], cellDoubts: Record<string, string>): void {
  // each row's figures parsed once: the rows around a break are looked at again for every column
  const parsed: (string | null)[][] = [];
  const figs: Figures = (r) => (parsed[r] ??= values[r].map(figure));
  for (let start = 1; start < values.length; start++) {
    if (rowPages[start] === rowPages[start - 1]) continue;
    const from = Math.max(0, start - BEFORE);
    for (let q = start; q < Math.min(values.length, start + AFTER) && rowPages[q] === rowPages[start]; q++) {
      const row = values[q];
      const figures = figs(q);
      const label = row.findIndex((v, c) => typeof v === 'string' && figures[c] === null && squeeze(v).length >= MIN_LABEL);
      if (label < 0) continue;
      const name = squeeze(row[label] as string);
      const reprint = figures.some((f, c) => {
        if (f === null) return false;
        // the cut cell's money is the last printed in its column above, and its name is printed
        // between that figure's predecessor and this row (the cut cell's lines, both pages)
        const last = lastFigureRow(figs, c, q - 1, from);
        if (last < from || figs(last)[c] !== f) return false;
        const before = lastFigureRow(figs, c, last - 1, from);
        let text = '';
        for (let r = before + 1; r < q; r++) {
          const v = values[r][label];
          if (typeof v === 'string' && figs(r)[label] === null) text += squeeze(v);
        }
        return text.includes(name);
      });
      if (!reprint) continue;
      figures.forEach((f, c) => {
        if (f !== null) cellDoubts[`${q},${c}`] ??= DOUBT_REPRINTED;
      });
    }
  }
}
