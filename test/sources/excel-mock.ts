/**
 * An Excel object model for office-addin-mock: workbook → worksheets → ranges / range areas /
 * cell-property results, backed by a small in-memory workbook. OfficeMockObject enforces the
 * Office.js discipline (a property read before load + sync gives an error string instead of the
 * value); this file adds what the library leaves to us: methods that create proxies, a sync that
 * counts round trips and measures each one's payload, Excel's 5 MB limit, and injected failures.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { CellRange } from '../../src/grid/types';
import { excelSheetPrefix, parseRangeA1, rangeA1 } from '../../src/grid/address';
import { applyFormat, cloneFormat, defaultFormat, defaultFill, type MockFormat } from './mock-formats';

type Cell = number | string | boolean | null | { error: string };

export interface MockSheetSpec {
  name: string;
  /** Worksheet id, stable across renames (assigned by MockWorkbook when absent). */
  id?: string;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  /** Cells from A1; null is empty. Merged slave cells are forced empty, as in Excel. */
  cells: Cell[][];
  numberFormats?: (string | null)[][];
  formulas?: (string | null)[][];
  merges?: string[];
  hiddenRows?: number[];
  hiddenCols?: number[];
}

const CELL_PROPS = new Set(['values', 'valueTypes', 'text', 'numberFormat', 'formulas']);

