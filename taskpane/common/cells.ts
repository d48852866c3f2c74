/** Cell lists as the pane hands them to the source: each cell once, in first-seen order. */
import type { CellRef } from '../../src/grid/types';

export function uniqueCells(cells: CellRef[]): CellRef[] {
  const seen = new Set<string>();
  return cells.filter((c) => {
    const k = `${c.sheet}\u0000${c.row}\u0000${c.col}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
