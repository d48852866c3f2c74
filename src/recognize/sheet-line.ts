/**
 * The Line objects recognition hands out: amounts (and texts) read from the sheet on first access,
 * so that the lines of a huge consolidated table cost little until someone reads them.
 */
import { CellAmount } from './amount';
import type { Amount, Line, LineKind } from './types';
import type { SheetView } from './sheet-view';
import type { CellValue } from '../grid/types';
import { cellText } from './text';

/**
 * A line whose amounts are built on first access from the sheet (most lines of a huge table are
 * never read one by one). JSON and structuredClone-free consumers see `amounts` via toJSON.
 */
export class SheetLine {
  row: number;
  name: string;
  label: string;
  kind: LineKind = 'item';
  side: Line['side'];
  // every optional field exists from the start: one object shape keeps loops over 100k lines fast
  code: string | undefined = undefined;
  level: number | undefined = undefined;
  classification: Line['classification'] = undefined;
  figure: string | undefined = undefined;
  hidden: boolean | undefined = undefined;
  ofWhich: boolean | undefined = undefined;
  itemCode: string | undefined = undefined;
  private cache: Record<number, Amount> | undefined = undefined;

  constructor(
    private readonly view: SheetView,
    row: number,
    name: string,
    label: string,
    side: Line['side'],
    private readonly cols: number[],
    private readonly textCols: number[] = [],
  ) {
    this.row = row;
    this.name = name;
    this.label = label;
    this.side = side;
  }

  get amounts(): Record<number, Amount> {
    if (!this.cache) {
      const a: Record<number, Amount> = {};
      for (const c of this.cols) {
        const amount = new CellAmount(this.view.value(this.row, c), this.view.grid.name, this.row, c);
        const doubt = this.view.doubt(this.row, c);
        if (doubt) amount.doubt = doubt;
        a[c] = amount;
      }
      this.cache = a;
    }
    return this.cache;
  }

  set amounts(a: Record<number, Amount>) {
    this.cache = a;
  }

  /**
   * The raw cell of an amount column without building its Amount (the rules' integer-cents fast
   * path reads every amount of a 1 M-cell table; an object per cell was most of its garbage).
   * undefined when the column is not one of the line's amounts or the amounts were replaced.
   */
  rawAmount(col: number): CellValue | undefined {
    if (this.cache) return this.cache[col]?.raw;
    return this.cols.includes(col) ? this.view.value(this.row, col) : undefined;
  }

  /** Texts of the list's label/text columns on this row (成本指标 text, 项目单位 …), by column. */
  get texts(): Record<number, string> {
    const t: Record<number, string> = {};
    for (const c of this.textCols) {
      const s = cellText(this.view.value(this.row, c));
      if (s) t[c] = s;
    }
    return t;
  }

  toJSON(): Line {
    const { view: _v, cols: _c, cache: _x, textCols: _t, ...rest } = this as unknown as Record<string, unknown>;
    void _v;
    void _c;
    void _x;
    void _t;
    return { ...(rest as unknown as Line), amounts: this.amounts, texts: this.texts };
  }
}

/** A line of a form (绩效目标表) whose amounts come from cells anywhere in the form. */
export function formSheetLine(view: SheetView, row: number, name: string, amounts: Record<number, Amount>): Line {
  const line = new SheetLine(view, row, name, name, 'main', []) as Line;
  line.amounts = amounts;
  return line;
}

