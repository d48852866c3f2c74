/** Hand-built recognized tables for rule tests: a few lines of data, no workbook needed. */
import Decimal from 'decimal.js';
import { buildModel } from '../../src/model';
import type { TableKind } from '../../src/vocabulary/tables';
import type { Column, Line, LineKind, RecognizedTable, TableList, Unit } from '../../src/recognize/types';

export interface LineSpec {
  name: string;
  kind?: LineKind;
  code?: string;
  amounts: (number | string | null)[];
}

/** A list whose amount columns are given by header paths, starting at column B (col 1). */
export function list(sheet: string, side: TableList['side'], paths: string[][], rows: LineSpec[], firstRow = 4): TableList {
  const columns: Column[] = [{ col: 0, path: ['项目'], role: null, type: 'name' }, ...paths.map((p, i) => ({ col: i + 1, path: p, role: null, type: 'amount' as const }))];
  const lines: Line[] = rows.map((r, k) => {
    const row = firstRow + k;
    const amounts: Line['amounts'] = {};
    r.amounts.forEach((v, i) => {
      amounts[i + 1] = { value: new Decimal(v ?? 0), cell: { sheet, row, col: i + 1 }, blank: v === null };
    });
    const level = r.code ? r.code.length : undefined;
    return { row, name: r.name, label: r.name, kind: r.kind ?? 'item', code: r.code, level, classification: r.code ? (r.code.startsWith('3') ? 'economic' : 'function') : undefined, amounts };
  });
  return { side, columns, lines };
}

export function table(sheet: string, kind: TableKind, lists: TableList[], unit: Unit | null = '万元', extra: Partial<RecognizedTable> = {}): RecognizedTable {
  return {
    id: `${sheet}#0`,
    sheet,
    kind,
    confidence: 1,
    reasons: [],
    stage: '预算',
    title: sheet,
    unit,
    year: 2024,
    department: null,
    range: { r0: 0, c0: 0, r1: 40, c1: 10 },
    headerRange: null,
    dataRange: null,
    empty: false,
    lists,
    notes: [],
    warnings: [],
    ...extra,
  };
}

export function model(...tables: RecognizedTable[]) {
  return buildModel(tables);
}
