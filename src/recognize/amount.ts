/**
 * Amount cells, parsed on first use: a consolidated package holds ~1 M amount cells and most are
 * never read one by one, so the Decimal and the CellRef are built only when asked for.
 */
import Decimal from 'decimal.js';
import { parseAmount, type ParsedAmount } from '../grid/number';
import type { CellRef, CellValue } from '../grid/types';
import type { Amount } from './types';

const ZERO = new Decimal(0);

export class CellAmount implements Amount {
  private parsed?: ParsedAmount;
  private ref?: CellRef;
  /** Why the cell was guessed (see Amount.doubt). */
  doubt?: string;

  constructor(
    readonly raw: CellValue,
    private readonly sheet: string,
    private readonly row: number,
    private readonly col: number,
  ) {}

  private p(): ParsedAmount {
    return (this.parsed ??= parseAmount(this.raw));
  }

  get value(): Decimal {
    const p = this.p();
    return p.kind === 'number' ? p.value : ZERO;
  }

  get cell(): CellRef {
    return (this.ref ??= { sheet: this.sheet, row: this.row, col: this.col });
  }

  get blank(): boolean {
    const r = this.raw;
    if (r === null || r === undefined || r === '') return true;
    if (typeof r === 'number') return false;
    return this.p().kind === 'blank';
  }

  /** Non-zero number, decided without building a Decimal for plain numbers. */
  get nonZero(): boolean {
    const r = this.raw;
    if (typeof r === 'number') return Number.isFinite(r) && r !== 0;
    const p = this.p();
    return p.kind === 'number' && !p.value.isZero();
  }

  get problem(): string | undefined {
    if (typeof this.raw === 'number' && Number.isFinite(this.raw)) return undefined;
    const p = this.p();
    if (p.kind === 'error') return p.message;
    if (p.kind === 'text') return `单元格内容「${p.text.slice(0, 20)}」不是数字`;
    return undefined;
  }

  get printedDecimals(): number | undefined {
    if (typeof this.raw !== 'string') return undefined;
    const p = this.p();
    return p.kind === 'number' ? p.decimals : undefined;
  }

  toJSON(): Amount {
    const out: Amount = { value: this.value, cell: this.cell, blank: this.blank, raw: this.raw };
    const problem = this.problem;
    if (problem) out.problem = problem;
    if (this.doubt) out.doubt = this.doubt;
    return out;
  }
}