/** Excel's own error shape for a failed batch. */
export function officeFailure(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

export class MockWorkbook {
  syncs = 0;
  /** Bytes of cell data each successful sync returned. */
  payloads: number[] = [];
  /** When set, a sync whose cell data exceeds it fails like Excel on the web (5 MB). */
  payloadLimit?: number;
  activeSheet: string;
  selection?: { sheet: string; address: string };
  readonly formats = new Map<string, MockFormat>();
  private failure?: Error;
  private pending = 0;
  private registry: OfficeMockObject[] = [];

  constructor(readonly sheets: MockSheetSpec[]) {
    this.activeSheet = sheets[0]?.name ?? '';
    sheets.forEach((s, i) => (s.id ??= `{0000000${i}-SHEET}`));
  }

  /** The user renames a sheet: its id and cell formats stay. */
  rename(from: string, to: string): void {
    const s = this.sheets.find((x) => x.name === from)!;
    for (const [k, f] of [...this.formats]) {
      if (!k.startsWith(`${from}!`)) continue;
      this.formats.delete(k);
      this.formats.set(`${to}!${k.slice(from.length + 1)}`, f);
    }
    s.name = to;
  }

  /** The user inserts a row above 0-based `row`: cells and formats from there move down one. */
  insertRow(sheet: string, row: number): void {
    const s = this.sheets.find((x) => x.name === sheet)!;
    s.cells.splice(row, 0, []);
    const moved = [...this.formats].filter(([k]) => k.startsWith(`${sheet}!`)).map(([k, f]) => {
      const r = parseRangeA1(k.slice(sheet.length + 1))!;
      return { k, f, r };
    });
    for (const m of moved) this.formats.delete(m.k);
    for (const m of moved) {
      const r0 = m.r.r0 >= row ? m.r.r0 + 1 : m.r.r0;
      this.formats.set(`${sheet}!${rangeA1({ r0, c0: m.r.c0, r1: r0, c1: m.r.c0 })}`, m.f);
    }
  }

  /** The next sync fails with this Office error code. */
  failNextSync(code: string): void {
    this.failure = officeFailure(code);
  }

  /** Excel.run replacement: a fresh context per batch, like the real one. */
  run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => batch(this.context() as unknown as Excel.RequestContext);

  format(sheet: string, address: string): MockFormat {
    const k = `${sheet}!${address}`;
    let f = this.formats.get(k);
    if (!f) this.formats.set(k, (f = defaultFormat()));
    return f;
  }

  /** Every cell format as JSON, for "identical after mark + clear" comparisons. */
  snapshotFormats(): string {
    return JSON.stringify([...this.formats.entries()].filter(([, f]) => JSON.stringify(f) !== JSON.stringify(defaultFormat())).sort());
  }

  private context(): Record<string, unknown> {
    return { workbook: { worksheets: this.worksheets() }, sync: () => this.sync() };
  }

  private async sync(): Promise<void> {
    this.syncs++;
    const bytes = this.pending;
    this.pending = 0;
    if (this.failure) {
      const e = this.failure;
      this.failure = undefined;
      throw e;
    }
    if (this.payloadLimit !== undefined && bytes > this.payloadLimit) throw officeFailure('ResponsePayloadSizeLimitExceeded');
    this.payloads.push(bytes);
    for (const m of this.registry) await m.sync();
  }

  private track(data: Record<string, unknown>, payloadOf?: (props: string[]) => number): OfficeMockObject {
    const m = new OfficeMockObject(data);
    if (payloadOf) {
      const load = m.load.bind(m);
      m.load = (p: string | string[]) => {
        const props = (Array.isArray(p) ? p : [p]).join(',').split(',').map((s) => s.trim());
        this.pending += payloadOf(props);
        return load(p);
      };
    }
    this.registry.push(m);
    return m;
  }

  private worksheets(): OfficeMockObject {
    const items = this.sheets.map((s) => this.worksheet(s));
    const coll: OfficeMockObject = this.track({
      items,
      getItem: (name: string) => {
        // Office.js: getItem takes a name or an id.
        const ws = items[this.sheets.findIndex((s) => s.name === name || s.id === name)];
        if (ws) return ws;
        this.failure = officeFailure('ItemNotFound');
        return items[0];
      },
      load: (p: string) => {
        const inner = p.split(',').map((s) => s.trim().replace(/^items\//, ''));
        for (const ws of items) ws.load(inner);
        OfficeMockObject.prototype.load.call(coll, 'items');
        return coll;
      },
    });
    return coll;
  }

  private worksheet(s: MockSheetSpec): OfficeMockObject {
    return this.track({
      name: s.name,
      id: s.id,
      visibility: s.visibility ?? 'Visible',
      getUsedRange: () => this.range(s, usedRect(s)),
      getRange: (address: string) => this.range(s, parseRangeA1(address.replace(/\$/g, ''))!),
      getRanges: (address: string) => this.areas(s, address.split(',').map((a) => parseRangeA1(a)!)),
      activate: () => {
        this.activeSheet = s.name;
      },
    });
  }

  private areas(s: MockSheetSpec, rects: CellRange[]): OfficeMockObject {
    const prefix = excelSheetPrefix(s.name);
    const m = this.track({
      address: rects.map((r) => `${prefix}!${rangeA1(r)}`).join(',') || 'none',
      select: () => {
        this.activeSheet = s.name;
        this.selection = { sheet: s.name, address: rects.map(rangeA1).join(',') };
      },
    });
    m.isNullObject = rects.length === 0;
    return m;
  }

  private range(s: MockSheetSpec, r: CellRange): OfficeMockObject {
    const rows = range(r.r0, r.r1);
    const cols = range(r.c0, r.c1);
    const grid = <T>(f: (row: number, col: number) => T) => rows.map((row) => cols.map((col) => f(row, col)));
    const cell = (row: number, col: number) => cellOf(s, row, col);
    const data: Record<string, unknown> = {
      address: `${excelSheetPrefix(s.name)}!${rangeA1(r)}`,
      rowIndex: r.r0,
      columnIndex: r.c0,
      rowCount: rows.length,
      columnCount: cols.length,
      values: grid((a, b) => officeValueOf(cell(a, b))),
      valueTypes: grid((a, b) => valueTypeOf(cell(a, b))),
      text: grid((a, b) => textOf(cell(a, b), s.numberFormats?.[a]?.[b])),
      numberFormat: grid((a, b) => s.numberFormats?.[a]?.[b] ?? 'General'),
      formulas: grid((a, b) => s.formulas?.[a]?.[b] ?? officeValueOf(cell(a, b))),
      getMergedAreasOrNullObject: () => this.areas(s, (s.merges ?? []).map((m) => parseRangeA1(m)!).filter((m) => intersects(m, r))),
      getSpecialCellsOrNullObject: (type: string) => {
        if (type !== 'Visible') throw new Error(`mock: ${type} not modelled`);
        return this.areas(s, visibleBlocks(s, r));
      },
      getCellProperties: () => {
        const value = grid((a, b) => ({ format: cloneFormat(this.format(s.name, rangeA1({ r0: a, c0: b, r1: a, c1: b }))) }));
        const res = this.track({ value });
        res.load('value');
        return res;
      },
      setCellProperties: (props: { format?: Parameters<typeof applyFormat>[1] }[][]) => {
        rows.forEach((a, i) => cols.forEach((b, j) => applyFormat(this.format(s.name, rangeA1({ r0: a, c0: b, r1: a, c1: b })), props[i]?.[j]?.format ?? {})));
      },
      select: () => {
        this.activeSheet = s.name;
        this.selection = { sheet: s.name, address: rangeA1(r) };
      },
      format: {
        fill: {
          clear: () => rows.forEach((a) => cols.forEach((b) => (this.format(s.name, rangeA1({ r0: a, c0: b, r1: a, c1: b })).fill = defaultFill()))),
        },
      },
    };
    return this.track(data, (props) => props.filter((p) => CELL_PROPS.has(p)).reduce((n, p) => n + JSON.stringify(data[p]).length, 0));
  }
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

function intersects(a: CellRange, b: CellRange): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

const parsedMerges = new WeakMap<MockSheetSpec, CellRange[]>();

function isSlave(s: MockSheetSpec, row: number, col: number): boolean {
  let merges = parsedMerges.get(s);
  if (!merges) parsedMerges.set(s, (merges = (s.merges ?? []).map((m) => parseRangeA1(m)!)));
  return merges.some((r) => row >= r.r0 && row <= r.r1 && col >= r.c0 && col <= r.c1 && (row !== r.r0 || col !== r.c0));
}

function cellOf(s: MockSheetSpec, row: number, col: number): Cell {
  if (isSlave(s, row, col)) return null;
  return s.cells[row]?.[col] ?? null;
}

/** The used range with valuesOnly = true: bounding box of non-empty cells; A1 for an empty sheet. */
function usedRect(s: MockSheetSpec): CellRange {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  s.cells.forEach((row, r) => row.forEach((v, c) => {
    if (v === null || v === '') return;
    r0 = Math.min(r0, r); c0 = Math.min(c0, c); r1 = Math.max(r1, r); c1 = Math.max(c1, c);
  }));
  return r1 < 0 ? { r0: 0, c0: 0, r1: 0, c1: 0 } : { r0, c0, r1, c1 };
}

/** Visible cells of r as blocks: runs of visible rows × runs of visible columns, row-major. */
function visibleBlocks(s: MockSheetSpec, r: CellRange): CellRange[] {
  const runs = (a: number, b: number, hidden: number[] = []) => {
    const out: [number, number][] = [];
    for (let i = a; i <= b; i++) {
      if (hidden.includes(i)) continue;
      const last = out[out.length - 1];
      if (last && last[1] === i - 1) last[1] = i;
      else out.push([i, i]);
    }
    return out;
  };
  const blocks: CellRange[] = [];
  for (const [r0, r1] of runs(r.r0, r.r1, s.hiddenRows)) for (const [c0, c1] of runs(r.c0, r.c1, s.hiddenCols)) blocks.push({ r0, c0, r1, c1 });
  return blocks;
}

function officeValueOf(v: Cell): number | string | boolean {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  return v;
}

function valueTypeOf(v: Cell): string {
  if (v === null || v === '') return 'Empty';
  if (typeof v === 'object') return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

function textOf(v: Cell, fmt: string | null | undefined): string {
  if (typeof v === 'number' && fmt === '0.00') return v.toFixed(2);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(officeValueOf(v));
}
