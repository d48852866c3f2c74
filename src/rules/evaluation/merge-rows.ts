/** Row failures of one relation merged into one finding per outcome (逐行, 逐栏 and structure checks share it). */
import type { Failure } from './context';

const MAX_ROWS_WITH_PARTS = 20;

/** Row failures of one list become one finding per outcome: "3 行不符：第5行…；第6行…". */
export function mergeRows(rows: Failure[]): Failure[] {
  const out: Failure[] = [];
  for (const outcome of ['error', 'rounding'] as const) {
    const rs = rows.filter((r) => r.outcome === outcome);
    if (rs.length === 0) continue;
    if (rs.length === 1) {
      out.push(rs[0]);
      continue;
    }
    const shown = rs.slice(0, 3).map((r) => r.detail ?? r.message);
    // Every wrong figure is a cell to visit; their summands only for the first rows (a whole
    // column left blank would otherwise list thousands of cells).
    out.push({
      ...rs[0],
      message: `${rs[0].rule.name}：共${rs.length}行不符——${shown.join('；')}${rs.length > 3 ? '；等' : ''}`,
      totals: rs.flatMap((r) => r.totals),
      parts: rs.slice(0, MAX_ROWS_WITH_PARTS).flatMap((r) => r.parts),
      tables: [...new Set(rs.flatMap((r) => r.tables))],
    });
  }
  return out;
}
