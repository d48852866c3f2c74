/** Corrections of recognized tables, keyed as the recognizer reads them: sheet + index on the sheet. */
import type { CellRef } from '../../src/grid/types';
import type { TableCorrection } from '../../src/recognize';
import type { TableKind } from '../../src/vocabulary/tables';
import type { RecognizedTable, Unit } from '../../src/recognize/types';

/** 0-based position of the table among the tables of its sheet, top to bottom. */
export function indexOnSheet(t: RecognizedTable, all: RecognizedTable[]): number {
  const same = all.filter((x) => x.sheet === t.sheet).sort((a, b) => a.range.r0 - b.range.r0 || a.range.c0 - b.range.c0);
  return Math.max(0, same.indexOf(t));
}

export function withCorrection(
  list: TableCorrection[],
  sheet: string,
  index: number,
  change: { kind?: TableKind; unit?: Unit | null },
): TableCorrection[] {
  const rest = list.filter((c) => !(c.sheet === sheet && (c.index ?? 0) === index));
  const old = list.find((c) => c.sheet === sheet && (c.index ?? 0) === index);
  return [...rest, { ...old, sheet, index, ...change }];
}

/** Cells to select for "go to the table": the whole range, capped so huge tables stay cheap. */
export function rangeCells(t: RecognizedTable, cap = 4000): CellRef[] {
  const { r0, c0, r1, c1 } = t.range;
  if ((r1 - r0 + 1) * (c1 - c0 + 1) > cap) return [{ sheet: t.sheet, row: r0, col: c0 }, { sheet: t.sheet, row: r1, col: c1 }];
  const out: CellRef[] = [];
  for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) out.push({ sheet: t.sheet, row: r, col: c });
  return out;
}
