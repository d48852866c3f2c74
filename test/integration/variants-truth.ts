/**
 * Restacked and renamed copies for variants-truth.test.ts: a blank column inserted inside every
 * table, two tables stacked on one sheet, empty 科目 lines hidden — each with the map of where the
 * original cells went. (Renamed sheets, 元, split/joined codes: variants.ts.)
 */
import type { CellRef, SheetGrid } from '../../src/grid/types';
import type { CellMap } from './harness';
import { identity } from './harness';
import { insertCols } from './grid-ops';
import { stacked, type Variant } from './variants';

/** A blank spacer column before the first amount column of every table (the sheet's columns to its right move). */
export const blankColumn: Variant = (grids, orig) => {
  const at = new Map<string, number[]>();
  for (const t of orig.tables) {
    const first = t.lists[0]?.columns.find((c) => c.type === 'amount');
    if (!first || t.kind === 'unknown') continue;
    const list = at.get(t.sheet) ?? [];
    if (!list.includes(first.col)) list.push(first.col);
    at.set(t.sheet, list);
  }
  for (const [sheet, cols] of at) {
    const g = grids.find((x) => x.name === sheet)!;
    // right to left, so that the original positions stay valid
    for (const c of [...cols].sort((a, b) => b - a)) insertCols(g, c, 1);
  }
  const map: CellMap = (r) => ({ ...r, col: r.col + (at.get(r.sheet) ?? []).filter((c) => c <= r.col).length });
  return { grids, map };
};

/** The 2nd and 3rd sheets (and the 4th and 5th) stacked on one sheet each, under the first one's name. */
export const twoStacked: Variant = (grids, orig) => {
  const out: SheetGrid[] = [];
  const maps = new Map<string, CellMap>();
  for (let i = 0; i < grids.length; i++) {
    const pair = (i === 1 || i === 3) && i + 1 < grids.length;
    if (!pair) {
      out.push(grids[i]);
      continue;
    }
    const [a, b] = [grids[i], grids[i + 1]];
    const v = stacked(2)([a, b], orig);
    const g = v.grids[0];
    g.name = a.name;
    for (const s of [a.name, b.name]) maps.set(s, (r: CellRef) => ({ ...v.map(r)!, sheet: a.name }));
    out.push(g);
    i++;
  }
  out.forEach((g, k) => (g.index = k));
  return { grids: out, map: (r) => (maps.get(r.sheet) ?? identity)(r) };
};

/** Every 科目 line with no amount at all hidden (what users do before printing). */
export const hiddenEmptyLines: Variant = (grids, orig) => {
  for (const t of orig.tables)
    for (const l of t.lists)
      for (const line of l.lines) {
        const amounts = Object.values(line.amounts);
        if (!line.code || amounts.length === 0 || amounts.some((a) => !a.blank && !a.value.isZero())) continue;
        const g = grids.find((x) => x.name === t.sheet)!;
        if (!g.hiddenRows.includes(line.row)) g.hiddenRows.push(line.row);
      }
  return { grids, map: identity };
};
